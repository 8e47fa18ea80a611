import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a town after a body\'s name inside a description set off by commas belongs to the body, not to a speaker', () => {
  test('"NAME, a professor at BODY, TOWN, said": the name speaks', () => {
    const text = 'Marta Okonjo, a history professor at the University of Wessex, Dorchester, said the archive had been neglected.';
    expect(quote(text, 'the archive')).toMatchObject({
      text: 'the archive had been neglected', type: 'indirect', speaker: 'Marta Okonjo', speaker_mention: 'Marta Okonjo',
      speaker_start: 0, speaker_end: at(text, ','), speaker_role: 'professor', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"NAME, a nurse at BODY, TOWN, told": the name speaks, the outlet after the cue is kept', () => {
    const text = 'Ivo Brandt, a nurse at St Mary Hospital, Kelworth, told the Ledger that wards were full.';
    expect(quote(text, 'wards')).toMatchObject({
      text: 'wards were full', type: 'indirect', speaker: 'Ivo Brandt', speaker_start: 0, cue: 'told', cue_start: at(text, 'told'), outlet: 'Ledger',
    });
  });

  test('near miss: a full name after the description is the one described', () => {
    const text = 'The president of Harlow Mills, Dana Reyes, said the plant would close.';
    expect(quote(text, 'the plant')).toMatchObject({
      text: 'the plant would close', type: 'indirect', speaker: 'Dana Reyes', speaker_start: at(text, 'Dana'), speaker_role: 'president', cue: 'said', outlet: null,
    });
  });
});
