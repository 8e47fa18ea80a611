import { describe, expect, test } from 'vitest';
import { inProcessProcessor, processOrReport, withOneRetry, type ArticleProcessor } from '../../src/batch/processor.js';

describe('processing one article', () => {
  test('a result from the pipeline', async () => {
    const item = await processOrReport(inProcessProcessor(), { id: 'a1', path: 'a1.txt', text: '“The ferry is late again,” said Captain Ines Barros.' });
    expect(item.kind).toBe('result');
    if (item.kind === 'result') expect(item.result.quotes.map((q) => [q.text, q.speaker])).toEqual([['The ferry is late again,', 'Ines Barros']]);
  });

  test('a pipeline failure on one article becomes that article\'s input error, with its place', async () => {
    const failing: ArticleProcessor = { process: async () => { throw new Error('Worker terminated due to reaching memory limit: JS heap out of memory'); }, close: async () => {} };
    const item = await processOrReport(failing, { id: 'feed.jsonl:7', path: 'feed.jsonl', line: 7, text: 'x' });
    expect(item).toEqual({ kind: 'error', error: { id: 'feed.jsonl:7', path: 'feed.jsonl', line: 7, reason: 'the pipeline failed on this article: Worker terminated due to reaching memory limit: JS heap out of memory' } });
  });
});

describe('a worker that dies with two articles in it', () => {
  test('the bystander article is tried again and kept; the one that killed the worker is reported', async () => {
    let crashes = 0;
    const processor: ArticleProcessor = {
      // The first call of each article fails as if its worker died; only "huge" fails every time.
      process: async (article) => {
        if (article.id === 'huge' || (article.id === 'bystander' && crashes++ === 0)) throw new Error('Worker terminated due to reaching memory limit: JS heap out of memory');
        return (await inProcessProcessor().process(article));
      },
      close: async () => {},
    };
    const [huge, bystander] = await Promise.all([
      processOrReport(withOneRetry(processor), { id: 'huge', path: 'feed.jsonl', line: 1, text: 'x' }),
      processOrReport(withOneRetry(processor), { id: 'bystander', path: 'feed.jsonl', line: 2, text: '“The ferry is late again,” said Captain Ines Barros.' }),
    ]);
    expect(huge.kind).toBe('error');
    expect(bystander.kind).toBe('result');
    if (bystander.kind === 'result') expect(bystander.result.quotes[0]!.speaker).toBe('Ines Barros');
  });
});
