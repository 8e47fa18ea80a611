import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('the quoted name of a rating\'s step', () => {
  test('"at level 3 of 4, “severe”," names the step, no one\'s words', () => {
    const text = 'The weather service had rated the flood risk at level 3 of 4, “severe”, since Monday, the first time this year.';
    expect(quotesOf(text).some((q) => q.text.includes('severe'))).toBe(false);
  });

  test('"3 out of 5, “moderate”," too', () => {
    const text = 'The board rated the fire hazard 3 out of 5, “moderate”, after the inspection.';
    expect(quotesOf(text).some((q) => q.text.includes('moderate'))).toBe(false);
  });

  test('near miss: a phrase with an article after a rating is still the speaker\'s partial', () => {
    const text = 'The agency rated the storm category 4, “a monster”, a forecaster said.';
    expect(quote(text, 'a monster')).toMatchObject({
      text: 'a monster', type: 'partial', speaker: null, speaker_mention: 'a forecaster', cue: 'said', outlet: null, start: at(text, 'a monster'),
    });
  });
});
