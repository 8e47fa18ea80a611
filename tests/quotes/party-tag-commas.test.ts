import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a party tag set off by commas before an apposition leaves the name to speak', () => {
  test('"Sen. Ivo Marsh, D-N.M., the panel\'s chairman, said": Ivo Marsh, not the state\'s last piece', () => {
    for (const state of ['N.M.', 'N.C.', 'N.Y.', 'S.C.', 'W.Va.', 'N.H.', 'N.D.', 'Wyo.']) {
      const text = `Sen. Ivo Marsh, D-${state}, the panel's chairman, said the budget would pass.`;
      expect(quote(text, 'the budget')).toMatchObject({
        type: 'indirect', text: 'the budget would pass', start: at(text, 'the budget'), speaker: 'Ivo Marsh', speaker_kind: 'person',
        speaker_mention: 'Ivo Marsh', speaker_start: at(text, 'Ivo'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
      });
    }
  });

  test('a bracketed tag with a dotted state: "Rep. Ivo Marsh (R-N.C.) said"', () => {
    const text = 'Rep. Ivo Marsh (R-N.C.) said the budget would pass.';
    expect(quote(text, 'the budget')).toMatchObject({ type: 'indirect', text: 'the budget would pass', speaker: 'Ivo Marsh', speaker_start: at(text, 'Ivo'), cue: 'said', outlet: null });
  });

  test('near miss: with no tag, the apposition after the name still gives the role', () => {
    const text = 'Sen. Ivo Marsh, the panel\'s chairman, said the budget would pass.';
    expect(quote(text, 'the budget')).toMatchObject({ type: 'indirect', speaker: 'Ivo Marsh', speaker_mention: 'Ivo Marsh', speaker_start: at(text, 'Ivo'), cue: 'said' });
  });
});
