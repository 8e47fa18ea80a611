import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a chant of a crowd given only by its number is no quote', () => {
  test('"Several hundred marchers … chanted “…”": no quote', () => {
    const text = 'Several hundred marchers crossed the bridge and chanted “Free the press!” as police watched.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"shouted in unison" is a chant too: "Thousands of students shouted in unison “…”"', () => {
    const text = 'Thousands of students shouted in unison “Free the press!” outside the ministry.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: an uncounted crowd keeps its chant ("Student marchers … chanted")', () => {
    const text = 'Student marchers crossed the bridge and chanted “Free the press!” as police watched.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'Free the press!', start: at(text, 'Free'), end: at(text, '” as'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'Student marchers', speaker_start: 0, speaker_end: 16, cue: 'chanted', cue_start: at(text, 'chanted'), outlet: null,
    }]);
  });
});
