import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"OFFICE of the BODY NAME said": the person after a body named head word first or ending in "Society"', () => {
  test('"Director of the Library Rosewood Heath Lena Marsh": a body opening with its head word, then a place', () => {
    const text = 'Director of the Library Rosewood Heath Lena Marsh said the east rooms would close in May.';
    expect(quote(text, 'the east')).toMatchObject({
      type: 'indirect', text: 'the east rooms would close in May', start: at(text, 'the east'),
      speaker: 'Lena Marsh', speaker_mention: 'Lena Marsh', speaker_start: at(text, 'Lena'), speaker_kind: 'person',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"Chair of the Harbour Rowing Society Paula Ortiz Vega": three name words after "Society"', () => {
    const text = 'Chair of the Harbour Rowing Society Paula Ortiz Vega said the regatta was cancelled.';
    expect(quote(text, 'the regatta')).toMatchObject({
      type: 'indirect', text: 'the regatta was cancelled', speaker: 'Paula Ortiz Vega', speaker_mention: 'Paula Ortiz Vega',
      speaker_start: at(text, 'Paula'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('no name after the body: "Director of the Library Rosewood Park said" stays a description', () => {
    expect(quote('Director of the Library Rosewood Park said the east rooms would close.', 'the east')).toMatchObject({
      speaker: null, speaker_mention: 'Director of the Library Rosewood Park',
    });
  });
});

describe('"his wife said": a possessive pronoun and a relative noun is the one the article named so', () => {
  test('"His sister, Mara Quill, …" then "his sister said"', () => {
    const text = 'His sister, Mara Quill, drove up from Leeds. “It has been a long year,” his sister said.';
    expect(quote(text, 'It has been')).toMatchObject({
      type: 'direct', text: 'It has been a long year,', speaker: 'Mara Quill', speaker_mention: 'his sister',
      speaker_start: at(text, 'his sister said'), cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('"Their son, Tom Brandt, …" then "their son said", past another person named between', () => {
    const text = 'Their son, Tom Brandt, sat in the front row. Judge Ada Pell read the ruling. Their son said the family would appeal.';
    expect(quote(text, 'the family')).toMatchObject({
      type: 'indirect', text: 'the family would appeal', speaker: 'Tom Brandt', speaker_mention: 'Their son', cue: 'said',
    });
  });

  test('no one named as that relative: the description stays unnamed', () => {
    const text = 'Ada Pell spoke first. “It has been a long year,” her sister said.';
    expect(quote(text, 'It has been')).toMatchObject({ speaker: null, speaker_mention: 'her sister' });
  });
});

describe('"The Ledger said": a paper the article writes with "The" inside a sentence keeps its "The"', () => {
  test('"told The Courier" earlier, then "The Courier said"', () => {
    const text = 'The harbour master spoke to The Courier on Friday. The Courier said the pier had been sold.';
    expect(quote(text, 'the pier')).toMatchObject({
      type: 'indirect', text: 'the pier had been sold', speaker: 'The Courier', speaker_mention: 'The Courier',
      speaker_start: at(text, 'The Courier said'), speaker_kind: 'organization', cue: 'said',
    });
  });
});

describe('"The publisher of NAME said": a doer noun of a name is the one described, not the name', () => {
  test('"The distributor of Northlight said"', () => {
    const text = 'The distributor of Northlight said the copies were recalled.';
    expect(quote(text, 'the copies')).toMatchObject({
      type: 'indirect', text: 'the copies were recalled', speaker: null, speaker_mention: 'The distributor of Northlight',
      speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
  });
});
