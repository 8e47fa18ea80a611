import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCorpus, readFile } from '../../src/ingest/index.js';
import { collect } from '../helpers/collect.js';
import { FIXTURES } from '../helpers/paths.js';

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
    const dir = mkdtempSync(join(tmpdir(), 'qw-unopenable-'));
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
