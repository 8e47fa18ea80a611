import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a report inside a relative clause with its own subject ("The plan, which she said was rushed, passed") ends at the clause\'s closing comma', () => {
  test('"The budget, which she said was padded, cleared the committee": the predicate only', () => {
    const text = 'Councillor Mira Holt said the hearing ran late. The budget, which she said was padded, cleared the committee on Friday.';
    expect(quote(text, 'was padded')).toMatchObject({
      text: 'was padded', type: 'indirect', start: at(text, 'was padded'), end: at(text, 'was padded') + 'was padded'.length,
      speaker: 'Mira Holt', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said', cue_start: at(text, 'said was'), outlet: null,
    });
    expect(quotesOf(text).some((q) => q.text.includes('cleared'))).toBe(false);
  });

  test('a named subject and an auxiliary before the cue ("which Holt had said would cost millions")', () => {
    const text = 'Councillor Mira Holt said the hearing ran late. The bridge, which Holt had said would cost millions more, opened on Friday.';
    const words = 'would cost millions more';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'indirect', start: at(text, words), end: at(text, words) + words.length, speaker: 'Mira Holt', speaker_mention: 'Holt', cue: 'said', outlet: null });
  });

  test('negative: a relative clause on the speaker ("Holt, who said the plan was padded, voted for it") keeps its whole clause', () => {
    const text = 'Councillor Mira Holt, who said the plan was padded, voted for it anyway.';
    expect(quote(text, 'the plan was padded')).toMatchObject({ text: 'the plan was padded', type: 'indirect', start: at(text, 'the plan was padded'), speaker: 'Mira Holt', cue: 'said', outlet: null });
  });

  test('negative: content not opening on the gapped verb ("which Holt conceded when the polls closed, …") is left as it was', () => {
    const text = 'Councillor Mira Holt lost. The defeat, which Holt conceded when the polls closed, ended her term.';
    expect(quotesOf(text).some((q) => q.text === 'when the polls closed')).toBe(false);
  });
});
