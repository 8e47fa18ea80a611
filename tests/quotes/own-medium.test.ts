// A speaker's own medium ("on her broadcast", "on his podcast") is their own occasion: an outlet they were
// interviewed by earlier does not carry to it. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('own medium after an interview (src/quotes/own-medium.ts)', () => {
  test('"said on her broadcast" after "told NRK" has no outlet', () => {
    const text = 'Mira Solberg told NRK on Monday that she felt rested. That evening she said on her broadcast that the tour would go ahead.';
    expect(quote(text, 'she felt')).toMatchObject({ text: 'she felt rested', type: 'indirect', speaker: 'Mira Solberg', cue: 'told', outlet: 'NRK' });
    expect(quote(text, 'the tour')).toMatchObject({
      text: 'the tour would go ahead', type: 'indirect', speaker: 'Mira Solberg', speaker_mention: 'she', cue: 'said',
      cue_start: at(text, 'said on'), start: at(text, 'the tour'), outlet: null,
    });
  });

  test('"said on his podcast" after "told NRK" has no outlet either', () => {
    const text = 'Jonas Berge told NRK on Monday that he felt rested. Later he said on his podcast that the club owed him money.';
    expect(quote(text, 'the club')).toMatchObject({ type: 'indirect', speaker: 'Jonas Berge', cue: 'said', outlet: null });
  });

  test('near miss: "on NRK\'s broadcast" is the outlet\'s own broadcast', () => {
    const text = 'Mira Solberg told NRK on Monday that she felt rested. That evening she said on NRK\'s broadcast that the tour would go ahead.';
    expect(quote(text, 'the tour')).toMatchObject({ text: 'the tour would go ahead', type: 'indirect', speaker: 'Mira Solberg', cue: 'said', outlet: 'NRK' });
  });
});
