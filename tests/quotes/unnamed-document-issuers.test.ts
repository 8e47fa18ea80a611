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

  test('a family or a person who gave a statement speaks through "The statement said" (already so; kept)', () => {
    const text = 'Tom Reyes died on Friday. In a statement, the Reyes family said they were heartbroken. The statement said the family would not comment further.';
    expect(quote(text, 'the family would')).toMatchObject({ type: 'indirect', speaker: 'the Reyes family', speaker_mention: 'The statement', speaker_start: at(text, 'The statement'), cue: 'said' });
    const named = 'In a statement, Mara Okafor said she was stepping down. The statement said she would stay until June.';
    expect(quote(named, 'she would stay')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_kind: 'person', speaker_mention: 'The statement', cue: 'said' });
  });
});
