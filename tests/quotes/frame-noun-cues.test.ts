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

describe('words quoted after the verb that closes a report noun\'s that-clause are the sentence\'s speaker\'s', () => {
  test('"She said the landlord’s claim that the repairs fixed a “…” was “…”": the second words are hers, the first the landlord’s', () => {
    const text = 'Judge Mary Holt ruled for the tenant. She said the landlord’s claim that the repairs fixed a “serious hazard” was “not borne out by the record”.';
    expect(quote(text, 'not borne')).toMatchObject({
      text: 'not borne out by the record', type: 'partial', speaker: 'Mary Holt', speaker_mention: 'She', speaker_start: at(text, 'She said'),
      cue: 'said', cue_start: at(text, 'said'),
    });
    expect(quote(text, 'serious hazard')).toMatchObject({ type: 'partial', speaker_mention: 'the landlord', cue: 'claim' });
  });

  test('a second quotation still inside the clause stays the owner’s: "his claim that the pier had “…” and “…”"', () => {
    const text = 'The mayor rejected Tom Reed’s claim that the pier had “rotten piles” and “no working lights”.';
    expect(quote(text, 'no working')).toMatchObject({ type: 'partial', speaker: 'Tom Reed', cue: 'claim' });
  });
});
