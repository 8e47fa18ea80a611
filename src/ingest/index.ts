import { createReadStream } from 'node:fs';
import { open, readFile as readFileBytes, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync, constants } from 'node:zlib';
import type { Article, IngestItem } from '../types.js';
import { decodeBytes, GUESSED_ENCODING_NOTE, looksBinary, sniffHtmlCharset } from './decode.js';
import { recordToArticle } from './fields.js';
import { formatOf, isGzipped } from './format.js';
import { knownFsReason } from './fs-reason.js';
import { splitDecodedLines, type DecodedLine } from './lines.js';
import { walkInputs } from './walk.js';
import type { htmlToArticle as HtmlToArticle } from './html.js';
import { HtmlReaderUnavailable, lazyHtmlReader } from './html-reader.js';
import { parseHttpResponse, truncationReason, warcRecords, type WarcRecord } from './warc.js';

export { decodeBytes } from './decode.js';
export { formatOf } from './format.js';

export interface ReadOptions {
  include?: string[];
  exclude?: string[];
  /** Whole-file formats (txt, md, html, json) larger than this are rejected. JSONL and WARC stream. */
  maxFileBytes?: number;
  /** Articles with longer text are rejected. */
  maxArticleChars?: number;
  /** Read when a path is '-': JSONL records. */
  stdin?: NodeJS.ReadableStream;
  /** Relative file paths are opened from here (ids and reported paths keep the path as given). */
  baseDir?: string;
}

/**
 * A slice of a JSONL or WARC file's entries (JSONL lines, WARC records), [from, to); without `to`,
 * to the end of the file. `byteOffset`, for an uncompressed file, is where entry `from` starts, so a
 * reader can seek instead of skipping. Only the slice that runs to the end reports end-of-file
 * conditions (an empty or truncated file), so the slices of a file together read as the whole file.
 */
export interface EntryRange {
  from: number;
  to?: number;
  byteOffset?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;
const MAX_LINE_CHARS = 32 * 1024 * 1024;

/** Every article (or rejected input) under the given paths, in a deterministic order. Throws only for a broken install (HtmlReaderUnavailable). */
export async function* readCorpus(paths: string[], options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  for await (const input of walkInputs(paths, options)) {
    if ('error' in input) {
      yield fail(input.file, input.relative, input.error);
      continue;
    }
    yield* readFile(input.file, input.relative, options);
  }
}

/**
 * The articles of one file. `relative` is its id base (the path relative to the input root).
 * Used alone by distributed workers, which address files the same way.
 */
export async function* readFile(file: string, relative: string, options: ReadOptions & { range?: EntryRange } = {}): AsyncGenerator<IngestItem> {
  const source = options.baseDir && file !== '-' ? resolve(options.baseDir, file) : file;
  const range = options.range ?? { from: 0 };
  const limit = options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const checked = function* (item: IngestItem): Generator<IngestItem> {
    if (item.kind === 'article' && item.article.text.length > limit) {
      const a = item.article;
      yield { kind: 'error', error: { id: a.id, path: a.path, ...(a.line !== undefined ? { line: a.line } : {}), ...(a.offset !== undefined ? { offset: a.offset } : {}), reason: `article text of ${count(a.text.length)} characters is over the limit of ${count(limit)}` } };
    } else yield item;
  };
  try {
    if (file === '-') {
      if (!options.stdin) { yield fail('-', '-', 'no standard input to read'); return; }
      for await (const item of jsonlLines(gunzipIfCompressed(options.stdin), '-', '-')) yield* checked(item);
      return;
    }
    const format = formatOf(file);
    if (!format) { yield fail(file, relative, 'unsupported file type (expected .txt .md .html .htm .json .jsonl .ndjson .warc, optionally .gz)'); return; }
    if (format === 'jsonl') {
      const seek = range.byteOffset !== undefined && !isGzipped(file);
      const stream = openStream(source, seek ? range.byteOffset : undefined);
      for await (const item of jsonlLines(stream, file, relative, range, seek)) yield* checked(item);
      return;
    }
    if (format === 'warc') {
      for await (const item of warcArticles(source, file, relative, range)) yield* checked(item);
      return;
    }
    const bytes = await readWhole(source, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if (typeof bytes === 'string') { yield fail(file, relative, bytes); return; }
    if (bytes.length === 0) { yield fail(file, relative, 'empty file'); return; }
    if (looksBinary(bytes)) { yield fail(file, relative, 'binary file (contains NUL bytes), not text'); return; }
    if (format === 'text') {
      const { text, guessed } = decodeBytes(bytes);
      if (!text.trim()) { yield fail(file, relative, 'empty file (only white space)'); return; }
      yield* checked({ kind: 'article', article: { id: relative, path: file, text, sourceBytes: bytes.length, ...guessNote(guessed) } });
    } else if (format === 'html') {
      const { text: html, guessed } = decodeBytes(bytes, sniffHtmlCharset(bytes));
      const htmlToArticle = await htmlReader();
      const article = { ...htmlToArticle(html, { id: relative, path: file }), sourceBytes: bytes.length, ...guessNote(guessed) };
      if (!article.text.trim()) { yield fail(file, relative, 'no article text found in the HTML page'); return; }
      yield* checked({ kind: 'article', article });
    } else {
      const { text, guessed } = decodeBytes(bytes);
      const items = [...jsonRecords(text, file, relative)];
      for (const item of items) {
        if (item.kind === 'article') Object.assign(item.article, { sourceBytes: Math.round(bytes.length / items.length) }, guessNote(guessed));
        yield* checked(item);
      }
    }
  } catch (error) {
    if (error instanceof HtmlReaderUnavailable) throw error; // a broken install ends the run
    // A file-system failure (permissions, a file gone since the walk) in words; anything else as it came.
    const known = knownFsReason(error);
    const reason = known ? `cannot read: ${known}` : `unreadable: ${(error as Error).message}`;
    yield fail(file, relative, reason);
  }
}

/** Sizes in limit messages, readable at a glance: "54,285,507", "67,108,864 bytes (64 MiB)". */
const count = (n: number) => n.toLocaleString('en-US');
const byteSize = (n: number) => `${count(n)} bytes${n >= 1 << 20 ? ` (${+(n / (1 << 20)).toFixed(1)} MiB)` : ''}`;

/**
 * A whole file decoded by guess says so on its row (the error column truncated WARC records use) and
 * in the run's closing lines: silently decoded mojibake would pass for the text. Not damage (exit 0):
 * a latin-1 file is valid input.
 */
const guessNote = (guessed?: boolean): { note?: string } => (guessed ? { note: GUESSED_ENCODING_NOTE } : {});

function fail(path: string, id: string, reason: string, where: { line?: number; offset?: number } = {}): IngestItem {
  return { kind: 'error', error: { id, path, reason, ...where } };
}

/**
 * Standard input as it comes, or decompressed when it opens with gzip's magic bytes: a pipe has no
 * file name to say `.gz`, and `cat feed.jsonl.gz | quotewire extract -` should read like the file.
 */
async function* gunzipIfCompressed(input: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  const chunks = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const next = async () => {
    const n = await chunks.next();
    return n.done ? null : typeof n.value === 'string' ? Buffer.from(n.value) : n.value;
  };
  try {
    // Two bytes tell: a pipe may hand over the first one alone.
    let head = await next();
    while (head && head.length < 2) {
      const more = await next();
      if (!more) break;
      head = Buffer.concat([head, more]);
    }
    if (!head) return;
    const first = head;
    const rest = async function* () {
      yield first;
      for (let chunk = await next(); chunk; chunk = await next()) yield chunk;
    };
    if (head[0] !== 0x1f || head[1] !== 0x8b) {
      yield* rest();
      return;
    }
    // Z_SYNC_FLUSH: a truncated stream yields what it holds, as for a truncated .gz file.
    const compressed = Readable.from(rest());
    const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
    compressed.on('error', (e) => gunzip.destroy(e));
    yield* compressed.pipe(gunzip);
  } finally {
    // Stopped early (a consumer that quit): standard input closes with it.
    await chunks.return?.();
  }
}

function openStream(file: string, start?: number): NodeJS.ReadableStream {
  const raw = createReadStream(file, start !== undefined ? { start } : {});
  if (!isGzipped(file)) return raw;
  // Z_SYNC_FLUSH: a truncated .gz yields what it holds instead of failing as a whole.
  const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

async function readWhole(file: string, maxBytes: number): Promise<Uint8Array | string> {
  const info = await stat(file);
  if (!info.isFile()) return 'not a regular file';
  if (info.size > maxBytes) return `file of ${byteSize(info.size)} is over the limit of ${byteSize(maxBytes)}`;
  const raw = await readFileBytes(file);
  if (!isGzipped(file)) return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return `decompressed size is over the limit of ${byteSize(maxBytes)}`;
    return `corrupt gzip data (${(error as Error).message})`;
  }
}

function* jsonRecords(text: string, path: string, relative: string): Generator<IngestItem> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    yield fail(path, relative, `malformed JSON: ${(error as Error).message}`);
    return;
  }
  const records = Array.isArray(data) ? data : [data];
  if (records.length === 0) { yield fail(path, relative, 'empty JSON array'); return; }
  const single = !Array.isArray(data);
  for (let i = 0; i < records.length; i++) {
    const line = single ? undefined : i + 1;
    const fallbackId = single ? relative : `${relative}:${i + 1}`;
    const article = recordToArticle(records[i], { path, fallbackId, line });
    yield typeof article === 'string' ? fail(path, fallbackId, article, line !== undefined ? { line } : {}) : { kind: 'article', article };
  }
}

async function* jsonlLines(stream: AsyncIterable<Buffer | string>, path: string, relative: string, range: EntryRange = { from: 0 }, seeked = false): AsyncGenerator<IngestItem> {
  let lineNo = seeked ? range.from : 0;
  let failure: Error | null = null;
  const lines = splitDecodedLines(stream);
  try {
    for (;;) {
      let next: IteratorResult<DecodedLine>;
      try {
        next = await lines.next();
      } catch (error) {
        failure = error as Error;
        break;
      }
      if (next.done) break;
      if (range.to !== undefined && lineNo >= range.to) break;
      lineNo++;
      if (lineNo <= range.from) continue;
      const item = lineItem(next.value, lineNo, path, relative);
      if (item) yield item;
    }
  } finally {
    // Stopped early (a range's end, a consumer that quit): the stream closes with the line reader.
    await lines.return(undefined);
  }
  if (range.to !== undefined) {
    (stream as Readable).destroy?.();
    return;
  }
  const cannotOpen = failure && lineNo === 0 ? knownFsReason(failure) : null;
  if (cannotOpen) yield fail(path, relative, `cannot read: ${cannotOpen}`);
  else if (failure) yield fail(path, relative, `read error after line ${lineNo}: ${failure.message}`);
  else if (lineNo === 0) yield fail(path, relative, 'empty file');
}

/** One JSONL line as an article or the reason it is none; null for a blank line. */
function lineItem({ text: raw, guessed }: DecodedLine, lineNo: number, path: string, relative: string): IngestItem | null {
  const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
  if (!line.trim()) return null;
  const fallbackId = `${relative}:${lineNo}`;
  if (line.length > MAX_LINE_CHARS) return fail(path, fallbackId, `line of ${count(line.length)} characters is over the limit of ${count(MAX_LINE_CHARS)}`, { line: lineNo });
  // JSON text never holds a raw NUL: the line is binary (a mislabelled or damaged file), and
  // JSON.parse's message would quote its bytes.
  if (line.includes('\0')) return fail(path, fallbackId, 'binary data (contains NUL bytes), not a JSON line', { line: lineNo });
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    // Plain text piped in is the likely mistake on stdin, which has no file name to say what it holds.
    const hint = path === '-' ? ' (standard input is read as JSONL: one JSON object a line)' : '';
    return fail(path, fallbackId, `malformed JSON line: ${(error as Error).message}${hint}`, { line: lineNo });
  }
  const article = recordToArticle(record, { path, fallbackId, line: lineNo });
  if (typeof article === 'string') return fail(path, fallbackId, article, { line: lineNo });
  article.sourceBytes = Buffer.byteLength(raw) + 1;
  return { kind: 'article', article: { ...article, ...guessNote(guessed) } };
}

async function* warcArticles(source: string, file: string, relative: string, range: EntryRange = { from: 0 }): AsyncGenerator<IngestItem> {
  // The head first: a file that cannot be opened fails here, as a reason, before a stream exists
  // whose 'error' event nobody would hear (an unreadable .warc used to crash the whole run).
  const head = await readHead(source);
  const gz = head[0] === 0x1f && head[1] === 0x8b;
  const raw = createReadStream(source);
  let stream: AsyncIterable<Buffer> = raw;
  if (gz) {
    const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
    raw.on('error', (e) => gunzip.destroy(e));
    stream = raw.pipe(gunzip);
  }
  let records = 0;
  let damaged = false;
  let entry = -1;
  try {
    for await (const event of warcRecords(stream)) {
      entry++;
      if (range.to !== undefined && entry >= range.to) {
        raw.destroy();
        return;
      }
      if (entry < range.from) {
        records++;
        continue;
      }
      if (event.kind === 'damage') {
        damaged = true;
        yield fail(file, `${relative}@${event.offset}`, event.reason, { offset: event.offset });
        continue;
      }
      records++;
      const { record } = event;
      // Only HTTP responses carry pages; revisit records have no payload, requests and warcinfo none at all.
      const page = isResponse(record) ? warcPage(record, file, relative, await htmlReader()) : null;
      if (!record.truncated) {
        if (page) yield page;
        continue;
      }
      // One id, one row: a cut-off record whose page was still read is that page, with the damage on its row.
      damaged = true;
      const reason = truncationReason(record);
      if (page?.kind === 'article') yield { kind: 'article', article: { ...page.article, warning: reason } };
      else yield fail(file, `${relative}@${record.offset}`, page ? `${reason}; ${page.error.reason}` : reason, { offset: record.offset });
    }
  } catch (error) {
    if (error instanceof HtmlReaderUnavailable) throw error; // a broken install ends the run
    yield fail(file, relative, `unreadable WARC: ${(error as Error).message}`);
    return;
  }
  if (records === 0 && !damaged) yield fail(file, relative, 'no WARC records found');
}

/**
 * The HTML reader, loaded when the first page is met: its parser (linkedom, Readability) took ~0.25 CPU s
 * to load, which every process reading only JSONL or text paid at start-up (a queue worker before its
 * first batch).
 */
const htmlReader = lazyHtmlReader(() => import('./html.js'));

const isResponse = (record: WarcRecord) => record.headers.get('warc-type') === 'response';

/** The article a WARC response record holds, an error for a response with no page in it, or null when it is no HTML page. */
function warcPage(record: WarcRecord, file: string, relative: string, htmlToArticle: typeof HtmlToArticle): IngestItem | null {
  const id = `${relative}@${record.offset}`;
  const url = record.headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
  const response = parseHttpResponse(record.block);
  if (!response) return fail(file, id, 'invalid WARC response record: no HTTP status line', { offset: record.offset });
  if (response.status < 200 || response.status >= 300) return null; // redirects and errors are not articles
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType && !/html/i.test(contentType)) return null;
  if (response.body.length === 0) return null;
  const declared = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? sniffHtmlCharset(response.body);
  const html = decodeBytes(response.body, declared).text;
  const article: Article = { ...htmlToArticle(html, { id, path: file, url, offset: record.offset }), sourceBytes: record.declaredLength };
  if (!article.text.trim()) return fail(file, id, 'no article text found in the HTML response', { offset: record.offset });
  return { kind: 'article', article };
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(2);
    await handle.read(buffer, 0, 2, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}
