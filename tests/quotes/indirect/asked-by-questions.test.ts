import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// No gold set annotates the question of "Asked (by X) whether …" as a report: the asker's question sets up
// the answer, which is the quote.
describe('"Asked by X whether …, Y said …": only the answer is a quote', () => {
  test('the senator\'s question is no quote; the answer is the official\'s', () => {
    const text = 'Asked by Councillor Dana Reyes whether any contract had been cancelled, the clerk Pavel Brno said two contracts had ended in May.';
    expect(quotesOf(text).filter((q) => q.text.startsWith('whether'))).toEqual([]);
    expect(quote(text, 'two contracts')).toMatchObject({
      type: 'indirect', text: 'two contracts had ended in May', start: at(text, 'two contracts'), end: text.length - 1,
      speaker: 'Pavel Brno', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: the active "NAME asked whether …" is still the asker\'s reported question', () => {
    const text = 'Councillor Dana Reyes asked whether any contract had been cancelled.';
    expect(quote(text, 'whether any')).toMatchObject({ type: 'indirect', text: 'whether any contract had been cancelled', start: at(text, 'whether'), speaker: 'Dana Reyes', cue: 'asked', outlet: null });
  });
});
