import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

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
});
