import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('two names of any shape joined by "and" speak together when "they" follows or one is a known body', () => {
  test('"Brindle and Copper Lane said they …": the pair, not the last name as a person', () => {
    const text = 'Brindle and Copper Lane said they would appeal the ruling.';
    expect(quote(text, 'they would')).toMatchObject({
      type: 'indirect', text: 'they would appeal the ruling', start: at(text, 'they would'), speaker: 'Brindle and Copper Lane',
      speaker_kind: 'organization', speaker_mention: 'Brindle and Copper Lane', speaker_start: 0, speaker_end: at(text, ' said'),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('a known body with any name: "Airbnb and Nestwell Homes said"', () => {
    const text = 'Airbnb and Nestwell Homes said the listings would be removed.';
    expect(quote(text, 'the listings')).toMatchObject({
      type: 'indirect', text: 'the listings would be removed', speaker: 'Airbnb and Nestwell Homes', speaker_kind: 'organization',
      speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: without "they" and without a known body the last name keeps its reading', () => {
    const text = 'Brindle and Copper Lane said the ruling would be appealed.';
    expect(quote(text, 'the ruling')).toMatchObject({ speaker: 'Copper Lane', speaker_start: at(text, 'Copper'), cue: 'said' });
  });
});
