import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"CLAUSE, he said, a N known as …": the apposition after the frame is the writer\'s', () => {
  test('the content is the clause before ", he said,"', () => {
    const text = 'Dr. Amsel examined the crew. Divers can lose feeling in their hands after long dives, she said, a condition known as cold neuropathy.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'Divers')).toMatchObject({
      type: 'indirect', text: 'Divers can lose feeling in their hands after long dives', start: at(text, 'Divers'), end: at(text, ', she said'),
      speaker_mention: 'she', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a frame inside the sentence whose verb follows still reports the whole sentence', () => {
    const text = 'Dr. Amsel examined the crew. The divers, she said, had lost feeling in their hands.';
    expect(quote(text, 'The divers')).toMatchObject({ type: 'indirect', start: at(text, 'The divers'), end: text.length - 1, cue: 'said' });
  });
});
