import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a request told as an event inside another report is no report of its own', () => {
  test('"when X suggested she dye …" inside the content stays part of the outer report', () => {
    const text = 'Mara Okafor said Dunn had once left a board meeting when a trustee suggested she sell the pier.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'Dunn had')).toMatchObject({
      type: 'indirect', text: 'Dunn had once left a board meeting when a trustee suggested she sell the pier',
      start: at(text, 'Dunn had'), speaker: 'Mara Okafor', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"after X demanded they pay …" too; a stated clause after the request verb is still reported', () => {
    const pay = 'Mara Okafor said the talks stalled after the ferry company demanded they pay the fee twice.';
    expect(quotesOf(pay)).toHaveLength(1);
    const stated = 'Mara Okafor said the talks stalled after the ferry company insisted that the fee was fair.';
    expect(quote(stated, 'the fee was fair')).toMatchObject({ type: 'indirect', text: 'the fee was fair', cue: 'insisted', cue_start: at(stated, 'insisted') });
  });
});
