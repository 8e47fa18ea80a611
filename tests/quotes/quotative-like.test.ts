// "Like" after a form of be ("she was, like, “…”") is the quotative that introduces speech, no example marker.
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('the quotative "be like"', () => {
  test('"was, like, “…”" keeps the direct quote', () => {
    const text = 'Then my brother was, like, "You need to leave this house right now."';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({
        type: 'direct', text: 'You need to leave this house right now.', start: at(text, 'You need'), end: text.length - 1,
        speaker: null, cue: null, outlet: null,
      }),
    ]);
  });

  test('"I\'m like, “…”" keeps the direct quote', () => {
    const text = 'I\'m like, “Nobody told me the game was cancelled tonight.”';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({
        type: 'direct', text: 'Nobody told me the game was cancelled tonight.', start: at(text, 'Nobody'), end: text.length - 1,
        speaker: null, cue: null, outlet: null,
      }),
    ]);
  });

  test('near miss: "phrases like “…”" with no be form is still an example', () => {
    const text = 'The guide lists openers like, “Have you tried turning it off and on again today?”';
    expect(quotesOf(text)).toEqual([]);
  });
});
