import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "echo" is no speech verb of its own ("by echoing themes embraced by “Leave” supporters" reports nothing);
// before a colon and a quotation it introduces the words, as the colon gesture verbs do.
describe('"echoed:" before a quotation', () => {
  test('a colon after "echoed" gives the quotation to the one who echoed', () => {
    const text = '“We were never told,” said Omar Reyes. His bandmate Tia Cole echoed: “Never.”';
    expect(quote(text, 'Never.')).toMatchObject({
      text: 'Never.', start: at(text, 'Never.'), type: 'direct',
      speaker: 'Tia Cole', speaker_start: at(text, 'Tia Cole'), cue: 'echoed', cue_start: at(text, 'echoed'), outlet: null,
    });
  });

  test('echoing themes is no cue for a quoted word in them', () => {
    const text = 'The senator has won support by echoing themes embraced by “Leave” campaigners in Britain.';
    expect(quotesOf(text)).toEqual([]);
  });
});
