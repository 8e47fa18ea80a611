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

  test('"Colin Marsh\'s wife, Ida Marsh," is his wife, not the one "his wife" names', () => {
    const text = 'Colin Marsh\'s wife, Ida Marsh, read a poem for Pete Olund. Olund, a keen sailor, was buried on Friday. “He loved the sea,” his wife said.';
    expect(quote(text, 'He loved')).toMatchObject({
      type: 'direct', text: 'He loved the sea,', speaker: null, speaker_mention: 'his wife',
      speaker_start: at(text, 'his wife said'), cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('another couple named after "Their son, NAME," may own "their son": no one', () => {
    const text = 'Ben and Rita Sorel lost their farm. Their son, Max Sorel, 9, was with a neighbour. Colin and Ida Marsh lost theirs too. “We saved the dog,” their son said.';
    expect(quote(text, 'We saved')).toMatchObject({ type: 'direct', text: 'We saved the dog,', speaker: null, speaker_mention: 'their son', cue: 'said' });
  });

  test('another wife named after "His wife, NAME,": no one, never the latest', () => {
    const text = 'Pete Olund drowned on Friday. His wife, Vera Olund, was ashore. Colin Marsh\'s wife, Ida Marsh, was on the boat. “He never sailed alone,” his wife said.';
    expect(quote(text, 'He never')).toMatchObject({ type: 'direct', text: 'He never sailed alone,', speaker: null, speaker_mention: 'his wife', cue: 'said' });
  });

  test('"His mother, NAME," then "his mother said"', () => {
    const text = 'Pete Olund drowned on Friday. His mother, Joan Olund, lives in Hull. “He was a strong swimmer,” his mother said.';
    expect(quote(text, 'He was')).toMatchObject({
      type: 'direct', text: 'He was a strong swimmer,', speaker: 'Joan Olund', speaker_mention: 'his mother',
      speaker_start: at(text, 'his mother said'), cue: 'said', cue_start: at(text, 'said.'),
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
