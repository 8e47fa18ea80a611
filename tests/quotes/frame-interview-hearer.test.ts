import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('the one an interview was given to is no subject of the verb after it (frame.ts interviewHearer)', () => {
  test('"X said …, and in an interview with CNN called again for “…”": the sentence\'s subject speaks, the outlet is CNN', () => {
    const text = 'Lena Ortiz said in a post online that the talks had stalled, and in an interview with CNN called again for “a vote before the summer.”';
    expect(quote(text, 'a vote')).toMatchObject({ text: 'a vote before the summer.', type: 'partial', start: at(text, 'a vote'), speaker: 'Lena Ortiz', cue: 'called', outlet: 'CNN' });
  });

  test('"X in an interview with the Ledger called the plan “…”": no comma around the interview either', () => {
    const text = 'Mayor Tom Bell in an interview with the Ledger called the plan “a bad joke.”';
    expect(quote(text, 'a bad joke')).toMatchObject({ type: 'partial', speaker: 'Tom Bell', cue: 'called', outlet: 'Ledger' });
  });
});
