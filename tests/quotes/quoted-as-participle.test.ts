import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"“…,” OUTLET quoted X as saying.": the quoted person speaks, with cue "saying", the outlet carries the words', () => {
  test('a direct quotation before "The Dispatch quoted Mayor NAME as saying"', () => {
    const text = '“We will not back down,” The Seattle Times quoted Mayor Dana Whitfield as saying.';
    expect(quote(text, 'We will not')).toMatchObject({
      text: 'We will not back down,', type: 'direct', start: 1, end: at(text, '”'),
      speaker: 'Dana Whitfield', speaker_mention: 'Dana Whitfield', cue: 'saying', cue_start: at(text, 'saying'), outlet: 'The Seattle Times',
    });
  });

  test('an unnamed source quoted by a news agency', () => {
    const text = '“The deal is off,” Reuters quoted a company spokesman as saying.';
    expect(quote(text, 'The deal')).toMatchObject({ speaker: null, speaker_mention: 'a company spokesman', cue: 'saying', outlet: 'Reuters' });
  });

  test('near miss: "OUTLET quoted the report" quotes a document, the outlet stays the speaker', () => {
    const text = '“The deal is off,” The Seattle Times quoted the memo.';
    expect(quote(text, 'The deal')).toMatchObject({ speaker: 'The Seattle Times', cue: 'quoted', outlet: 'The Seattle Times' });
  });
});
