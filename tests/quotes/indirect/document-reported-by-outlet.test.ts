import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('"According to a memo first reported by OUTLET, CLAUSE": the document speaks, the outlet that reported it has it', () => {
  test('an adverb before "reported by": the memo is the source, the outlet the outlet, the clause after the comma the content', () => {
    const text = 'According to a leaked letter first reported by Polygon, the publisher will cancel three games.';
    const q = quote(text, 'the publisher will');
    expect(q).toMatchObject({
      type: 'indirect', text: 'the publisher will cancel three games', start: at(text, 'the publisher will'),
      speaker: null, speaker_kind: 'anonymous', speaker_mention: 'a leaked letter', speaker_start: at(text, 'a leaked letter'),
      cue: 'According to', cue_start: at(text, 'According to'), outlet: 'Polygon',
    });
  });

  test('"reported by" with no adverb, and "seen by" with one', () => {
    expect(quote('According to an internal email reported by Axios, the firm will cut 200 jobs.', 'the firm')).toMatchObject({ text: 'the firm will cut 200 jobs', speaker_mention: 'an internal email', outlet: 'Axios' });
    expect(quote('According to a draft later seen by Reuters, the fund will be halved.', 'the fund')).toMatchObject({ text: 'the fund will be halved', speaker_mention: 'a draft', outlet: 'Reuters' });
  });

  test('near miss: a body that published a report is the source, and no outlet is given', () => {
    const text = 'According to a report published by the ministry, the fund will be halved.';
    expect(quote(text, 'the fund')).toMatchObject({ text: 'the fund will be halved', speaker: 'the ministry', speaker_kind: 'organization', outlet: null });
  });
});
