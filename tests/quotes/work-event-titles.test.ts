import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a title after the noun of a piece of a work ("the theme of", "the score of") is no quote', () => {
  test('"the theme of “Salt Harbor”" names a film; the real partial later in the sentence stays', () => {
    const text = 'Varga wrote that she first heard the theme of “Salt Harbor” on a ferry and “could not stop humming.”';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'could not stop humming.', start: at(text, 'could'), end: text.length - 1, speaker: 'Varga', speaker_kind: 'person',
      speaker_mention: 'Varga', speaker_start: 0, speaker_end: 5, cue: 'wrote', cue_start: at(text, 'wrote'), outlet: null,
    }]);
  });

  test('near miss: a theme given after "was" is the speaker\'s words, not a title after "of"', () => {
    const text = 'Okafor said the theme of the summit was “Building Bridges.”';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the theme of the summit was “Building Bridges.”', start: at(text, 'the theme'), speaker: 'Okafor', cue: 'said', outlet: null },
      { type: 'partial', text: 'Building Bridges.', start: at(text, 'Building'), end: text.length - 1, speaker: 'Okafor', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null },
    ]);
  });
});
