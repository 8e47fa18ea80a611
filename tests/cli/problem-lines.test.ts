import { describe, expect, test } from 'vitest';
import { problemLines, SHOWN_PROBLEMS } from '../../src/cli/problem-lines.js';
import type { InputError } from '../../src/types.js';

const rejected = (line: number): InputError => ({ id: `wire.jsonl:${line}`, path: 'wire.jsonl', line, reason: 'malformed JSON line: Unexpected end of JSON input' });
const cut = (offset: number): InputError => ({ id: `crawl.warc@${offset}`, path: 'crawl.warc', offset, reason: 'truncated WARC record: 90 of 400 bytes (file cut off)' });

describe('rejected inputs and damaged articles, as every command lists them', () => {
  test('one of each: rejected first, then damaged, singular nouns', () => {
    expect(problemLines([rejected(3)], [cut(0)])).toEqual([
      '1 input rejected:',
      '  wire.jsonl:3: malformed JSON line: Unexpected end of JSON input',
      '1 article read from damaged input (what arrived of each is exported):',
      '  crawl.warc@0: truncated WARC record: 90 of 400 bytes (file cut off)',
    ]);
  });

  test('more than fit: both lists stop at the same length and count the rest, naming where all are', () => {
    const many = Array.from({ length: SHOWN_PROBLEMS + 4 }, (_, i) => cut(i * 500));
    const lines = problemLines([], many, { fullListIn: "the output's articles list" });
    expect(lines[0]).toBe('54 articles read from damaged input (what arrived of each is exported):');
    expect(lines).toHaveLength(1 + SHOWN_PROBLEMS + 1);
    expect(lines.at(-1)).toBe("  … and 4 more (all are in the output's articles list)");
    expect(problemLines(many.map((_, i) => rejected(i + 1)), []).at(-1)).toBe('  … and 4 more');
  });

  test('none: nothing, unless a count of none is asked for (status); control characters escaped; header dressed', () => {
    expect(problemLines([], [])).toEqual([]);
    expect(problemLines([], [], { countNone: true })).toEqual(['0 inputs rejected']);
    const odd: InputError = { id: 'a\u001b.txt', path: 'a\u001b.txt', reason: 'binary file (contains NUL bytes), not text' };
    expect(problemLines([odd], [], { header: (l) => `quotewire: ${l}`, rejectedPlace: (p) => `<${p}>` })).toEqual([
      'quotewire: 1 input rejected:',
      '  <a\\u001b.txt>: binary file (contains NUL bytes), not text',
    ]);
  });
});
