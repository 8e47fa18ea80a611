import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "in an interview with BROADCASTER's TITLE": the programme the interview ran on is the outlet, as after "told"/"on".
describe('a broadcaster\'s programme after "interview with" is the outlet', () => {
  test('"said in an interview with CTV\'s TITLE that …": the programme', () => {
    const text = 'Health Minister Renée Castonguay said in an interview with CTV\'s Harbour Report that the wait lists were shrinking.';
    expect(quote(text, 'the wait')).toMatchObject({
      text: 'the wait lists were shrinking', type: 'indirect', start: at(text, 'the wait'),
      speaker: 'Renée Castonguay', speaker_start: at(text, 'Renée'), cue: 'said', cue_start: at(text, 'said'), outlet: 'Harbour Report',
    });
  });

  test('negative: a host named after the possessive keeps the broadcaster', () => {
    const text = 'Health Minister Renée Castonguay said in an interview with CTV\'s Michael Dunlop that the wait lists were shrinking.';
    expect(quote(text, 'the wait')).toMatchObject({ text: 'the wait lists were shrinking', type: 'indirect', speaker: 'Renée Castonguay', cue: 'said', outlet: 'CTV' });
  });
});
