import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Article, ArticleResult } from '../types.js';
import { processArticle } from '../pipeline/process.js';

/** Runs the pipeline on articles, in this thread or in a pool of worker threads. */
export interface ArticleProcessor {
  process(article: Article): Promise<ArticleResult>;
  close(): Promise<void>;
}

export function inProcessProcessor(): ArticleProcessor {
  return {
    process: async (article) => processArticle(article),
    close: async () => {},
  };
}

export function poolProcessor(workers: number): ArticleProcessor {
  const pool = new Piscina({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
  return {
    process: (article) => pool.run(article) as Promise<ArticleResult>,
    close: () => pool.destroy(),
  };
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
