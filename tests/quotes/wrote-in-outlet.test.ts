import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('"wrote in OUTLET" gives the outlet', () => {
  test('a reported clause after "wrote in The Guardian that"', () => {
    const text = 'Lina Osei wrote in The Guardian that the bridge should never have been sold.';
    expect(quotesOf(text)).toMatchObject([
      {
        type: 'indirect', text: 'the bridge should never have been sold', start: text.indexOf('the bridge'),
        speaker: 'Lina Osei', cue: 'wrote', cue_start: text.indexOf('wrote'), outlet: 'The Guardian',
      },
    ]);
  });

  test('"wrote in a letter" names no outlet', () => {
    const text = 'Lina Osei wrote in a letter that the bridge should never have been sold.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', speaker: 'Lina Osei', cue: 'wrote', outlet: null }]);
  });
});

describe('"wrote in" a name in quotation marks', () => {
  test('a write-in vote for a person names no outlet', () => {
    const text = 'In 1996 I wrote in “Lena Marsh” on my first ballot, and I said I wanted my vote to count.';
    expect(quotesOf(text).map((q) => q.outlet)).not.toContain('Lena Marsh');
  });
});
