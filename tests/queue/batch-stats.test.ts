import { describe, expect, test } from 'vitest';
import { inProcessProcessor } from '../../src/batch/processor.js';
import { batchStats, describeBatch } from '../../src/queue/batch-stats.js';
import type { Article, OutputItem } from '../../src/types.js';

const processor = inProcessProcessor();
const result = async (article: Article): Promise<OutputItem> => ({ kind: 'result', result: await processor.process(article) });
const run = { startedAt: 1000, finishedAt: 2000, worker: 'host:1' };

describe("a batch's statistics", () => {
  test('an article read from a cut-off WARC record is counted and named as damaged, as a local run names it', async () => {
    const cut: Article = { id: 'night.warc@0', path: 'night.warc', offset: 0, text: '“The ferry sails at dawn,” said captain Oda Perrin.', warning: 'truncated WARC record: 300 of 800 bytes (file cut off)' };
    const whole: Article = { id: 'day.txt', path: 'day.txt', text: 'The harbour was quiet on Sunday.' };
    const items = [await result(cut), await result(whole), { kind: 'error', error: { id: 'feed.jsonl:2', path: 'feed.jsonl', line: 2, reason: 'malformed JSON line: Unexpected end of JSON input' } } satisfies OutputItem];
    const stats = batchStats(items, run);
    expect(stats).toMatchObject({ articles: 2, quotes: 1, ...run });
    expect(stats.damaged).toEqual([{ id: 'night.warc@0', path: 'night.warc', offset: 0, line: undefined, reason: 'truncated WARC record: 300 of 800 bytes (file cut off)' }]);
    expect(stats.errors.map((e) => e.reason)).toEqual(['malformed JSON line: Unexpected end of JSON input']);
    expect(describeBatch(stats)).toBe('2 articles, 1 quote, 1 input rejected, 1 article read from damaged input');
  });

  test('a batch read whole names no damage', async () => {
    const stats = batchStats([await result({ id: 'day.txt', path: 'day.txt', text: 'The harbour was quiet on Sunday.' })], run);
    expect(stats.damaged).toEqual([]);
    expect(describeBatch(stats)).toBe('1 article, 0 quotes, 0 inputs rejected');
  });
});
