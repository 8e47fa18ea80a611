import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a quoted title picked out of works the sentence counts is no quotation', () => {
  test('"has directed four films, including “…”": a title, not words spoken', () => {
    const text = 'The festival opens on Friday. Lunde has directed four films, including “The Winter Harbour Road.”';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: "including" after no works keeps the words as a partial quote', () => {
    const text = 'The airport plan was debated. Lunde criticised the proposals, including “a total ban on night flights.”';
    expect(quote(text, 'a total ban')).toMatchObject({
      type: 'partial', text: 'a total ban on night flights.', start: at(text, 'a total ban'),
      speaker: 'Lunde', speaker_mention: 'Lunde', speaker_start: at(text, 'Lunde criticised'), cue: 'criticised', outlet: null,
    });
  });
});
