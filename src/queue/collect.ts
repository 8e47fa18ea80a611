import { runInfo } from '../batch/run-info.js';
import { OutputSink, runTotals, type RunTotals } from '../batch/sink.js';
import type { JobSettings } from './job.js';
import { finishedBatches, readPartial } from './partials.js';
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

/**
 * Merges a job's partials, in batch order, into exactly the files `extract` writes for the same
 * inputs: the same per-article rows in the same order, and the corpus-wide entity merge over all.
 */
export async function collectJob(settings: JobSettings, outDir: string, options: { partial?: boolean } = {}): Promise<CollectSummary> {
  const present = await finishedBatches(settings.partialsDir);
  const missing: number[] = [];
  for (let i = 0; i < settings.batches; i++) if (!present.has(i)) missing.push(i);
  if (missing.length && !options.partial) throw new MissingBatchesError(missing, settings.batches);
  const run = runInfo(settings.version, settings.inputs, settings);
  const sink = await OutputSink.open(outDir, { formats: settings.formats, formulaSafe: settings.formulaSafe, emitText: settings.emitText, pullquotes: settings.pullquotes, clean: settings.clean }, run);
  try {
    for (let i = 0; i < settings.batches; i++) {
      if (!present.has(i)) continue;
      for await (const item of readPartial(settings.partialsDir, i)) await sink.write(item);
    }
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return { ...runTotals(sink), missing };
}
