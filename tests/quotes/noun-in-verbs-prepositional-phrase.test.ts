import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "who argues in the program notes that …": a cue-like noun closing a prepositional phrase on a verb is the
// verb's noun ("the program notes"), not a cue with "the program" as its speaker.
describe('a cue-like noun at the end of a verb\'s prepositional phrase is no cue', () => {
  test('"argues in the program notes that …" is the critic\'s argument', () => {
    const text = 'The catalogue includes an essay by the historian Ines Marlow, who argues in the program notes that Varga “rewrote the western for a colder age.”';
    expect(quote(text, 'rewrote the western')).toMatchObject({
      text: 'rewrote the western for a colder age.', type: 'partial', start: at(text, 'rewrote'),
      speaker: 'Ines Marlow', speaker_kind: 'person', speaker_role: 'historian',
      cue: 'argues', cue_start: at(text, 'argues'), outlet: null,
    });
  });

  test('negative: a noun subject before the cue keeps it: "The company notes that …"', () => {
    const text = 'The company notes that sales “fell sharply in the quarter.”';
    expect(quote(text, 'fell sharply')).toMatchObject({
      text: 'fell sharply in the quarter.', type: 'partial', speaker: 'The company', speaker_start: 0,
      cue: 'notes', cue_start: at(text, 'notes'), outlet: null,
    });
  });
});
