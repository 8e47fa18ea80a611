import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readCorpus } from '../../src/ingest/index.js';
import { collect } from '../helpers/collect.js';
import { FIXTURES } from '../helpers/paths.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const dir = join(FIXTURES, 'ingest');

describe('readCorpus over every format', () => {
  test('walks a directory in name order with ids relative to it', async () => {
    const { articles, errors } = await collect(readCorpus([dir]));
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      'a1', 'array.json:2', 'bom.txt', 'cp1252.txt', '7', 'feed.jsonl.gz:2', 'object.json', 'page.html',
    ]);
  });

  test('removes a UTF-8 BOM and decodes windows-1252 curly quotes and dashes', async () => {
    const { articles } = await collect(readCorpus([join(dir, 'bom.txt'), join(dir, 'cp1252.txt')]));
    expect(articles[0]!.text).toBe('“Hello there,” she said.');
    expect(articles[1]!.text).toBe('“Café prices rose – again,” said owner Luc Moreau.');
  });

  test('JSON records take SPEC and news-please field names', async () => {
    const { articles } = await collect(readCorpus([join(dir, 'object.json'), join(dir, 'array.json')]));
    expect(articles[0]).toMatchObject({
      id: join(dir, 'object.json').replace(/\\/g, '/'),
      text: 'Only record.', title: 'T', url: 'https://example.org/x', date: '2020-01-02', outlet: 'example.org', authors: ['A. Writer'],
    });
    expect(articles[1]).toMatchObject({ id: 'a1', line: 1, text: 'First record text.' });
    expect(articles[2]!.line).toBe(2);
  });

  test('gzipped JSONL streams line by line with numeric ids kept', async () => {
    const { articles } = await collect(readCorpus([join(dir, 'feed.jsonl.gz')]));
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ['7', 'Gzipped line one.'],
      [`${join(dir, 'feed.jsonl.gz')}:2`, 'Gzipped line two.'],
    ]);
  });

  test('HTML: main text by paragraphs, boilerplate gone, metadata from the page', async () => {
    const { articles } = await collect(readCorpus([join(dir, 'page.html')]));
    const a = articles[0]!;
    expect(a.text.split('\n\n')).toEqual([
      'The council met on Monday to discuss the new library, which has been delayed for two years because of rising costs.',
      '“We owe the town an answer,” said councillor Ann Wu. She added that a vote would follow.',
      'Residents have waited long enough, according to the local paper, and many of them attended the meeting in person.',
    ]);
    expect(a).toMatchObject({ url: 'https://example.org/quiet', authors: ['Jo Park'] });
    expect(a.text).not.toMatch(/Menu|Footer/);
  });

  test("'-' reads JSONL from stdin", async () => {
    const stdin = Readable.from(['{"id":"s1","text":"From stdin."}\n', 'not json\n']);
    const { articles, errors } = await collect(readCorpus(['-'], { stdin }));
    expect(articles.map((a) => a.id)).toEqual(['s1']);
    expect(errors[0]).toMatchObject({ path: '-', line: 2 });
    expect(errors[0]!.reason).toMatch(/^malformed JSON line: .* \(standard input is read as JSONL: one JSON object a line\)$/);
  });

  test('a malformed line of a JSONL file has no stdin hint', async () => {
    const file = join(tempDir('qw-jsonl-'), 'feed.jsonl');
    writeFileSync(file, 'plain words\n');
    const { errors } = await collect(readCorpus([file]));
    expect(errors[0]!.reason).toMatch(/^malformed JSON line: [^()]*$/);
  });

  test("'-' reads gzipped JSONL from stdin as it reads a .jsonl.gz file (a pipe has no .gz to tell)", async () => {
    const lines = '{"id":"z1","text":"“Nets are up,” said Ivo Brand."}\nnot json\n{"id":"z3","text":"From a pipe."}\n';
    const packed = gzipSync(Buffer.from(lines));
    // Split inside the gzip header, as a pipe may deliver it.
    const stdin = Readable.from([packed.subarray(0, 1), packed.subarray(1, 7), packed.subarray(7)]);
    const { articles, errors } = await collect(readCorpus(['-'], { stdin }));
    expect(articles.map((a) => [a.id, a.text])).toEqual([['z1', '“Nets are up,” said Ivo Brand.'], ['z3', 'From a pipe.']]);
    expect(errors.map((e) => [e.path, e.line])).toEqual([['-', 2]]);
  });

  test("'-' passes plain stdin through untouched, a first chunk of one byte included", async () => {
    const stdin = Readable.from([Buffer.from('{'), Buffer.from('"id":"p1","text":"Plain."}\n')]);
    const { articles, errors } = await collect(readCorpus(['-'], { stdin }));
    expect(articles.map((a) => a.id)).toEqual(['p1']);
    expect(errors).toEqual([]);
  });

  test('a binary line in a JSONL file is named as binary, not quoted as malformed JSON; the lines around it are kept', async () => {
    const stdin = Readable.from([Buffer.concat([
      Buffer.from('{"id":"b1","text":"Before."}\n'),
      Buffer.from([0x00, 0x9f, 0x1b, 0x41, 0x00, 0x0a]),
      Buffer.from('{"id":"b3","text":"After."}\n'),
    ])]);
    const { articles, errors } = await collect(readCorpus(['-'], { stdin }));
    expect(articles.map((a) => a.id)).toEqual(['b1', 'b3']);
    expect(errors.map((e) => [e.line, e.reason])).toEqual([[2, 'binary data (contains NUL bytes), not a JSON line']]);
  });

  test('--include and --exclude globs filter the walk', async () => {
    const only = await collect(readCorpus([dir], { include: ['*.json'] }));
    expect(only.articles.map((a) => a.path.split('/').pop())).toEqual(['array.json', 'array.json', 'object.json']);
    const without = await collect(readCorpus([dir], { exclude: ['*.json', '*.gz'] }));
    expect(without.articles.map((a) => a.id)).toEqual(['bom.txt', 'cp1252.txt', 'page.html']);
  });

  test('an article over the size limit is rejected with a reason', async () => {
    const { articles, errors } = await collect(readCorpus([join(dir, 'page.html')], { maxArticleChars: 50 }));
    expect(articles).toEqual([]);
    expect(errors[0]!.reason).toMatch(/^article text of \d+ characters is over the limit of 50$/);
  });

  test('sizes in limit messages have thousands separators, and a file size its MiB', async () => {
    const big = join(tempDir('qw-limits-'), 'long.txt');
    writeFileSync(big, 'The ferry ran late again. '.repeat(100_000));
    const tooLong = await collect(readCorpus([big]));
    expect(tooLong.errors[0]!.reason).toBe('article text of 2,600,000 characters is over the limit of 2,000,000');
    const tooBig = await collect(readCorpus([big], { maxFileBytes: 2 * 1024 * 1024 }));
    expect(tooBig.errors[0]!.reason).toBe('file of 2,600,000 bytes (2.5 MiB) is over the limit of 2,097,152 bytes (2 MiB)');
  });
});

describe('our own WARC (corpus/archive/crawl.warc.gz)', () => {
  test('chunked + gzip-encoded and plain responses read; warcinfo, request, redirect and revisit skipped', async () => {
    const { articles, errors } = await collect(readCorpus([join(FIXTURES, '..', '..', 'corpus', 'archive', 'crawl.warc.gz')]));
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.url, a.title])).toEqual([
      ['https://screennotes.example.com/night-ferry-premiere', 'Night Ferry premiere draws a crowd'],
      ['https://runners.example.org/harbour-marathon-record', 'Record field for the harbour marathon'],
    ]);
    expect(articles[0]!.id).toMatch(/^.*crawl\.warc\.gz@\d+$/);
    expect(articles[0]!.text).toContain('“I made this film for people who are scared of deep water,” Sorensen told the audience.');
  });
});
