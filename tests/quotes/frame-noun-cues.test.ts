import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a cue word after "the following" is a noun, not a verb with "the following" as its speaker', () => {
  test('"Kell made the following comment: “…”": the quote is Kell\'s, "the following" is no speaker', () => {
    const text = 'At the ferry meeting, Ana Kell made the following comment: “Half the crossings on the night timetable run nearly empty.”';
    expect(quote(text, 'Half the crossings')).toMatchObject({
      type: 'direct', start: at(text, 'Half the crossings'), speaker: 'Ana Kell', speaker_mention: 'Ana Kell', speaker_start: at(text, 'Ana Kell'),
    });
  });

  test('a plural subject before the plain form keeps it a verb: "The following students comment …: “…”"', () => {
    const text = 'The following students comment on the plan: “We want a vote.”';
    expect(quote(text, 'We want')).toMatchObject({ speaker_mention: 'The following students', cue: 'comment', cue_start: at(text, 'comment') });
  });

  test('"made the following comment:" is the cue, so a short quotation after it is kept', () => {
    const text = 'The vote went against her. Ana Kell made the following comment: “We will appeal.”';
    expect(quote(text, 'We will appeal')).toMatchObject({
      type: 'direct', text: 'We will appeal.', start: at(text, 'We will appeal'), speaker: 'Ana Kell', speaker_mention: 'Ana Kell',
      cue: 'made the following comment', cue_start: at(text, 'made the'), cue_end: at(text, ': “'),
    });
  });

  test('negative: a clause before "released the following statement" is not reported', () => {
    const text = 'When the pier closed in 1998, Mayor Ana Kell released the following statement: “We will rebuild it together.”';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.type)).toEqual(['direct']);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Kell', cue: 'released the following statement' });
  });

  test('negative: "made the following changes" is no cue', () => {
    const text = 'Ana Kell made the following changes to the plan: “fewer night crossings.”';
    expect(quotesOf(text).filter((q) => q.cue !== null && q.cue.includes('following'))).toEqual([]);
  });
});

describe('a possessive report noun after a verb of repeating: "The governor repeated his claim that …"', () => {
  test('the sentence subject owns the report, not an unresolved "his"', () => {
    const text = 'The governor repeated his claim that the tax plan was “fair.”';
    expect(quote(text, 'fair')).toMatchObject({
      type: 'partial', text: 'fair.', speaker_mention: 'The governor', speaker_start: at(text, 'The governor'), speaker_kind: 'anonymous', cue: 'claim', cue_start: at(text, 'claim'),
    });
    const named = 'After the vote, Pell reiterated her warning that the dam was “unsafe.”';
    expect(quote(named, 'unsafe')).toMatchObject({ type: 'partial', speaker: 'Pell', speaker_mention: 'Pell', cue: 'warning' });
  });

  test('an indirect report through the noun too', () => {
    const text = 'The governor repeated his claim that the tax plan was fair.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the tax plan was fair', speaker_mention: 'The governor', cue: 'claim' }]);
  });

  test('not after a verb that answers someone else\'s claim: "dismissed his claim"', () => {
    const text = 'The governor dismissed his claim that the tax plan was “fair.”';
    expect(quote(text, 'fair').speaker_mention).toBe('his');
  });
});
