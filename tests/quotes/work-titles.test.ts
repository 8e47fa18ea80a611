import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('a title after someone’s part in the work', () => {
  test('"their collaboration on “…”." names a work, even in a sentence with a speaker and cue', () => {
    const text = 'The Harbour Board said in a statement that it was “delighted beyond measure” to work with Mara Okafor again after their collaboration on “Salt Roads.” Filming begins in May.';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toMatchObject([
      { type: 'partial', text: 'delighted beyond measure', start: 51, end: 75, speaker: 'Harbour Board', cue: 'said' },
    ]);
  });

  test('title-case words not right after the part’s preposition stay quoted', () => {
    const text = 'Mara Okafor said her work on the pier was “Slow And Careful.”';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toMatchObject([
      { type: 'partial', text: 'Slow And Careful.', start: 43, end: 60, speaker: 'Mara Okafor', cue: 'said' },
    ]);
  });
});
