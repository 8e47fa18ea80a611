import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// A group's noun opening the sentence, then "of" and a name: the group speaks, not the person it is of.
describe('"Supporters of NAME said": the group, not the name after "of"', () => {
  test('supporters, critics and friends of a person speak as descriptions', () => {
    for (const group of ['Supporters', 'Critics', 'Friends']) {
      const text = `${group} of Mara Okafor said the pier should stay.`;
      expect(quote(text, 'the pier')).toMatchObject({
        type: 'indirect', text: 'the pier should stay', speaker: null, speaker_mention: `${group} of Mara Okafor`, speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
      });
    }
  });

  test('residents of a town speak as residents: "Residents of Elton said"', () => {
    expect(quote('Residents of Elton said the pier should stay.', 'the pier')).toMatchObject({ speaker: null, speaker_mention: 'Residents of Elton', speaker_kind: 'anonymous' });
  });

  test('negative: a title capitalised before "of" is the name\'s ("Secretary of State Ana Ruiz said")', () => {
    expect(quote('Secretary of State Ana Ruiz said the pier should stay.', 'the pier')).toMatchObject({ speaker: 'Ana Ruiz', speaker_kind: 'person' });
  });
});
