import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a negated cue with a noun object reports nothing', () => {
  test('"did not mention the strike"', () => {
    expect(quotesOf('The minister did not mention the strike.')).toEqual([]);
  });

  test('near miss: without the negation the noun object is reported', () => {
    const text = 'Lindqvist mentioned the walkout.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker, q.cue, q.outlet])).toEqual([
      ['indirect', 'the walkout', at(text, 'the walkout'), at(text, 'the walkout') + 11, 'Lindqvist', 'mentioned', null],
    ]);
  });

  test('near miss: a negated denial of a clause stays', () => {
    const text = 'Lindqvist did not deny that the merger had stalled.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker, q.cue])).toEqual([
      ['indirect', 'the merger had stalled', at(text, 'the merger'), 'Lindqvist', 'deny'],
    ]);
  });
});
