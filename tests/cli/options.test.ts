import { afterEach, describe, expect, test, vi } from 'vitest';
import { reportRun } from '../../src/cli/options.js';
import type { InputError } from '../../src/types.js';

// The closing lines of a run, exactly as a user reads them (stderr is not a TTY here: no colour).
function closingLines(summary: Parameters<typeof reportRun>[0]): string {
  let written = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((written += String(chunk)), true));
  reportRun(summary, 1.5, 'results');
  return written;
}

const bad = (path: string, reason: string): InputError => ({ id: path, path, reason });

afterEach(() => vi.restoreAllMocks());

describe('the closing lines of a run', () => {
  test('one of each: singular nouns', () => {
    const text = closingLines({
      articles: 1,
      quotes: 1,
      errors: [bad('feeds/empty.txt', 'empty file')],
      damaged: [{ id: 'cut.warc@0', path: 'cut.warc', offset: 0, reason: 'truncated WARC record: 10 of 20 bytes (file cut off)' }],
      repeatedIds: { count: 1, shown: [{ id: '7', place: 'b.jsonl:1', firstPlace: 'a.jsonl:1' }] },
    });
    expect(text.split('\n')).toEqual([
      'quotewire: 1 article, 1 quote in 1.5 s → results/',
      'quotewire: 1 article id repeated (all articles are exported):',
      '  b.jsonl:1: article id "7" already used by a.jsonl:1; its quote ids read "7@b.jsonl:1#start-end"',
      'quotewire: 1 input rejected:',
      '  feeds/empty.txt: empty file',
      'quotewire: 1 article read from damaged input (what arrived of each is exported):',
      '  cut.warc@0: truncated WARC record: 10 of 20 bytes (file cut off)',
      '',
    ]);
  });

  test('several: plural nouns; none rejected says nothing of rejects', () => {
    const several = closingLines({ articles: 3, quotes: 0, errors: [bad('a.txt', 'empty file'), bad('b.txt', 'empty file')] });
    expect(several.split('\n')[0]).toBe('quotewire: 3 articles, 0 quotes in 1.5 s → results/');
    expect(several).toContain('quotewire: 2 inputs rejected:\n');
    vi.restoreAllMocks();
    expect(closingLines({ articles: 2, quotes: 5, errors: [] })).toBe('quotewire: 2 articles, 5 quotes in 1.5 s → results/\n');
  });
});
