import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCorpus, readFile } from '../../src/ingest/index.js';
import { collect } from '../helpers/collect.js';
import { FIXTURES } from '../helpers/paths.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const dir = join(FIXTURES, 'broken');

describe('broken inputs are reported, good ones beside them kept', () => {
  test('every failure kind has a clear reason with its path (and line)', async () => {
    const { articles, errors } = await collect(readCorpus([dir, join(dir, 'notes.pdf'), join(dir, 'missing.txt')]));
    expect(articles.map((a) => a.id)).toEqual(['good-1', 'good-2', 'good.txt']);
    const reasons = Object.fromEntries(errors.map((e) => [`${e.path.split('/').pop()}${e.line ? `:${e.line}` : ''}`, e.reason]));
    expect(reasons['bad-lines.jsonl:2']).toMatch(/^malformed JSON line/);
    expect(reasons['bad-lines.jsonl:4']).toMatch(/no text field/);
    expect(reasons['binary.txt']).toMatch(/binary file/);
    expect(reasons['empty.txt']).toBe('empty file');
    expect(reasons['whitespace.md']).toMatch(/empty file/);
    expect(reasons['malformed.json']).toMatch(/^malformed JSON/);
    expect(reasons['no-text.json']).toMatch(/no text field/);
    expect(reasons['truncated.txt.gz']).toMatch(/corrupt gzip data/);
    expect(reasons['garbage.warc']).toMatch(/invalid WARC record|no WARC records/);
    expect(reasons['notes.pdf']).toMatch(/unsupported file type/);
    expect(reasons['missing.txt']).toBe('cannot read: no such file or directory (ENOENT)');
  });
});

describe('a streamed file that cannot be opened', () => {
  // A queue worker reads files one by one; a local run meets this with a file it may not read.
  test('a WARC and a JSONL file that cannot be opened are reasons, not an unhandled stream error that ends the process', async () => {
    const dir = tempDir('qw-unopenable-');
    const items = [
      ...(await collect(readFile(join(dir, 'gone.warc.gz'), 'gone.warc.gz'))).errors,
      ...(await collect(readFile(join(dir, 'gone.jsonl'), 'gone.jsonl'))).errors,
    ];
    // A stream error nobody listens to is thrown on a later tick: give it one.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(items.map((e) => [e.id, e.reason])).toEqual([
      ['gone.warc.gz', 'cannot read: no such file or directory (ENOENT)'],
      ['gone.jsonl', 'cannot read: no such file or directory (ENOENT)'],
    ]);
  });
});

/** One WARC record whose header promises more bytes than the file holds (a crawl cut off mid-record). */
function cutOffWarc(type: string, block: string): Buffer {
  const body = Buffer.from(block, 'utf8');
  const header = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: http://example.invalid/pier\r\nContent-Length: ${body.length + 500}\r\n\r\n`;
  return Buffer.concat([Buffer.from(header, 'latin1'), body]);
}

describe('a WARC record cut off by the end of the file', () => {
  const page = '<html><head><title>Pier news</title></head><body><article><p>“We open the pier in June,” said Mayor Ana Kell on Monday.</p>' +
    '<p>The council voted in March to pay for the repairs, and the work began soon after that vote.</p></article><script>var x = 1;';

  test('whose page still arrived is one article, the damage on it, and no error row under the same id', async () => {
    const file = join(tempDir('qw-cut-'), 'cut.warc');
    writeFileSync(file, cutOffWarc('response', `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${page}`));
    const { articles, errors } = await collect(readCorpus([file]));
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ offset: 0, url: 'http://example.invalid/pier' });
    expect(articles[0]!.id).toMatch(/cut\.warc@0$/);
    expect(articles[0]!.text).toContain('“We open the pier in June,” said Mayor Ana Kell on Monday.');
    expect(articles[0]!.warning).toMatch(/^truncated WARC record: \d+ of \d+ bytes \(file cut off\)$/);
  });

  test('with no page in it (a request record) is one error row, as before', async () => {
    const file = join(tempDir('qw-cut-'), 'cut.warc');
    writeFileSync(file, cutOffWarc('request', 'GET /pier HTTP/1.1\r\nHost: example.invalid\r\n'));
    const { articles, errors } = await collect(readCorpus([file]));
    expect(articles).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.id).toMatch(/cut\.warc@0$/);
    expect(errors[0]!.offset).toBe(0);
    expect(errors[0]!.reason).toMatch(/^truncated WARC record: \d+ of \d+ bytes \(file cut off\)$/);
  });

  test('whose page has no text is one error row naming both the cut and the empty page', async () => {
    const file = join(tempDir('qw-cut-'), 'cut.warc');
    writeFileSync(file, cutOffWarc('response', 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><script>var x'));
    const { articles, errors } = await collect(readCorpus([file]));
    expect(articles).toEqual([]);
    expect(errors.map((e) => e.reason)).toEqual([expect.stringMatching(/^truncated WARC record: .*; no article text found in the HTML response$/)]);
  });
});
