import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a family name that is also a common word, alone before its cue, is a person', () => {
  test('"Park noted that …" reports Park\'s clause, a linking verb read as a noun included', () => {
    const text = "Park noted that the studio's launch window of March 2027 remains unchanged.";
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: "the studio's launch window of March 2027 remains unchanged", start: at(text, 'the studio'), end: text.length - 1,
      speaker: 'Park', speaker_kind: 'person', speaker_start: 0, cue: 'noted', outlet: null,
    }]);
  });

  test('near miss: the common word after an article is no one', () => {
    const text = 'The park noted for its lakes reopened on Friday.';
    expect(quotesOf(text)).toEqual([]);
  });
});
