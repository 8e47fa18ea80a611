import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"could not agree on what they had seen": agreeing on a question is no report', () => {
  test('"agree on what …" reports nothing', () => {
    expect(quotesOf('The judges could not agree on what the film had meant.')).toEqual([]);
  });

  test('"agreed about how …" reports nothing', () => {
    expect(quotesOf('The trustees agreed about how the grant should be spent.')).toEqual([]);
  });

  test('negative: "agreed that …" still reports', () => {
    const text = 'The trustees agreed that the grant had been wasted.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the grant')).toMatchObject({
      text: 'the grant had been wasted', type: 'indirect', start: at(text, 'the grant'), end: at(text, '.'),
      speaker_mention: 'The trustees', cue: 'agreed', cue_start: at(text, 'agreed'), outlet: null,
    });
  });
});
