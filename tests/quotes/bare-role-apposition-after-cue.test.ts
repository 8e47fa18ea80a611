import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "said NAME, president of …": an apposition after an inverted cue opening with a role word, no article, is the
// speaker's role, as it is when the name comes before the cue ("NAME, president of …, said").
describe('a role without an article in the apposition after an inverted cue', () => {
  test('the role word before "of" and a long body name', () => {
    const text = '"Ticket sales held up," said Dorian Falk, president of the Northern Federation of Drive-In Owners.';
    expect(quote(text, 'Ticket')).toMatchObject({
      type: 'direct', text: 'Ticket sales held up,', start: 1, end: at(text, '," said') + 1,
      speaker: 'Dorian Falk', speaker_mention: 'Dorian Falk', speaker_start: at(text, 'Dorian'), speaker_kind: 'person',
      speaker_role: 'president', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('an office of two words', () => {
    const text = '"Ticket sales held up," said Dorian Falk, chief executive of Palisade Screens, on Friday.';
    expect(quote(text, 'Ticket')).toMatchObject({ speaker: 'Dorian Falk', speaker_role: 'chief executive', cue: 'said' });
  });

  test('near miss: a role word that heads no noun phrase ("chief among the critics") is no title', () => {
    const text = '"Ticket sales held up," said Dorian Falk, chief among the sceptics of the plan.';
    expect(quote(text, 'Ticket')).toMatchObject({ speaker: 'Dorian Falk', speaker_role: null, cue: 'said' });
  });

  test('near miss: a participle phrase says no role', () => {
    const text = '"Ticket sales held up," said Dorian Falk, speaking from Lisbon.';
    expect(quote(text, 'Ticket')).toMatchObject({ speaker: 'Dorian Falk', speaker_role: null, cue: 'said' });
  });
});
