import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an -ing word after a possessive, before the sentence\'s verb, is a noun', () => {
  test('"familiar with the company’s thinking said …" reports with "said"', () => {
    const text = 'A person familiar with the company’s thinking said Harlow had no plans to sell the team.';
    expect(quote(text, 'Harlow')).toMatchObject({ text: 'Harlow had no plans to sell the team', type: 'indirect', speaker: null, speaker_mention: 'A person familiar with the company’s thinking', cue: 'said', outlet: null, start: at(text, 'Harlow'), end: at(text, '.') });
  });

  test('… also with a relative clause between it and the cue', () => {
    const text = 'A person familiar with the company’s thinking, who spoke on condition of anonymity, said Harlow had no plans to sell the team.';
    expect(quote(text, 'Harlow')).toMatchObject({ text: 'Harlow had no plans to sell the team', cue: 'said', speaker_mention: 'A person familiar with the company’s thinking' });
  });

  test('near miss: a contracted "is" before the -ing keeps the cue', () => {
    expect(quotesOf('She’s saying the team was for sale.')).toMatchObject([{ text: 'the team was for sale', cue: 'saying' }]);
  });
});
