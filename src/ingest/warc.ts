import { gunzipSync, inflateSync, brotliDecompressSync, constants } from 'node:zlib';

export interface WarcRecord {
  /** Byte offset of the record in the (decompressed) WARC stream. */
  offset: number;
  headers: Map<string, string>;
  block: Buffer;
  /** The stream ended before Content-Length bytes of the block arrived. */
  truncated: boolean;
  declaredLength: number;
}

/** A truncated record is one record event (the reader reports its damage on the record's own row), not a record and a damage report. */
export type WarcEvent = { kind: 'record'; record: WarcRecord } | { kind: 'damage'; offset: number; reason: string };

export function truncationReason(record: Pick<WarcRecord, 'block' | 'declaredLength'>): string {
  return `truncated WARC record: ${record.block.length} of ${record.declaredLength} bytes (file cut off)`;
}

interface Pending {
  offset: number;
  headers: Map<string, string>;
  bodyStart: number;
  length: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_RECORD_BYTES = 256 * 1024 * 1024;

/**
 * WARC records from a byte stream (already gunzipped), one at a time, holding at most one record in
 * memory. Damage (a bad header, a truncated tail) is reported as an event, never thrown.
 */
export async function* warcRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<WarcEvent> {
  let buffer: Buffer = Buffer.alloc(0);
  let base = 0; // stream offset of buffer[0]
  let pending = null as Pending | null;
  const consume = (n: number) => {
    buffer = buffer.subarray(n);
    base += n;
  };
  const parse = function* (): Generator<WarcEvent> {
    for (;;) {
      if (!pending) {
        let skip = 0;
        while (skip < buffer.length && (buffer[skip] === 13 || buffer[skip] === 10)) skip++;
        consume(skip);
        if (buffer.length < 5) return;
        if (buffer.subarray(0, 5).toString('latin1') !== 'WARC/') {
          const next = buffer.indexOf('\r\nWARC/', 0, 'latin1');
          yield { kind: 'damage', offset: base, reason: 'invalid WARC record: expected a "WARC/" version line; skipped to the next record' };
          if (next < 0) { consume(Math.max(0, buffer.length - 7)); return; }
          consume(next + 2);
          continue;
        }
        const end = buffer.indexOf(HEADER_END);
        if (end < 0) return;
        const headers = parseHeaders(buffer.subarray(0, end).toString('utf8'));
        const length = Number(headers.get('content-length'));
        if (!Number.isFinite(length) || length < 0 || length > MAX_RECORD_BYTES) {
          yield { kind: 'damage', offset: base, reason: `invalid WARC record: bad Content-Length "${headers.get('content-length') ?? ''}"` };
          consume(end + 4);
          continue;
        }
        pending = { offset: base, headers, bodyStart: end + 4, length };
      }
      if (buffer.length < pending.bodyStart + pending.length) return;
      const block = Buffer.from(buffer.subarray(pending.bodyStart, pending.bodyStart + pending.length));
      yield { kind: 'record', record: { offset: pending.offset, headers: pending.headers, block, truncated: false, declaredLength: pending.length } };
      consume(pending.bodyStart + pending.length);
      pending = null;
    }
  };
  for await (const chunk of chunks) {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    yield* parse();
  }
  if (pending) {
    const block = Buffer.from(buffer.subarray(pending.bodyStart));
    yield { kind: 'record', record: { offset: pending.offset, headers: pending.headers, block, truncated: true, declaredLength: pending.length } };
  } else if (buffer.length > 0 && buffer.subarray(0, 5).toString('latin1') === 'WARC/') {
    yield { kind: 'damage', offset: base, reason: 'truncated WARC record header (file cut off)' };
  }
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

export interface HttpResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** The HTTP response inside a WARC response block: chunked framing removed, content decoding undone. */
export function parseHttpResponse(block: Buffer): HttpResponse | null {
  const end = block.indexOf(HEADER_END);
  if (end < 0) return null;
  const head = block.subarray(0, end).toString('latin1');
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(head);
  if (!status) return null;
  const headers = parseHeaders(head);
  let body: Buffer = block.subarray(end + 4);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const encoding = (headers.get('content-encoding') ?? '').toLowerCase();
  // Truncated payloads still yield what arrived (Z_SYNC_FLUSH instead of an "unexpected end" error).
  const lenient = { finishFlush: constants.Z_SYNC_FLUSH };
  try {
    if (encoding.includes('gzip')) body = gunzipSync(body, lenient);
    else if (encoding.includes('deflate')) body = inflateSync(body, lenient);
    else if (encoding === 'br') body = brotliDecompressSync(body);
  } catch {
    // Many archives store the already-decoded body but keep the header: keep the bytes as they are.
  }
  return { status: Number(status[1]), headers, body };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const lineEnd = body.indexOf('\r\n', pos, 'latin1');
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(pos, lineEnd).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size)) return parts.length ? Buffer.concat(parts) : body; // not really chunked
    if (size === 0) break;
    parts.push(body.subarray(lineEnd + 2, Math.min(body.length, lineEnd + 2 + size)));
    pos = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
