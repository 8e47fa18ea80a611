import { describe, expect, test } from 'vitest';
import { formatStatus } from '../../src/cli/commands/status.js';
import type { JobStatus } from '../../src/queue/status.js';

const base: JobStatus = { job: 'night', batches: 1, waiting: 0, active: 0, done: 1, failed: 0, articles: 1, quotes: 1, articlesPerSecond: null, etaSeconds: null, badInputs: [], damaged: [], failures: [] };

describe('quotewire status as text', () => {
  test('one batch, one article, one quote, one bad input: singular nouns', () => {
    const text = formatStatus({ ...base, badInputs: [{ id: 'x.txt', path: 'x.txt', reason: 'empty file' }] });
    expect(text).toBe(
      'job night: 1 batch: 0 waiting, 0 active, 1 done, 0 failed\n' +
        '1 article, 1 quote (complete: run `quotewire collect`)\n' +
        '1 bad input:\n' +
        '  x.txt: empty file\n',
    );
  });

  test('several of each: plural nouns, and no colon after no bad inputs', () => {
    const text = formatStatus({ ...base, batches: 4, waiting: 2, done: 2, articles: 30, quotes: 12, articlesPerSecond: 6, etaSeconds: 5 });
    expect(text).toBe('job night: 4 batches: 2 waiting, 0 active, 2 done, 0 failed\n30 articles, 12 quotes, 6.0 articles/s, ETA 5s\n0 bad inputs\n');
  });

  test('articles read from damaged input are named after the bad inputs, as a local run names them', () => {
    const damaged = [{ id: 'night.warc@0', path: 'night.warc', offset: 0, reason: 'truncated WARC record: 300 of 800 bytes (file cut off)' }];
    expect(formatStatus({ ...base, damaged }).split('\n').slice(2)).toEqual([
      '0 bad inputs',
      '1 article read from damaged input (collect exports each with the damage in its error column):',
      '  night.warc@0: truncated WARC record: 300 of 800 bytes (file cut off)',
      '',
    ]);
  });
});
