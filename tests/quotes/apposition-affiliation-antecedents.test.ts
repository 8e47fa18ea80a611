import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name in apposition before "of"/"from"/"at" names the subject description', () => {
  test('"One trader, Name of Firm, questioned the chair, Name, …. “…,” she asked": the subject, not the object', () => {
    const text = 'One trader, Lucinda Abernethy of Greyfold Capital, questioned the chair, Henrietta Moll, about fees. “Who pays for that?” she asked.';
    const q = quote(text, 'Who pays');
    expect(q).toMatchObject({
      type: 'direct', text: 'Who pays for that?', start: at(text, 'Who pays'), speaker: 'Lucinda Abernethy', speaker_kind: 'person',
      speaker_mention: 'she', speaker_start: at(text, 'she asked'), cue: 'asked', outlet: null,
    });
  });

  test('the subject before an earlier speaker of the same gender', () => {
    const text = 'Henrietta Moll said fees would fall. One trader, Lucinda Abernethy of Greyfold Capital, questioned the board about fees. “Who pays for that?” she asked.';
    expect(quote(text, 'Who pays')).toMatchObject({ type: 'direct', speaker: 'Lucinda Abernethy', speaker_mention: 'she', cue: 'asked', outlet: null });
  });

  test('a title before the name: "The panel\'s senior Democrat, Senator Name of State, …. He said …"', () => {
    const text = 'Osgood replied that he was "reviewing the figures."\n\nThe panel\'s senior Democrat, Senator Rupert Halloway of Oregon, pressed the agency. He said the inspectors had missed the warnings.';
    expect(quote(text, 'the inspectors')).toMatchObject({
      type: 'indirect', text: 'the inspectors had missed the warnings', start: at(text, 'the inspectors'), speaker: 'Rupert Halloway',
      speaker_mention: 'He', speaker_start: at(text, 'He said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a description "from" a place with no name before it is still no one named', () => {
    const text = 'Henrietta Moll said fees would fall. One trader from Greyfold Capital questioned the board about fees. “Who pays for that?” she asked.';
    expect(quote(text, 'Who pays')).toMatchObject({ type: 'direct', speaker: 'Henrietta Moll', speaker_mention: 'she' });
  });
  test('a body\'s name with "the" and its own "of": "Another analyst, Name of the Body of Place, was …. …, he said, …"', () => {
    const text = 'Marguerite Olsen said the levee would hold.\n\nAnother engineer, Daniel Brodowski of the Halvard Institute of Hydraulics, was less sure. The soil samples, he said, were too old.';
    expect(quote(text, 'The soil samples')).toMatchObject({
      type: 'indirect', text: 'The soil samples, he said, were too old', start: at(text, 'The soil samples'), speaker: 'Daniel Brodowski',
      speaker_kind: 'person', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: with no name opening the apposition, the description is no one named', () => {
    const text = 'Marguerite Olsen said the levee would hold.\n\nAnother engineer at the Halvard Institute of Hydraulics was less sure. The soil samples, she said, were too old.';
    expect(quote(text, 'The soil samples')).toMatchObject({ type: 'indirect', speaker: 'Marguerite Olsen', speaker_mention: 'she', cue: 'said' });
  });
});
