import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "The sponsor, a sportswear company, said …": a definite noun no list knows, then the kind of body it is, speaks as
// "The owner, a local firm, said" does; the report was lost with no speaker found.
describe('an unnamed body described in apposition by the kind of body it is', () => {
  test('"The sponsor, a sportswear company, said": the head speaks, unnamed', () => {
    const text = 'The sprinter was banned for two years. The sponsor, a sportswear company, said the deal was under review.';
    expect(quote(text, 'the deal')).toMatchObject({
      type: 'indirect', text: 'the deal was under review', start: at(text, 'the deal'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The sponsor', speaker_start: at(text, 'The sponsor'), cue: 'said', outlet: null,
    });
  });

  test('with a nationality before the kind noun: "The insurer, a French company, said"', () => {
    const text = 'The insurer, a French company, said the claim was under review.';
    expect(quote(text, 'the claim')).toMatchObject({ type: 'indirect', speaker_mention: 'The insurer', cue: 'said' });
  });

  test('a head inside a clause is left as before (negative case)', () => {
    const text = 'Shares fell after the sponsor, a sportswear company, said the deal was under review.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'the sponsor')).toBe(false);
  });
});
