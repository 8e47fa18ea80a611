import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

// "The records she kept, she said, showed …": the words before the frame hold only a relative clause's verb;
// the sentence's own verb resumes after the frame, so the content is the whole sentence (the cover, as for
// any frame set inside its sentence: parenthetical-frame-span.test.ts), not the subject alone.
describe('a parenthetical frame between a subject and its resumed verb', () => {
  test('the whole sentence, not the subject with its relative clause', () => {
    const text = 'Nadia Orlov kept the ledgers for a decade. The records she kept, she said, showed payments to three shell firms.';
    const q = quote(text, 'The records');
    expect(q).toMatchObject({
      text: 'The records she kept, she said, showed payments to three shell firms', type: 'indirect',
      start: at(text, 'The records'), end: text.length - 1, speaker: 'Nadia Orlov', speaker_start: at(text, 'she said'),
      cue: 'said', cue_start: at(text, 'said,'), outlet: null,
    });
  });

  test('near miss: a whole clause before the frame and a participle after it keeps the clause alone', () => {
    const text = 'Nadia Orlov kept the ledgers for a decade. The records were complete, she said, adding that nothing was missing.';
    expect(quote(text, 'The records')).toMatchObject({
      text: 'The records were complete', type: 'indirect', start: at(text, 'The records'), speaker: 'Nadia Orlov', cue: 'said',
    });
  });
});
