import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// A body named in another language ("Université de …", "Universidad de …") is where the person works, as
// "of the University of …" is: "NAME of the BODY said" is NAME's.
describe('a person of an institution named in another language speaks', () => {
  test('"NAME of the Université de X said": the person, not the body', () => {
    const text = 'Climate economist Martine Delisle-Fortin of the Université de Sherbrooke said the levy was too low.';
    expect(quote(text, 'the levy')).toMatchObject({
      text: 'the levy was too low', type: 'indirect', start: at(text, 'the levy'),
      speaker: 'Martine Delisle-Fortin', speaker_kind: 'person', speaker_start: at(text, 'Martine'), speaker_role: 'climate economist',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"NAME of the Universidad del X said": a joining word of the other language stays in the body', () => {
    const text = 'Historian Tomás Arrieta of the Universidad del Pacífico said the archive had been sold.';
    expect(quote(text, 'the archive')).toMatchObject({
      text: 'the archive had been sold', type: 'indirect', speaker: 'Tomás Arrieta', speaker_start: at(text, 'Tomás'), cue: 'said', outlet: null,
    });
  });

  test('negative: a person\'s own small-letter particle keeps the name whole', () => {
    const text = 'Sofía de la Fuente said the archive had been sold.';
    expect(quote(text, 'the archive')).toMatchObject({ speaker: 'Sofía de la Fuente', speaker_start: 0, cue: 'said' });
  });
});

// A given name the data does not know, before a hyphenated surname, still reads as a person's name before "of".
describe('an unknown given name with a hyphenated surname before "of the BODY said"', () => {
  test('"NAME Surname-Surname of the University of X said": the person speaks', () => {
    const text = 'Perrine Gagnon-Lacasse of the University of Moncton said the turnout was low.';
    expect(quote(text, 'the turnout')).toMatchObject({
      text: 'the turnout was low', type: 'indirect', start: at(text, 'the turnout'),
      speaker: 'Perrine Gagnon-Lacasse', speaker_kind: 'person', speaker_start: 0,
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: a place word in the run keeps the body the speaker', () => {
    const text = 'Silver Lake-Fortin of the University of Moncton said the turnout was low.';
    expect(quote(text, 'the turnout')).toMatchObject({ speaker: 'University of Moncton', cue: 'said' });
  });
});
