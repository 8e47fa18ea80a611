// A nation's adjective and an outlet's kind before a name, without "the". Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"what Dutch newspaper Harlinger Dagblad called": a nation\'s outlet kind without an article names the outlet', () => {
  test('the name after "Dutch newspaper" is the outlet speaking, no person', () => {
    const text = 'Fans threw flares onto the pitch, what Dutch newspaper Harlinger Dagblad called a “night of shame”.';
    expect(quote(text, 'night of shame')).toMatchObject({
      text: 'night of shame', type: 'partial', start: at(text, 'night of'), end: at(text, '”.'), speaker: 'Harlinger Dagblad', speaker_kind: 'outlet',
      speaker_start: at(text, 'Harlinger'), speaker_end: at(text, ' called'), cue: 'called', outlet: 'Harlinger Dagblad',
    });
  });

  test('near miss: a job\'s kind word ("Irish broadcaster Dermot Ashe") keeps the person without the article', () => {
    const text = 'Irish broadcaster Dermot Ashe said the show would end in May.';
    expect(quote(text, 'the show')).toMatchObject({ speaker: 'Dermot Ashe', speaker_kind: 'person', cue: 'said', outlet: null });
  });

  test('near miss: a nation\'s adjective before a player\'s position keeps the person', () => {
    const text = 'Dutch winger Ruud Kamp said the crowd had been unfair.';
    expect(quote(text, 'the crowd')).toMatchObject({ speaker: 'Ruud Kamp', speaker_kind: 'person', cue: 'said', outlet: null });
  });
});
