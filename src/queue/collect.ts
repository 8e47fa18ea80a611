import { access } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { runInfo } from '../batch/run-info.js';
import { OutputSink, runTotals, type RunTotals } from '../batch/sink.js';
import type { JobSettings } from './job.js';
import { finishedBatches, partialPath, readPartial } from './partials.js';
import { plural } from '../plural.js';

export interface CollectSummary extends RunTotals {
  /** Batches without a partial (only with `partial`). */
  missing: number[];
}

export class MissingBatchesError extends Error {
  constructor(readonly missing: number[], total: number) {
    const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ', …' : '');
    super(`${missing.length} of ${plural(total, 'batch', 'batches')} ${missing.length === 1 ? 'has' : 'have'} no result yet (batch ${shown}); wait for the workers, or pass --partial to collect what is done`);
  }
}

export class FailedBatchError extends Error {
  constructor(readonly batch: number, reason: string) {
    super(`batch ${batch} failed for good (${reason}); enqueue the job again to retry its failed batches, then collect again`);
  }
}

/** How `collect --wait` learns that a batch it waits for will never come. */
export interface BatchWatch {
  /** Why batch `index` failed its last attempt, or null while it may still finish. */
  failure(index: number): Promise<string | null>;
}

export interface CollectOptions {
  /** Collect the batches that are done, leaving out the missing ones. */
  partial?: boolean;
  /**
   * Wait for the batches still running instead of refusing: each batch is written as soon as it and
   * every batch before it are done, so the merge runs beside the workers and the files are ready
   * moments after the last batch (collecting after the workers finished costs the whole merge on top).
   */
  wait?: BatchWatch;
}

/**
 * Merges a job's partials, in batch order, into exactly the files `extract` writes for the same
 * inputs: the same per-article rows in the same order, and the corpus-wide entity merge over all.
 */
export async function collectJob(settings: JobSettings, outDir: string, options: CollectOptions = {}): Promise<CollectSummary> {
  const { wait } = options;
  if (wait && options.partial) throw new Error('collect: --wait waits for every batch, --partial leaves the missing ones out: give one of them');
  const present = wait ? null : await finishedBatches(settings.partialsDir);
  const missing: number[] = [];
  if (present) for (let i = 0; i < settings.batches; i++) if (!present.has(i)) missing.push(i);
  if (missing.length && !options.partial) throw new MissingBatchesError(missing, settings.batches);
  const run = runInfo(settings.version, settings.inputs, settings);
  const sink = await OutputSink.open(outDir, { formats: settings.formats, formulaSafe: settings.formulaSafe, emitText: settings.emitText, pullquotes: settings.pullquotes, clean: settings.clean }, run);
  try {
    for (let i = 0; i < settings.batches; i++) {
      if (wait) await waitForPartial(settings.partialsDir, i, wait);
      else if (!present!.has(i)) continue;
      for await (const item of readPartial(settings.partialsDir, i)) await sink.write(item);
    }
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return { ...runTotals(sink), missing };
}

/** A missing partial is looked for this often; whether its batch failed for good, less often (a Redis round trip). */
const POLL_MS = 50;
const FAILURE_CHECK_MS = 1000;

/** Returns once batch `index` has its partial (written whole, then renamed into place). */
async function waitForPartial(dir: string, index: number, watch: BatchWatch): Promise<void> {
  let sinceCheck = FAILURE_CHECK_MS; // a batch that failed before collect started is reported at once
  while (!(await exists(partialPath(dir, index)))) {
    if (sinceCheck >= FAILURE_CHECK_MS) {
      sinceCheck = 0;
      const reason = await watch.failure(index);
      // The partial may have landed between the two looks (a failed batch retried by enqueueing again).
      if (reason !== null && !(await exists(partialPath(dir, index)))) throw new FailedBatchError(index, reason);
    }
    await sleep(POLL_MS);
    sinceCheck += POLL_MS;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
