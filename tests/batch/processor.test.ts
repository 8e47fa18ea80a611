import { describe, expect, test } from 'vitest';
import { inProcessProcessor, processOrReport, type ArticleProcessor } from '../../src/batch/processor.js';

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
