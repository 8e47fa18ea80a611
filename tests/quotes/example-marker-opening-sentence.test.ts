// "For example," opening a sentence, a whole quoted sentence after it, gives an instance of what was said: the
// quotation is speech, no example. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('an example marker opening a sentence before a quoted sentence', () => {
  test('"For instance, “…”" with a whole sentence quoted keeps the direct quote', () => {
    const text = 'The fire crews left at dawn. For instance, “Our street had no water for three whole days afterwards.”';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({
        type: 'direct', text: 'Our street had no water for three whole days afterwards.', start: at(text, 'Our street'), end: text.length - 1,
        speaker: null, cue: null, outlet: null,
      }),
    ]);
  });

  test('near miss: a fragment after a sentence-opening "For instance," stays an example', () => {
    const text = 'The fire crews left at dawn. For instance, “no water for three whole days afterwards.”';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: mid-sentence "such as “…”" stays an example', () => {
    const text = 'The tool takes a request such as “A poem about rain in the voice of an old sailor.” Downloads doubled.';
    expect(quotesOf(text)).toEqual([]);
  });
});
