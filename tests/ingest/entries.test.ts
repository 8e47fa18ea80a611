import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { splitEntries } from '../../src/ingest/entries.js';
import { readFile } from '../../src/ingest/index.js';
import { collect } from '../helpers/collect.js';
import { SHARED } from '../helpers/paths.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

/** Read a file whole, and again range by range: the two must be the same items in the same order. */
async function wholeAndRanges(file: string, perRange: number) {
  const whole = await collect(readFile(file, 'f'));
  const slices = await splitEntries(file, perRange);
  const parts = { articles: [] as unknown[], errors: [] as unknown[] };
  for (const { range } of slices) {
    const part = await collect(readFile(file, 'f', { range }));
    parts.articles.push(...part.articles);
    parts.errors.push(...part.errors);
  }
  return { whole, parts, slices };
}

const lines = [
  '\uFEFF{"id":"a","text":"First."}',
  '',
  '{"id":"b","text":"Second, with a café."}',
  '{"id":"c", broken',
  '{"id":"d","text":"Fourth."}',
  '{"id":"e","title":"no text"}',
  '{"id":"f","text":"Sixth."}',
  '{"id":"g","text":"Seventh."}',
];

describe('splitting JSONL and WARC files into ranges of entries', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    test(`JSONL with ${name} line ends: ranges read exactly the whole file's articles and errors, seeking by byte offset`, async () => {
      const dir = tempDir('qw-entries-');
      const file = join(dir, 'feed.jsonl');
      writeFileSync(file, lines.join(eol) + eol);
      const { whole, parts, slices } = await wholeAndRanges(file, 3);
      expect(slices.map((s) => s.range)).toEqual([
        { from: 0, to: 3, byteOffset: 0 },
        { from: 3, to: 6, byteOffset: Buffer.byteLength(lines.slice(0, 3).join(eol) + eol) },
        { from: 6, byteOffset: Buffer.byteLength(lines.slice(0, 6).join(eol) + eol) },
      ]);
      expect(whole.articles.map((a) => a.id)).toEqual(['a', 'b', 'd', 'f', 'g']);
      expect(whole.errors.map((e) => e.line)).toEqual([4, 6]);
      expect(parts).toEqual(whole);
    });
  }

  test('gzipped JSONL (no seeking) and a file without a final newline', async () => {
    const dir = tempDir('qw-entries-');
    const file = join(dir, 'feed.jsonl.gz');
    writeFileSync(file, gzipSync(lines.join('\n')));
    const { whole, parts, slices } = await wholeAndRanges(file, 2);
    expect(slices.map((s) => s.range)).toEqual([{ from: 0, to: 2 }, { from: 2, to: 4 }, { from: 4, to: 6 }, { from: 6 }]);
    expect(parts).toEqual(whole);
    expect(whole.articles.map((a) => a.id)).toEqual(['a', 'b', 'd', 'f', 'g']);
  });

  test('a small file is one whole range', async () => {
    const dir = tempDir('qw-entries-');
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, lines.join('\n'));
    expect(await splitEntries(file, 100)).toEqual([{ range: { from: 0 }, entries: 8 }]);
    expect(await splitEntries(join(dir, 'missing.jsonl'), 100)).toEqual([{ range: { from: 0 }, entries: 1 }]);
  });

  for (const name of ['warcio-example.warc.gz', 'warcio-example-iana.org-chunked.warc', 'resiliparse-clipped.warc.gz', 'ukwa-IAH-urls-wget.warc.gz']) {
    test(`WARC ${name}: one record per range reads as the whole file (truncation reported once)`, async () => {
      const { whole, parts, slices } = await wholeAndRanges(join(SHARED, 'corpora', 'warc', name), 1);
      // The clipped file is one record, cut off (its damage reported on that record): one range.
      expect(slices.length).toBeGreaterThan(name === 'resiliparse-clipped.warc.gz' ? 0 : 1);
      expect(parts).toEqual(whole);
    });
  }
});

describe('a file the planner cannot open', () => {
  test('a gzipped JSONL or WARC that is gone is one whole range for its reader to report, and the process lives on', async () => {
    const dir = tempDir('qw-entries-gone-');
    expect(await splitEntries(join(dir, 'gone.jsonl.gz'), 10)).toEqual([{ range: { from: 0 }, entries: 1 }]);
    expect(await splitEntries(join(dir, 'gone.warc.gz'), 10)).toEqual([{ range: { from: 0 }, entries: 1 }]);
    // A stream error nobody listens to is thrown on a later tick: give it one.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
