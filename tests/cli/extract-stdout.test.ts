import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect, test } from 'vitest';
import { extractToStdout } from '../../src/cli/commands/extract.js';
import { inProcessProcessor, type ArticleProcessor } from '../../src/batch/processor.js';

const collected = (stream: PassThrough) => {
  const chunks: string[] = [];
  stream.on('data', (c) => chunks.push(String(c)));
  return () => chunks.join('');
};

test('--out -: an article the pipeline fails on is named on stderr, the others still reach stdout, status 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qw-stdout-'));
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
  expect(stderr()).toBe(`quotewire: ${join(dir, 'b.txt')}: the pipeline failed on this article: odd input\n`);
  expect(status).toBe(2);
});

test('--out -: a rejected line quoting control characters is named on stderr with them escaped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qw-stdout-'));
  writeFileSync(join(dir, 'feed.jsonl'), '\u001b[2J {"id": "x"}\n');
  const err = new PassThrough();
  const stderr = collected(err);
  const status = await extractToStdout([join(dir, 'feed.jsonl')], { include: [], exclude: [] }, { out: new PassThrough(), err });
  expect(stderr()).toMatch(/feed\.jsonl:1: malformed JSON line: Unexpected token '\\u001b', "\\u001b\[2J /);
  expect(stderr()).not.toContain('\u001b');
  expect(status).toBe(2);
});
