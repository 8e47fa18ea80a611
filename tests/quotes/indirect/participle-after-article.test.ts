import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a participle right after "a"/"an" modifies what follows and reports nothing', () => {
  test('"a reported AMOUNT" gives no report', () => {
    const text = 'Millbrook Athletic were bought by a consortium in a deal worth a reported £95 million, ending a decade of family control.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"an estimated AMOUNT" gives no report', () => {
    const text = 'The festival drew an estimated 40,000 visitors, filling every hotel in the town.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: a noun between the article and the verb keeps the report', () => {
    const text = 'A spokesman reported that the club had been sold for £95 million.';
    expect(quote(text, 'the club')).toMatchObject({
      type: 'indirect', text: 'the club had been sold for £95 million', start: at(text, 'the club'), speaker: null,
      speaker_kind: 'anonymous', speaker_mention: 'A spokesman', speaker_start: 0, cue: 'reported', outlet: null,
    });
  });
});
