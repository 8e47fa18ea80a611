import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a person of a body whose name holds a campus after "at"', () => {
  test('"Priya Nand of the University of Illinois at Urbana said": the person speaks, not the campus', () => {
    const text = 'Priya Nand of the University of Illinois at Urbana said the samples were contaminated.';
    expect(quote(text, 'the samples')).toMatchObject({
      type: 'indirect', text: 'the samples were contaminated', start: at(text, 'the samples'), end: at(text, '.'),
      speaker: 'Priya Nand', speaker_kind: 'person', speaker_mention: 'Priya Nand', speaker_start: 0, speaker_end: 10,
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: "of BODY in PLACE" still gives the person', () => {
    const text = 'Tomas Berg of the Harbour Research Institute in Oslo said the samples were contaminated.';
    expect(quote(text, 'the samples')).toMatchObject({
      type: 'indirect', text: 'the samples were contaminated', speaker: 'Tomas Berg', speaker_kind: 'person',
      speaker_mention: 'Tomas Berg', speaker_start: 0, speaker_end: 10, cue: 'said', outlet: null,
    });
  });
});
