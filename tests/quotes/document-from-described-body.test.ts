// A document "from" a described body speaks for the body named before. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"said a statement from the company": the company named before speaks', () => {
  test('a statement from "the company" after the quotation is the company named in the sentence before', () => {
    const text = 'Brennock Foods closed its Leeds plant on Monday. “This was a painful decision,” said a statement from the company.';
    expect(quote(text, 'This was')).toMatchObject({
      text: 'This was a painful decision,', type: 'direct', start: at(text, 'This was'), speaker: 'Brennock Foods', speaker_kind: 'organization',
      speaker_mention: 'a statement from the company', speaker_start: at(text, 'a statement'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a statement from a family, which no body named before is, stays unresolved', () => {
    const text = 'Brennock Foods closed its Leeds plant on Monday. “We are heartbroken,” said a statement from the family.';
    expect(quote(text, 'We are')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', cue: 'said' });
  });
});
