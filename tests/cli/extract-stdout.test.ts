import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect, test } from 'vitest';
import { extractToStdout } from '../../src/cli/commands/extract.js';
import { inProcessProcessor, type ArticleProcessor } from '../../src/batch/processor.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const collected = (stream: PassThrough) => {
  const chunks: string[] = [];
  stream.on('data', (c) => chunks.push(String(c)));
  return () => chunks.join('');
};

test('--out -: an article the pipeline fails on is named on stderr, the others still reach stdout, status 2', async () => {
  const dir = tempDir('qw-stdout-');
  writeFileSync(join(dir, 'a.txt'), '“We sail at dawn,” said Dana Moss, the ferry captain.\n');
  writeFileSync(join(dir, 'b.txt'), 'This article trips a bug.\n');
  writeFileSync(join(dir, 'c.txt'), 'Ivo Reyes said the pier would close in June.\n');
  const real = inProcessProcessor();
  // A stand-in for a rule that throws on some odd input: fails on b.txt only.
  const processor: ArticleProcessor = {
    process: (article) => (article.id === 'b.txt' ? Promise.reject(new Error('odd input')) : real.process(article)),
    close: () => real.close(),
  };
  const out = new PassThrough();
  const err = new PassThrough();
  const [stdout, stderr] = [collected(out), collected(err)];
  const status = await extractToStdout([dir], { include: [], exclude: [] }, { out, err, processor });
  const quotes = stdout().trim().split('\n').map((l) => JSON.parse(l));
  expect(quotes.map((q) => [q.article_id, q.text, q.speaker])).toEqual([
    ['a.txt', 'We sail at dawn,', 'Dana Moss'],
    ['c.txt', 'the pier would close in June', 'Ivo Reyes'],
  ]);
  // Counted and named at the end, with the lines a folder run closes with.
  expect(stderr()).toBe(`quotewire: 1 input rejected:\n  ${join(dir, 'b.txt')}: the pipeline failed on this article: odd input\n`);
  expect(status).toBe(2);
});

test('--out -: a rejected line quoting control characters is named on stderr with them escaped', async () => {
  const dir = tempDir('qw-stdout-');
  writeFileSync(join(dir, 'feed.jsonl'), '\u001b[2J {"id": "x"}\n');
  const err = new PassThrough();
  const stderr = collected(err);
  const status = await extractToStdout([join(dir, 'feed.jsonl')], { include: [], exclude: [] }, { out: new PassThrough(), err });
  expect(stderr()).toMatch(/feed\.jsonl:1: malformed JSON line: Unexpected token '\\u001b', "\\u001b\[2J /);
  expect(stderr()).not.toContain('\u001b');
  expect(status).toBe(2);
});

/** A WARC file cut off inside its one record, after the page arrived (the header promises 400 bytes more). */
function cutWarc(path: string, page: string): void {
  const block = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${page}`, 'utf8');
  const header = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.invalid/pier\r\nContent-Length: ${block.length + 400}\r\n\r\n`;
  writeFileSync(path, Buffer.concat([Buffer.from(header, 'latin1'), block]));
}

test('--out -: a damaged article and a rejected line are counted and named at the end as a folder run names them, status 2', async () => {
  const dir = tempDir('qw-stdout-');
  cutWarc(join(dir, 'cut.warc'), '<html><body><article><p>“The pier reopens in May,” said harbourmaster Lio Brandt on Tuesday.</p></article>');
  writeFileSync(join(dir, 'feed.jsonl'), '{"id":"g1","text":"“Buses run late tonight,” said driver Ona Fisk."}\n{"id":"g2" oops\n');
  const out = new PassThrough();
  const err = new PassThrough();
  const [stdout, stderr] = [collected(out), collected(err)];
  const status = await extractToStdout([dir], { include: [], exclude: [] }, { out, err });
  expect(stdout().trim().split('\n').map((l) => JSON.parse(l).speaker)).toEqual(['Lio Brandt', 'Ona Fisk']);
  const lines = stderr().split('\n');
  expect(lines.slice(0, 1)).toEqual(['quotewire: 1 input rejected:']);
  expect(lines[1]).toMatch(new RegExp(`^  ${join(dir, 'feed.jsonl').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: malformed JSON line: `));
  expect(lines.slice(2, 3)).toEqual(['quotewire: 1 article read from damaged input (what arrived of each is exported):']);
  expect(lines[3]).toMatch(/^ {2}\S*\/cut\.warc@0: truncated WARC record: \d+ of \d+ bytes \(file cut off\)$/);
  expect(lines.slice(4)).toEqual(['']);
  expect(status).toBe(2);
});

test('--out -: every input read whole says nothing on stderr, status 0; -q says nothing even of damage', async () => {
  const dir = tempDir('qw-stdout-');
  writeFileSync(join(dir, 'a.txt'), '“We sail at dawn,” said Dana Moss, the ferry captain.\n');
  const err = new PassThrough();
  const stderr = collected(err);
  expect(await extractToStdout([dir], { include: [], exclude: [] }, { out: new PassThrough(), err })).toBe(0);
  expect(stderr()).toBe('');
  cutWarc(join(dir, 'cut.warc'), '<html><body><p>“The pier reopens in May,” said harbourmaster Lio Brandt.</p>');
  const quietErr = new PassThrough();
  const quiet = collected(quietErr);
  expect(await extractToStdout([dir], { include: [], exclude: [], quiet: true }, { out: new PassThrough(), err: quietErr })).toBe(2);
  expect(quiet()).toBe('');
});

test('--out -: article ids used twice are summed up once at the end, as a folder run closes, not warned of one by one', async () => {
  const dir = tempDir('qw-stdout-');
  const [east, west] = [join(dir, 'east.jsonl'), join(dir, 'west.jsonl')];
  writeFileSync(east, '{"id":"7","text":"“The lock opens at noon,” said keeper Bo Lind."}\n{"id":"8","text":"No quotes here."}\n');
  writeFileSync(west, '{"id":"7","text":"“The lock stays shut,” said keeper Ada Voss."}\n{"id":"8","text":"Nothing said."}\n{"id":"9","text":"Quiet."}\n');
  const out = new PassThrough();
  const err = new PassThrough();
  const [stdout, stderr] = [collected(out), collected(err)];
  expect(await extractToStdout([east, west], { include: [], exclude: [] }, { out, err })).toBe(0);
  expect(stdout().trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['7#1-24', `7@${west}:1#1-21`]);
  expect(stderr()).toBe([
    'quotewire: 2 article ids repeated (all articles are exported):',
    `  ${west}:1: article id "7" already used by ${east}:1; its quote ids read "7@${west}:1#start-end"`,
    `  ${west}:2: article id "8" already used by ${east}:2; its quote ids read "8@${west}:2#start-end"`,
    '',
  ].join('\n'));
  // -q says nothing of them either, as a folder run with -q does not.
  const quietErr = new PassThrough();
  const quiet = collected(quietErr);
  await extractToStdout([east, west], { include: [], exclude: [], quiet: true }, { out: new PassThrough(), err: quietErr });
  expect(quiet()).toBe('');
});

test('--out -: negative: ids used once each say nothing on stderr', async () => {
  const dir = tempDir('qw-stdout-');
  const feed = join(dir, 'feed.jsonl');
  writeFileSync(feed, '{"id":"7","text":"“The lock opens at noon,” said keeper Bo Lind."}\n{"id":"8","text":"Quiet."}\n');
  const err = new PassThrough();
  const stderr = collected(err);
  expect(await extractToStdout([feed], { include: [], exclude: [] }, { out: new PassThrough(), err })).toBe(0);
  expect(stderr()).toBe('');
});
