import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('two names of any shape joined by "and" speak together when one is a known body', () => {
  test('a known body with any name: "Airbnb and Nestwell Homes said"', () => {
    const text = 'Airbnb and Nestwell Homes said the listings would be removed.';
    expect(quote(text, 'the listings')).toMatchObject({
      type: 'indirect', text: 'the listings would be removed', speaker: 'Airbnb and Nestwell Homes', speaker_kind: 'organization',
      speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: two surnames with "they" are people, not a pair of bodies', () => {
    const text = 'Hartley and Moss said they would appeal the ruling.';
    expect(quote(text, 'they would')).toMatchObject({ speaker: 'Moss', speaker_kind: 'person', speaker_start: at(text, 'Moss'), cue: 'said' });
  });
});
