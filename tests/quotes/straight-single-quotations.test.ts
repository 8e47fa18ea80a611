import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// Straight single marks (') as quotation marks, the same character as the apostrophe: sentences of our own.

const shape = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker, q.cue, q.outlet]);

describe('a one-line text quoted in straight single marks', () => {
  test('is no headline when it ends with a stop inside a closing straight mark', () => {
    const text = "'We trained all winter,' Maria Pell said. 'The result is no surprise.'";
    expect(shape(text)).toEqual([
      ['direct', 'We trained all winter,', 1, 23, 'Maria Pell', 'said', null],
      ['direct', 'The result is no surprise.', at(text, 'The result'), text.length - 1, 'Maria Pell', 'said', null],
    ]);
    expect(quote(text, 'The result')).toMatchObject({ speaker_mention: 'Maria Pell', speaker_start: at(text, 'Maria'), cue_start: at(text, 'said') });
  });

  test('a short title line quoting with single marks, with no stop, stays a headline', () => {
    expect(quotesOf("Pell calls the result 'no surprise'")).toEqual([]);
  });
});
