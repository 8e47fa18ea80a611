import { describe, expect, test } from 'vitest';
import { quotesOf } from '../../helpers/quotes.js';

describe('a "that" of time between a cue and its clause', () => {
  test('"later that evening" after a listener is a time, the next "that" opens the clause', () => {
    const text = 'Marisol Quent told the Ledger later that evening that she would appeal the fine.';
    expect(quotesOf(text)).toMatchObject([
      {
        type: 'indirect', text: 'she would appeal the fine', start: text.indexOf('she would'), end: text.indexOf('.', text.length - 2),
        speaker: 'Marisol Quent', cue: 'told', cue_start: text.indexOf('told'), outlet: 'Ledger',
      },
    ]);
  });

  test('"that morning that …": the time, then the clause', () => {
    const text = 'Marisol Quent said that morning that the ferry would not sail.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the ferry would not sail', start: text.indexOf('the ferry'), speaker: 'Marisol Quent', cue: 'said', outlet: null },
    ]);
  });

  test('near miss: "that" before a unit that starts the clause\'s subject stays the complementizer', () => {
    const text = 'Marisol Quent said that day trips to the island would be cancelled.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'day trips to the island would be cancelled', start: text.indexOf('day trips'), speaker: 'Marisol Quent', cue: 'said' },
    ]);
  });
});
