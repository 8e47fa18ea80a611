import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a document, then a "citing …" aside, then the cue', () => {
  test('"The audit, citing two inspectors, said": the audit reports', () => {
    const text = 'The audit, citing two inspectors, said the bridge needed repairs.';
    expect(quote(text, 'the bridge')).toMatchObject({
      type: 'indirect', text: 'the bridge needed repairs', start: at(text, 'the bridge'), end: at(text, '.'),
      speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The audit', speaker_start: 0, speaker_end: 9,
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"The study, quoting local doctors, found that": a quoting participle too', () => {
    const text = 'The study, quoting local doctors, found that the clinic was understaffed.';
    expect(quote(text, 'the clinic')).toMatchObject({
      type: 'indirect', text: 'the clinic was understaffed', speaker_mention: 'The study', speaker_start: 0, speaker_end: 9, cue: 'found',
    });
  });

  test('near miss: a document with another participle aside gets no quote from this rule', () => {
    const text = 'The audit, showing two charts, said the bridge needed repairs.';
    expect(quotesOf(text)).toHaveLength(0);
  });
});
