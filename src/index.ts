// quotewire as a library: the same pipeline as the CLI.
import { readCorpus, type ReadOptions } from './ingest/index.js';
import { inProcessProcessor, processOrReport, type ArticleProcessor } from './batch/processor.js';
import type { OutputItem } from './types.js';

export type * from './types.js';
export { extractArticle, processArticle } from './pipeline/process.js';
export { readCorpus, readFile, type ReadOptions } from './ingest/index.js';
export { htmlToArticle } from './ingest/html.js';
export { analyzeArticle } from './nlp/analyze.js';
export { extractQuotes } from './quotes/index.js';
export { extractEntities, EntityMerger } from './entities/index.js';
export { lookupOutlet } from './lexicon/outlets.js';
export { runExtract, type ExtractOptions, type ExtractSummary } from './batch/run.js';
export { evaluate } from './eval/run.js';

/**
 * Every article of a corpus through the pipeline, in corpus order, one at a time (constant memory):
 * `{ kind: 'result', result }` for an article, `{ kind: 'error', error }` for a rejected input or an
 * article the pipeline failed on (so one odd article never ends the loop). A processor may be handed in
 * (a worker pool from `createProcessor`); the caller closes it.
 */
export async function* extractCorpus(paths: string[], options: ReadOptions = {}, processor: ArticleProcessor = inProcessProcessor()): AsyncGenerator<OutputItem> {
  for await (const item of readCorpus(paths, options)) {
    yield item.kind === 'article' ? await processOrReport(processor, item.article) : item;
  }
}
