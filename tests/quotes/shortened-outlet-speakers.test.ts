import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"The Echo" after "the Northbridge Echo": a paper named again by its last word is that paper', () => {
  test('the later report\'s speaker is the outlet, shortened in the mention, full in the speaker', () => {
    const text = 'The council leader told the Harrowgate Echo that the library would shut.\n\nThe Echo reported that residents had started a petition.';
    expect(quote(text, 'residents')).toMatchObject({ text: 'residents had started a petition', start: at(text, 'residents'), type: 'indirect', speaker: 'Harrowgate Echo', speaker_kind: 'outlet', speaker_mention: 'The Echo', cue: 'reported', outlet: 'Harrowgate Echo' });
  });

  test('near miss: with no outlet named before ending so, the paper is the one named by its word alone, not another', () => {
    // (As "The Courier reported …" is the Courier: newspaper-word-speakers.test.ts.)
    const text = 'The council leader told Reuters that the library would shut.\n\nThe Echo reported that residents had started a petition.';
    expect(quote(text, 'residents')).toMatchObject({ speaker: 'The Echo', speaker_mention: 'The Echo', cue: 'reported', outlet: 'The Echo' });
  });
});
