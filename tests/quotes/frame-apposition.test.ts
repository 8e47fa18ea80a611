import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a description subject that an apposition names is that person', () => {
  test('"Her old partner, the singer Tomas Ruiz, presented the award and called her “…”" is Ruiz’s', () => {
    const text = 'Her old partner, the singer Tomas Ruiz, presented the award and called her “the sharpest ears in Port Elwin.”';
    expect(quote(text, 'the sharpest')).toMatchObject({
      text: 'the sharpest ears in Port Elwin.', type: 'partial', speaker: 'Tomas Ruiz', speaker_mention: 'Tomas Ruiz',
      speaker_start: at(text, 'Tomas Ruiz'), cue: 'called', cue_start: at(text, 'called'),
    });
  });

  test('a pronoun after such a subject goes to the person named: "One pilot, Mara Okafor, …. “…,” she said."', () => {
    const text = 'One harbour pilot, Mara Okafor, stopped the mayor after the meeting.\n\n“You forgot the north pier again,” she told him.';
    expect(quote(text, 'You forgot')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'she' });
  });

  test('a name after a preposition in the apposition is no speaker: ", the singer from Port Elwin,"', () => {
    const text = 'Her old partner, the singer from Port Elwin, presented the award and called her “the sharpest ears in the town.”';
    expect(quote(text, 'the sharpest')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'Her old partner', cue: 'called' });
  });
});
