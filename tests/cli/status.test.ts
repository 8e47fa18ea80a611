import { describe, expect, test } from 'vitest';
import { formatStatus } from '../../src/cli/commands/status.js';
import type { JobStatus } from '../../src/queue/status.js';

const base: JobStatus = { job: 'night', batches: 1, waiting: 0, active: 0, done: 1, failed: 0, articles: 1, quotes: 1, articlesPerSecond: null, etaSeconds: null, badInputs: [], damaged: [], failures: [] };

describe('quotewire status as text', () => {
  test('one batch, one article, one quote, one rejected input: singular nouns, worded as extract words it', () => {
    const text = formatStatus({ ...base, badInputs: [{ id: 'x.txt', path: 'x.txt', reason: 'empty file' }] });
    expect(text).toBe(
      'job night: 1 batch: 0 waiting, 0 active, 1 done, 0 failed\n' +
        '1 article, 1 quote (complete: run `quotewire collect`)\n' +
        '1 input rejected:\n' +
        '  x.txt: empty file\n',
    );
  });

  test('several of each: plural nouns, and no colon after no rejected inputs', () => {
    const text = formatStatus({ ...base, batches: 4, waiting: 2, done: 2, articles: 30, quotes: 12, articlesPerSecond: 6, etaSeconds: 5 });
    expect(text).toBe('job night: 4 batches: 2 waiting, 0 active, 2 done, 0 failed\n30 articles, 12 quotes, 6.0 articles/s, ETA 5s\n0 inputs rejected\n');
  });

  test('articles read from damaged input are named after the rejected inputs, as a local run names them', () => {
    const damaged = [{ id: 'night.warc@0', path: 'night.warc', offset: 0, reason: 'truncated WARC record: 300 of 800 bytes (file cut off)' }];
    expect(formatStatus({ ...base, damaged }).split('\n').slice(2)).toEqual([
      '0 inputs rejected',
      '1 article read from damaged input (what arrived of each is exported):',
      '  night.warc@0: truncated WARC record: 300 of 800 bytes (file cut off)',
      '',
    ]);
  });

  test('many damaged articles: the first 50 named, the rest counted, as extract lists them', () => {
    const damaged = Array.from({ length: 53 }, (_, i) => ({ id: `night.warc@${i * 100}`, path: 'night.warc', offset: i * 100, reason: 'truncated WARC record: 300 of 800 bytes (file cut off)' }));
    const lines = formatStatus({ ...base, damaged }).split('\n').slice(2);
    expect(lines[1]).toBe('53 articles read from damaged input (what arrived of each is exported):');
    expect(lines.filter((l) => l.startsWith('  night.warc@'))).toHaveLength(50);
    expect(lines.slice(-3)).toEqual(['  night.warc@4900: truncated WARC record: 300 of 800 bytes (file cut off)', '  … and 3 more (all are in `status --json`)', '']);
  });

  test('exactly 50 rejected inputs: all named, no "… and 0 more"', () => {
    const badInputs = Array.from({ length: 50 }, (_, i) => ({ id: `f.jsonl:${i + 1}`, path: 'f.jsonl', line: i + 1, reason: 'malformed JSON line: Unexpected end of JSON input' }));
    const lines = formatStatus({ ...base, badInputs }).split('\n').slice(2);
    expect(lines[0]).toBe('50 inputs rejected:');
    expect(lines.slice(-2)).toEqual(['  f.jsonl:50: malformed JSON line: Unexpected end of JSON input', '']);
    expect(lines.join('\n')).not.toMatch(/more/);
  });
});
