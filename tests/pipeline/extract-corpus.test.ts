import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { extractCorpus } from '../../src/index.js';
import { inProcessProcessor, type ArticleProcessor } from '../../src/batch/processor.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

test("extractCorpus yields each article's result and names an input it could not read, in corpus order", async () => {
  const dir = tempDir('qw-lib-');
  writeFileSync(join(dir, 'a.txt'), '“We sail at dawn,” said Dana Moss, the ferry captain.\n');
  writeFileSync(join(dir, 'b.json'), '{"text": "unfinished');
  writeFileSync(join(dir, 'c.txt'), 'Ivo Reyes said the pier would close in June.\n');
  const items = [];
  for await (const item of extractCorpus([dir])) items.push(item);
  expect(items.map((i) => (i.kind === 'result' ? i.result.quotes.map((q) => q.text) : i.error.path))).toEqual([
    ['We sail at dawn,'],
    join(dir, 'b.json'),
    ['the pier would close in June'],
  ]);
});

test('an article the pipeline fails on is an error item naming it, and the articles after it still come', async () => {
  const dir = tempDir('qw-lib-');
  writeFileSync(join(dir, 'a.txt'), 'This article trips a bug.\n');
  writeFileSync(join(dir, 'b.txt'), 'Ivo Reyes said the pier would close in June.\n');
  const real = inProcessProcessor();
  // A stand-in for a rule that throws on some odd input: fails on a.txt only.
  const processor: ArticleProcessor = {
    process: (article) => (article.id === 'a.txt' ? Promise.reject(new Error('odd input')) : real.process(article)),
    close: () => real.close(),
  };
  const items = [];
  for await (const item of extractCorpus([dir], {}, processor)) items.push(item);
  expect(items.map((i) => (i.kind === 'result' ? i.result.quotes.map((q) => q.text) : `${i.error.path}: ${i.error.reason}`))).toEqual([
    `${join(dir, 'a.txt')}: the pipeline failed on this article: odd input`,
    ['the pier would close in June'],
  ]);
});
