// A surname alone that opens its sentence, shared by two people named in full, is the one the sentence right before
// named as its subject. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a shared surname right after the sentence that introduced one of its holders', () => {
  test('"Ruth Calder said …. The sculptor Owen Calder also spoke. Calder wrote that …": the sculptor', () => {
    const text = 'Ruth Calder said the garden was finished. The sculptor Owen Calder also spoke at the opening. Calder wrote that the park was "a room without a roof."';
    expect(quote(text, 'a room')).toMatchObject({
      type: 'partial', text: 'a room without a roof.', start: at(text, 'a room'), end: at(text, 'a room') + 22,
      speaker: 'Owen Calder', speaker_kind: 'person', speaker_mention: 'Calder', speaker_start: at(text, 'Calder wrote'), speaker_end: at(text, 'Calder wrote') + 6,
      cue: 'wrote', cue_start: at(text, 'wrote'), outlet: null,
    });
    expect(quote(text, 'the garden')).toMatchObject({ type: 'indirect', speaker: 'Ruth Calder', speaker_mention: 'Ruth Calder', cue: 'said' });
  });

  test('near miss: when the other holder is the one named last, the surname stays hers', () => {
    const text = 'Owen Calder spoke at the opening. The gardener Ruth Calder said the beds were finished. Calder wrote that the park was "a room without a roof."';
    expect(quote(text, 'a room')).toMatchObject({
      type: 'partial', text: 'a room without a roof.', start: at(text, 'a room'),
      speaker: 'Ruth Calder', speaker_mention: 'Calder', speaker_start: at(text, 'Calder wrote'), cue: 'wrote', cue_start: at(text, 'wrote'), outlet: null,
    });
  });

  test('near miss: a relative named only in apposition is no subject and leaves the surname to the speaker', () => {
    const text = 'Ruth Calder said the garden was finished. She thanked her husband, Owen Calder. Calder wrote that the park was "a room without a roof."';
    expect(quote(text, 'a room')).toMatchObject({ type: 'partial', speaker: 'Ruth Calder', speaker_mention: 'Calder', cue: 'wrote', outlet: null });
  });
});
