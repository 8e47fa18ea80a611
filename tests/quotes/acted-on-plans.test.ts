import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a plan put forward as the object of a verb acting on it', () => {
  test('"a sketch mocking the governor\'s proposal to …" reports nothing of the governor', () => {
    const text = 'The show closed with a sketch mocking the governor\'s proposal to sell the ferry line.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"voters blocked the council\'s plan to …": no report with the cue "plan"', () => {
    const text = 'Last spring voters blocked the council\'s plan to close the harbour baths.';
    expect(quotesOf(text).filter((q) => q.cue === 'plan')).toEqual([]);
  });

  test('near miss: a plan in subject place stays its owner\'s report', () => {
    const text = 'The governor\'s proposal to sell the ferry line drew fire.';
    expect(quote(text, 'to sell')).toMatchObject({ text: 'to sell the ferry line', type: 'indirect', start: at(text, 'to sell'), speaker_mention: 'The governor', cue: 'proposal', outlet: null });
  });

  test('near miss: a decision after a verb stays a report', () => {
    const text = 'Ines Varga talked about her decision to quit the orchestra.';
    expect(quote(text, 'to quit')).toMatchObject({ text: 'to quit the orchestra', type: 'indirect', speaker_mention: 'her', cue: 'decision' });
  });
});
