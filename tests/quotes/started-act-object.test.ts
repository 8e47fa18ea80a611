// "the passenger who started the fight had been “…”": starting a fight is an act, no words begun; the quotation
// is the report's. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a weak cue whose object gives it another sense, in a relative clause before the main verb', () => {
  test('"who started the fight": the quotation stays with the statement that reports it', () => {
    const text = 'Coastline Ferries said in a statement that the passenger who started the brawl had been “barred from all future sailings.”';
    expect(quote(text, 'barred')).toMatchObject({
      text: 'barred from all future sailings.', type: 'partial', speaker: 'Coastline Ferries', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null, start: at(text, 'barred'),
    });
  });

  test('near miss: "say" still reports the clause after such an object ("said goodbye was the hardest word")', () => {
    const text = 'Mira Olsen said goodbye was the hardest word she knew.';
    expect(quote(text, 'goodbye')).toMatchObject({ speaker: 'Mira Olsen', cue: 'said', type: 'indirect' });
  });
});
