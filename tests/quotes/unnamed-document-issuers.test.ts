import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a document an unnamed person issued speaks for that person, not for one named earlier', () => {
  test('"A Harbin Rail spokeswoman said in a statement …. “…,” the statement said" is the unnamed spokeswoman', () => {
    const text = 'Pavel Strand resigned on the spot. "I was wrong," he said.\n\nA Harbin Rail spokeswoman said in a statement that the line would reopen in June. "Safety comes before the timetable," the statement said.';
    expect(quote(text, 'Safety comes')).toMatchObject({
      type: 'direct', text: 'Safety comes before the timetable,', start: at(text, 'Safety comes'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'the statement', speaker_start: at(text, 'the statement said'), cue: 'said', outlet: null,
    });
  });

  test('negative: a body named as the issuer still speaks through its statement', () => {
    const text = 'Pavel Strand resigned on the spot. "I was wrong," he said.\n\nHarbin Rail Corporation said in a statement that the line would reopen in June. "Safety comes before the timetable," the statement said.';
    expect(quote(text, 'Safety comes')).toMatchObject({ type: 'direct', speaker: 'Harbin Rail Corporation', speaker_mention: 'the statement', cue: 'said' });
  });
});
