import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { readCorpus, type ReadOptions } from '../ingest/index.js';
import type { OutputFormat } from '../export/writers.js';
import type { OutputItem } from '../types.js';
import { runInfo } from './run-info.js';
import { OutputSink, runTotals, type RunTotals } from './sink.js';
import { createProcessor, processOrReport } from './processor.js';
import { Journal } from './journal.js';
import { currentProducer } from './producer.js';
import { createProgress } from './progress.js';
import { inShard, type Shard } from './shard.js';

export interface ExtractOptions {
  paths: string[];
  outDir: string;
  formats: OutputFormat[];
  workers: number;
  /** Articles in flight at once (read ahead of the workers). */
  concurrency: number;
  include?: string[];
  exclude?: string[];
  shard?: Shard;
  resume?: boolean;
  emitText?: boolean;
  formulaSafe?: boolean;
  /** Pull-quotes per article in pullquotes.csv (0: no file). */
  pullquotes?: number;
  clean?: boolean;
  quiet?: boolean;
  stdin?: NodeJS.ReadableStream;
  version: string;
}

export interface ExtractSummary extends RunTotals {
  reused: number;
  seconds: number;
}

/**
 * The batch run: ingest → pipeline (worker pool) → writers, in corpus order whatever the worker
 * count, with a journal for --resume.
 */
export async function runExtract(options: ExtractOptions): Promise<ExtractSummary> {
  const started = Date.now();
  const run = runInfo(options.version, options.paths, options);
  // The journal first: a resume it refuses leaves the folder as it was.
  const journal = await Journal.open(options.outDir, options.resume ?? false, currentProducer(options.version));
  const sink = await OutputSink.open(options.outDir, { formats: options.formats, formulaSafe: options.formulaSafe, emitText: options.emitText, pullquotes: options.pullquotes, clean: options.clean }, run)
    .catch(async (error: unknown) => {
      await journal.close();
      throw error;
    });
  const processor = createProcessor(options.workers);
  const progress = createProgress({ quiet: options.quiet ?? false, totalBytes: options.quiet ? 0 : await inputBytes(options.paths) });
  let reused = 0;

  // Results complete out of order; they are released to the writers strictly in sequence.
  const ready = new Map<number, OutputItem>();
  let nextToWrite = 0;
  let writing = Promise.resolve();
  const release = (seq: number, item: OutputItem) => {
    ready.set(seq, item);
    writing = writing.then(async () => {
      while (ready.has(nextToWrite)) {
        const next = ready.get(nextToWrite)!;
        ready.delete(nextToWrite);
        nextToWrite++;
        await sink.write(next);
        if (next.kind === 'result') progress.tick(next.result.quotes.length, next.result.article.sourceBytes ?? next.result.article.text.length);
      }
    });
  };

  const limit = pLimit(Math.max(1, options.concurrency));
  const readOptions: ReadOptions = { include: options.include, exclude: options.exclude, stdin: options.stdin };
  const inFlight = new Set<Promise<void>>();
  let seq = 0;
  try {
    for await (const item of readCorpus(options.paths, readOptions)) {
      const id = item.kind === 'article' ? item.article.id : item.error.id;
      if (options.shard && !inShard(id, options.shard)) continue;
      const mySeq = seq++;
      if (item.kind === 'error') {
        release(mySeq, item);
        continue;
      }
      const article = item.article;
      const task = limit(async () => {
        const known = await journal.lookup(article);
        if (known) reused++;
        const item = known ? { kind: 'result' as const, result: known } : await processOrReport(processor, article);
        if (!known && item.kind === 'result') await journal.append(article, item.result);
        release(mySeq, item);
      });
      inFlight.add(task);
      task.finally(() => inFlight.delete(task));
      // Back-pressure: never read more than `concurrency` articles ahead of the pipeline, nor keep more
      // than that many results waiting for the writers (in one thread the pipeline can outrun the
      // output streams, and the waiting results would pile up without bound).
      if (limit.pendingCount > options.concurrency) await Promise.race(inFlight);
      if (seq - nextToWrite > 2 * options.concurrency) await writing;
    }
    await Promise.all(inFlight);
    await writing;
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    progress.stop();
    await processor.close();
    await journal.close();
  }
  return { ...runTotals(sink), reused, seconds: (Date.now() - started) / 1000 };
}

/** Total size of the input files, for the progress estimate (stdin counts as unknown). */
async function inputBytes(paths: string[]): Promise<number> {
  let total = 0;
  const visit = async (path: string): Promise<void> => {
    try {
      const info = await stat(path);
      if (info.isFile()) total += info.size;
      else if (info.isDirectory()) for (const name of await readdir(path)) if (!name.startsWith('.')) await visit(join(path, name));
    } catch {
      // unreadable inputs are reported by the ingest stage
    }
  };
  for (const p of paths) if (p !== '-') await visit(p);
  return total;
}
