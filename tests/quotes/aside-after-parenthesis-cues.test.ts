import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an adverb aside after a party parenthesis hides neither speaker nor cue', () => {
  test('"Senator X (R-Ohio), meanwhile, said the bill “…”": cue said', () => {
    const text = 'Senator Tom Reyes (R-Ohio), meanwhile, said the bill “goes nowhere.”';
    expect(quote(text, 'goes nowhere')).toMatchObject({
      text: 'goes nowhere.', type: 'partial', start: at(text, 'goes nowhere'), speaker: 'Tom Reyes',
      speaker_mention: 'Tom Reyes', speaker_start: at(text, 'Tom Reyes'), cue: 'said', cue_start: at(text, 'said'),
    });
  });
});
