import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a report after a sentence ending in a lone capital and its full stop', () => {
  test('"… the mural of Lena K. Volunteers said …" is the group\'s own report', () => {
    const text = 'The parade stopped under the mural of Lena K. Volunteers said the paint was still wet.';
    expect(quote(text, 'the paint')).toMatchObject({
      type: 'indirect', text: 'the paint was still wet', start: at(text, 'the paint'), end: text.length - 1, speaker_mention: 'Volunteers', speaker_start: at(text, 'Volunteers'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"… had no Plan C. Parents said …" gives no "Plan C. Parents" speaker', () => {
    const text = 'The school had no Plan C. Parents said the closure came as a shock.';
    expect(quote(text, 'the closure')).toMatchObject({
      type: 'indirect', text: 'the closure came as a shock', start: at(text, 'the closure'), end: text.length - 1, speaker_mention: 'Parents', speaker_start: at(text, 'Parents'), cue: 'said', cue_start: at(text, 'said'),
    });
  });
});
