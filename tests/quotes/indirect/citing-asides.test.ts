import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"citing X" names a source and reports nothing of its own', () => {
  test('"Reuters, citing the port authority, said …": only the report after the aside', () => {
    const text = 'Reuters, citing the Port Authority, said nine of the crew were missing.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'nine')).toMatchObject({
      type: 'indirect', text: 'nine of the crew were missing', start: at(text, 'nine'), end: at(text, '.'),
      speaker: 'Reuters', cue: 'said', cue_start: at(text, 'said'), outlet: 'Reuters',
    });
  });

  test('"reported the trade, citing sources …": the sources cited are no part of a report', () => {
    const text = 'The Athletic\'s Dana Weir first reported the trade, citing sources close to the club.';
    expect(quotesOf(text).filter((q) => q.text.includes('citing'))).toEqual([]);
  });

  test('near miss: "citing low growth" after a comma, with no verb after the aside, is left alone', () => {
    const text = 'The bank cut its forecast on Monday, citing low growth in the region.';
    const mb = quotesOf(text);
    expect(mb.every((q) => q.cue !== 'said')).toBe(true);
  });
});
