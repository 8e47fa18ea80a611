import pLimit from 'p-limit';
import { readFile } from '../ingest/index.js';
import { processOrReport, type ArticleProcessor } from '../batch/processor.js';
import type { OutputItem } from '../types.js';
import type { Batch } from './job.js';

/**
 * A batch through the same ingest and pipeline as `extract`: its items in corpus order, the
 * articles processed `parallel` at a time. A batch is small (its results are held until its partial
 * is written), so reading runs ahead of the pipeline without a bound.
 */
export async function processBatch(batch: Batch, cwd: string, processor: ArticleProcessor, parallel: number): Promise<OutputItem[]> {
  const limit = pLimit(Math.max(1, parallel));
  const pending: Promise<OutputItem>[] = [];
  for (const unit of batch.units) {
    if (unit.kind === 'error') {
      pending.push(Promise.resolve({ kind: 'error', error: unit.error }));
      continue;
    }
    for await (const item of readFile(unit.file, unit.relative, { baseDir: cwd, ...(unit.range ? { range: unit.range } : {}) })) {
      if (item.kind === 'error') pending.push(Promise.resolve(item));
      else {
        const article = item.article;
        pending.push(limit(() => processOrReport(processor, article)));
      }
    }
  }
  return Promise.all(pending);
}
