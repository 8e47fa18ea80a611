import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('a name given after a naming word is no quotation', () => {
  test('"nicknamed them “…”" with no cue in its sentence, even after a quoted speaker', () => {
    const text = 'Mara Okafor met Teo Brandt in 2022. At the time, a spokesman for Brandt told the Harbour Gazette that the two were “only colleagues.” Fans, who had already nicknamed them “Marlo,” were not convinced.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['only colleagues.']);
  });

  test('"the so-called “…”" names a thing', () => {
    const text = 'The Harbour Board still runs the so-called “ghost fleet” of idle ferries in Port Elwin.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"dubbed" with its speaker gives the speaker’s own label', () => {
    const text = 'Mara Okafor dubbed the ferry plan “a floating folly.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a floating folly.', start: 35, end: 52, speaker: 'Mara Okafor', cue: 'dubbed' }]);
  });
});
