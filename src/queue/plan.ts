import { createHash } from 'node:crypto';
import { splitEntries } from '../ingest/entries.js';
import { walkInputs } from '../ingest/walk.js';
import type { Batch, BatchUnit } from './job.js';

export interface PlanOptions {
  include?: string[];
  exclude?: string[];
  /** Articles (JSONL lines, WARC records, whole files) per batch, roughly. */
  batchSize: number;
}

/**
 * The batches of a job, in corpus order: whole files packed together, and large JSONL and WARC files
 * cut into ranges of entries, so that any machine with the same paths reads exactly its share.
 * Inputs that cannot be walked travel as error units and come out where a local run reports them.
 */
export async function* planBatches(paths: string[], options: PlanOptions): AsyncGenerator<Batch> {
  let units: BatchUnit[] = [];
  let weight = 0;
  let index = 0;
  const flush = (): Batch => {
    const batch = { index: index++, units };
    units = [];
    weight = 0;
    return batch;
  };
  for await (const input of walkInputs(paths, options)) {
    if ('error' in input) {
      units.push({ kind: 'error', error: { id: input.file, path: input.file, reason: input.error } });
      weight++;
    } else if (input.file === '-') {
      throw new Error('a distributed job cannot read standard input: write it to a file on the shared filesystem');
    } else {
      for (const slice of await splitEntries(input.file, options.batchSize)) {
        if (weight > 0 && weight + slice.entries > options.batchSize) yield flush();
        const whole = slice.range.from === 0 && slice.range.to === undefined;
        units.push({ kind: 'file', file: input.file, relative: input.relative, ...(whole ? {} : { range: slice.range }) });
        weight += slice.entries;
      }
    }
    if (weight >= options.batchSize) yield flush();
  }
  if (units.length) yield flush();
}

/** Incremental hash of a plan, so that re-enqueueing can tell the same job from a different one. */
export function planHash(): { add(batch: Batch): void; digest(): string } {
  const hash = createHash('sha1');
  return { add: (batch) => hash.update(JSON.stringify(batch)).update('\n'), digest: () => hash.digest('hex') };
}
