import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip, constants } from 'node:zlib';
import type { EntryRange } from './index.js';
import { formatOf, isGzipped } from './format.js';
import { warcRecords } from './warc.js';

/**
 * Cuts a JSONL or WARC file into ranges of `perRange` entries (JSONL lines as readline counts them,
 * WARC records and damage reports), so that several machines can read one large file. The last range
 * is open-ended. Other formats, and files of at most `perRange` entries, are one whole range.
 * Never throws: a file that cannot be scanned is one whole range, and its reader reports the problem.
 */
export async function splitEntries(file: string, perRange: number): Promise<EntrySlice[]> {
  const format = formatOf(file);
  try {
    if (format === 'jsonl') return toSlices(await scanLines(file, perRange), perRange);
    if (format === 'warc') return toSlices(await scanWarc(file), perRange);
  } catch {
    // unreadable: the reader reports it
  }
  return [{ range: { from: 0 }, entries: 1 }];
}

/** A range and how many entries it holds (a batch planner's weight). */
export interface EntrySlice {
  range: EntryRange;
  entries: number;
}

interface Scan {
  count: number;
  /** Byte offset of entry k·perRange, where the file can be seeked (uncompressed JSONL). */
  offsets?: number[];
}

function toSlices(scan: Scan, perRange: number): EntrySlice[] {
  if (scan.count <= perRange) return [{ range: { from: 0 }, entries: Math.max(1, scan.count) }];
  const slices: EntrySlice[] = [];
  for (let from = 0, k = 0; from < scan.count; from += perRange, k++) {
    const range: EntryRange = { from };
    if (from + perRange < scan.count) range.to = from + perRange;
    if (scan.offsets) range.byteOffset = scan.offsets[k];
    slices.push({ range, entries: Math.min(perRange, scan.count - from) });
  }
  return slices;
}

/** Lines split as readline splits them (\n, \r\n or a lone \r), and where every perRange-th begins. */
async function scanLines(file: string, perRange: number): Promise<Scan> {
  const seekable = !isGzipped(file);
  const raw = createReadStream(file);
  const stream: AsyncIterable<Buffer> = seekable ? raw : gunzipped(raw);
  const offsets: number[] = [0];
  let count = 0;
  let position = 0;
  let lineHasBytes = false;
  let afterCr = false;
  const lineEnds = (nextStart: number) => {
    count++;
    lineHasBytes = false;
    if (count % perRange === 0) offsets.push(nextStart);
  };
  try {
    for await (const chunk of stream) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === 0x0a) {
          if (afterCr) { // \r\n: the line already ended at the \r; its start moves past the \n
            afterCr = false;
            if (count % perRange === 0) offsets[offsets.length - 1] = position + i + 1;
            continue;
          }
          lineEnds(position + i + 1);
        } else if (byte === 0x0d) {
          lineEnds(position + i + 1);
          afterCr = true;
          continue;
        } else lineHasBytes = true;
        afterCr = false;
      }
      position += chunk.length;
    }
  } catch {
    // a damaged gzip tail: the lines before it are what the reader will see
  }
  if (lineHasBytes) count++;
  return seekable ? { count, offsets } : { count };
}

async function scanWarc(file: string): Promise<Scan> {
  const handle = await open(file, 'r');
  const head = Buffer.alloc(2);
  await handle.read(head, 0, 2, 0);
  await handle.close();
  const raw = createReadStream(file);
  const gz = head[0] === 0x1f && head[1] === 0x8b;
  const stream: AsyncIterable<Buffer> = gz ? gunzipped(raw) : raw;
  let count = 0;
  try {
    for await (const _event of warcRecords(stream)) count++;
  } catch {
    // the reader reports an unreadable tail
  }
  return { count };
}

/**
 * A file's stream decompressed, its read errors (a file that cannot be opened) passed on to the
 * stream that is read: pipe() does not forward them, and an error event nobody hears ends the process.
 */
function gunzipped(raw: NodeJS.ReadableStream): AsyncIterable<Buffer> {
  const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}
