import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"Researchers at the University of X at PLACE said …": a body\'s name holding "of" inside a chained description', () => {
  test('the place after the body is no speaker; the whole description is the mention', () => {
    const text = 'Researchers at the University of Wessex at Dorchester, led by Mia Fell, said the reef was recovering.';
    expect(quote(text, 'the reef')).toMatchObject({
      type: 'indirect', text: 'the reef was recovering', start: at(text, 'the reef'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'Researchers at the University of Wessex at Dorchester', speaker_start: 0, speaker_end: at(text, ','),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('a body with "of" and a place after "in": "Economists at the Bank of Norland in Varna"', () => {
    const text = 'Economists at the Bank of Norland in Varna said rates would rise.';
    expect(quote(text, 'rates')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Economists at the Bank of Norland in Varna', speaker_start: 0, cue: 'said' });
  });

  test('near miss: a named person of the body stays the speaker', () => {
    const text = 'Mia Fell, a researcher at the University of Wessex, said the reef was recovering.';
    expect(quote(text, 'the reef')).toMatchObject({ speaker: 'Mia Fell', speaker_kind: 'person', speaker_start: 0, cue: 'said' });
  });
});
