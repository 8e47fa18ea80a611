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

  test('near miss: a named person as the object stays a report', () => {
    const text = 'Okafor did not mention Reyes by name.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker, q.cue])).toEqual([
      ['indirect', 'Reyes by name', at(text, 'Reyes'), 'Okafor', 'mention'],
    ]);
  });

  test('near miss: another negated cue with a noun object stays', () => {
    const text = 'Okafor has not endorsed the levy.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker, q.cue])).toEqual([
      ['indirect', 'the levy', at(text, 'the levy'), 'Okafor', 'endorsed'],
    ]);
  });

  test('near miss: a negated denial of a clause stays', () => {
    const text = 'Lindqvist did not deny that the merger had stalled.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker, q.cue])).toEqual([
      ['indirect', 'the merger had stalled', at(text, 'the merger'), 'Lindqvist', 'deny'],
    ]);
  });
});
