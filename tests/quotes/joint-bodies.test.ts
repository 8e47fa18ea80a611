import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('two bodies\' names joined by "and" as one subject speak together', () => {
  test('"Larkspur Airways and Tessel Airlines said": the mention covers both', () => {
    const text = 'Larkspur Airways and Tessel Airlines said on Monday that they had agreed to merge.';
    expect(quote(text, 'they had')).toMatchObject({
      type: 'indirect', text: 'they had agreed to merge', start: at(text, 'they had'), speaker: 'Larkspur Airways and Tessel Airlines',
      speaker_kind: 'organization', speaker_mention: 'Larkspur Airways and Tessel Airlines', speaker_start: 0, speaker_end: at(text, ' said'),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('after "the": "The Orland Group and Vessel Holdings said"', () => {
    const text = 'The Orland Group and Vessel Holdings said the deal would close in May.';
    expect(quote(text, 'the deal')).toMatchObject({ speaker: 'Orland Group and Vessel Holdings', speaker_kind: 'organization', speaker_start: at(text, 'Orland'), cue: 'said' });
  });

  test('near miss: two people, a body and a person, a listed company with "and" keep their readings', () => {
    const people = 'Hartley and Moss said the deal would close in May.';
    expect(quote(people, 'the deal')).toMatchObject({ speaker: 'Moss', speaker_start: at(people, 'Moss'), cue: 'said' });
    const mixed = 'Orland Group and Ivo Marsh said the deal would close in May.';
    expect(quote(mixed, 'the deal')).toMatchObject({ speaker: 'Ivo Marsh', speaker_kind: 'person', speaker_start: at(mixed, 'Ivo'), cue: 'said' });
    const listed = 'Procter and Gamble said the deal would close in May.';
    expect(quote(listed, 'the deal')).toMatchObject({ speaker: 'Procter and Gamble', speaker_start: 0, cue: 'said' });
  });
});
