import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

// "NAME, 74, who said …": the age set off by commas is the name's, so "who" still stands for the name.
describe('a "who said" clause after a name and its age', () => {
  test('the relative clause reports its own clause, the name its speaker', () => {
    const text = 'Harold Pryce, 81, who said he had fished the reservoir since boyhood, spoke against the sale.';
    expect(quote(text, 'he had fished')).toMatchObject({
      type: 'indirect', text: 'he had fished the reservoir since boyhood', start: at(text, 'he had fished'),
      speaker: 'Harold Pryce', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a count before "who" is no one\'s age, no speaker', () => {
    const text = 'Of the 40 residents polled, 31, who said the branch mattered, signed the petition.';
    expect(() => quote(text, 'the branch mattered')).toThrow();
  });
});
