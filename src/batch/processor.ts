import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Article, ArticleResult, OutputItem } from '../types.js';

/** Runs the pipeline on articles, in this thread or in a pool of worker threads. */
export interface ArticleProcessor {
  process(article: Article): Promise<ArticleResult>;
  close(): Promise<void>;
}

export function inProcessProcessor(): ArticleProcessor {
  // Loaded on first use: with a pool, this thread never holds a copy of the language model (~60 MB).
  let pipeline: Promise<typeof import('../pipeline/process.js')> | undefined;
  return {
    process: async (article) => (await (pipeline ??= import('../pipeline/process.js'))).processArticle(article),
    close: async () => {},
  };
}

export function poolProcessor(workers: number): ArticleProcessor {
  const pool = new Piscina({
    filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000,
    // A second article waits in each worker while it works on the first, so a worker never sits idle
    // until the main thread (busy writing outputs) hands it the next one.
    concurrentTasksPerWorker: 2,
    // Explicit heap limits make V8 size each thread's heap for the thread, not for the machine: peak
    // RSS with 2 workers drops from ~430 to ~360 MB. An 8 MB young generation: 16 halved the scavenges
    // but took peak RSS at 1 GB of input from 359 to 402 MB, over the 400 MB budget, for no speed we
    // could measure (3.49 and 3.38 MB/s). 1 GB of old space still holds the largest article accepted
    // (2,000,000 characters) several times over.
    resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 },
  });
  return withOneRetry({
    process: async (article) => ({ article, ...((await pool.run(article)) as Omit<ArticleResult, 'article'>) }),
    close: () => pool.destroy(),
  });
}

/**
 * A worker that dies (out of memory on another article) takes the article waiting in it along: one more
 * try, in a fresh worker, tells the article that failed from its bystander. Only a pool has bystanders;
 * in one thread a failure is the article's own.
 */
export function withOneRetry(processor: ArticleProcessor): ArticleProcessor {
  return {
    process: (article) => processor.process(article).catch(() => processor.process(article)),
    close: () => processor.close(),
  };
}

/**
 * An article's result, or the reason the pipeline could not produce one (a worker thread that ran
 * out of memory, a bug on some odd input): one bad article is reported, never the end of the run.
 */
export async function processOrReport(processor: ArticleProcessor, article: Article): Promise<OutputItem> {
  try {
    return { kind: 'result', result: await processor.process(article) };
  } catch (error) {
    const reason = `the pipeline failed on this article: ${(error as Error).message ?? String(error)}`;
    return { kind: 'error', error: { id: article.id, path: article.path, ...(article.line !== undefined ? { line: article.line } : {}), ...(article.offset !== undefined ? { offset: article.offset } : {}), reason } };
  }
}

/** One worker runs in-process (no thread hop); more use a pool. */
export function createProcessor(workers: number): ArticleProcessor {
  return workers <= 1 ? inProcessProcessor() : poolProcessor(workers);
}

/** The compiled worker; when this module runs from source (tests), the build's copy in dist/. */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new Error('worker pool needs the compiled worker: run `npm run build` first');
}
