import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AtomicFile } from '../export/atomic.js';
import type { OutputItem } from '../types.js';

/** The first line of a partial: which batch, who wrote it, and how many items follow. */
export interface PartialHeader {
  batch: number;
  worker: string;
  items: number;
}

const NAME = /^(\d{8})\.jsonl$/;

export function partialPath(dir: string, batch: number): string {
  return join(dir, `${String(batch).padStart(8, '0')}.jsonl`);
}

/**
 * A batch's results, one item per line after the header, renamed into place when complete. A batch
 * that runs twice (a retry, a stalled worker's batch taken over) replaces its file, never adds rows.
 */
export async function writePartial(dir: string, header: Omit<PartialHeader, 'items'>, items: OutputItem[]): Promise<void> {
  await AtomicFile.writeWhole(partialPath(dir, header.batch), async (file) => {
    await file.write(JSON.stringify({ ...header, items: items.length }) + '\n');
    for (const item of items) await file.write(JSON.stringify(item) + '\n');
  });
}

export async function readPartialHeader(dir: string, batch: number): Promise<PartialHeader> {
  for await (const line of createInterface({ input: createReadStream(partialPath(dir, batch)), crlfDelay: Infinity })) {
    return JSON.parse(line) as PartialHeader;
  }
  throw new Error(`partial of batch ${batch} is empty`);
}

/** The items of a batch's partial, in order; a partial with fewer items than its header says is an error. */
export async function* readPartial(dir: string, batch: number): AsyncGenerator<OutputItem> {
  const path = partialPath(dir, batch);
  let header: PartialHeader | null = null;
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (!header) {
      header = JSON.parse(line) as PartialHeader;
      continue;
    }
    count++;
    yield JSON.parse(line) as OutputItem;
  }
  if (!header || count !== header.items) throw new Error(`${path}: incomplete partial (${count} of ${header?.items ?? '?'} items)`);
}

/** Batch numbers with a complete partial in the directory (temporary files do not count). */
export async function finishedBatches(dir: string): Promise<Set<number>> {
  const found = new Set<number>();
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const name of names) {
    const m = NAME.exec(name);
    if (m) found.add(Number(m[1]));
  }
  return found;
}
