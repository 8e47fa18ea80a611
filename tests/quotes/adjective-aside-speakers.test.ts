import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an aside opening with an adjective and its preposition is no speaker (adjective-asides.ts)', () => {
  test('"The senator, unopposed in PLACE, said": the senator, unnamed', () => {
    const text = 'The senator, unopposed in Nevada, said he would back the levy.';
    expect(quote(text, 'he would')).toMatchObject({
      text: 'he would back the levy', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The senator',
      speaker_start: 0, speaker_role: 'senator', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"The senator, fresh from a win in PLACE, said": the senator named in an earlier sentence', () => {
    const text = 'Sen. Marla Quint won the primary easily. The senator, fresh from a win in Kansas, said she would back the levy.';
    expect(quote(text, 'she would')).toMatchObject({
      text: 'she would back the levy', type: 'indirect', speaker: 'Marla Quint', speaker_kind: 'person', speaker_mention: 'The senator',
      speaker_start: at(text, 'The senator'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"One aide, close to NAME, said": the aide, not the name', () => {
    const text = 'One aide, close to Ruben Ostrow, said the talks had stalled.';
    expect(quote(text, 'the talks')).toMatchObject({
      text: 'the talks had stalled', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'One aide',
      speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('negative: a name in apposition still speaks ("The senator, NAME, said")', () => {
    const text = 'The senator, Marla Quint, said she would back the levy.';
    expect(quote(text, 'she would')).toMatchObject({
      speaker: 'Marla Quint', speaker_kind: 'person', speaker_mention: 'Marla Quint', speaker_start: at(text, 'Marla'), speaker_role: 'senator', cue: 'said',
    });
  });
});
