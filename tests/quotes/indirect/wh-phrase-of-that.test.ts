import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('"of that" inside a wh-phrase that opens the content', () => {
  test('"would not say how much of that …": the wh-phrase stays in the content', () => {
    const text = 'The treasurer would not say how much of that went to the new stadium.';
    expect(quote(text, 'how much')).toMatchObject({ text: 'how much of that went to the new stadium', start: at(text, 'how much'), type: 'indirect', speaker_mention: 'The treasurer', cue: 'say', outlet: null });
  });

  test('near miss: a clause "that" after the cue still opens the content', () => {
    const text = 'The treasurer said that most of the money went to the new stadium.';
    expect(quote(text, 'most of')).toMatchObject({ text: 'most of the money went to the new stadium', type: 'indirect', cue: 'said' });
  });
});
