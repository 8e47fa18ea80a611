import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"OUTLET quoted X as saying …": X, a noun phrase holding a preposition, speaks; the outlet is the medium', () => {
  test('"quoted a source close to the band as saying": the source, outlet Variety', () => {
    const text = 'Variety later quoted a source close to the band as saying the tour had been cancelled in May.';
    expect(quote(text, 'the tour')).toMatchObject({
      type: 'indirect', text: 'the tour had been cancelled in May', start: at(text, 'the tour'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'a source close to the band', speaker_start: at(text, 'a source'), cue: 'saying', outlet: 'Variety',
    });
  });

  test('"quoted a spokesman for the studio as saying": the spokesman', () => {
    const text = 'Variety quoted a spokesman for the studio as saying the sequel would open in June.';
    expect(quote(text, 'the sequel')).toMatchObject({
      type: 'indirect', text: 'the sequel would open in June', speaker_kind: 'anonymous', speaker_role: 'spokesman',
      speaker_mention: 'a spokesman for the studio', speaker_start: at(text, 'a spokesman'), cue: 'saying', outlet: 'Variety',
    });
  });

  test('near miss: a passive "X was quoted in OUTLET as saying" keeps X the speaker', () => {
    const text = 'Rosalind Achebe was quoted in Variety as saying the sequel would open in June.';
    expect(quote(text, 'the sequel')).toMatchObject({
      type: 'indirect', text: 'the sequel would open in June', speaker: 'Rosalind Achebe', speaker_kind: 'person', cue: 'saying',
    });
  });
});
