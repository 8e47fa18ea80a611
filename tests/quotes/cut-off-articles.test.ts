import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

// Articles cut off mid-sentence (a truncated WARC record, a page that stopped loading) end on any word.
// Rules that read the token after a cue, a question word or "That was" must not run past the last one.
const ARTICLE = [
  'The harbour board met on Monday to weigh the new ferry fares.',
  '“We cannot keep the night boat running at a loss,” said Dana Moss, the board’s chair, in a statement.',
  'According to the board’s own figures, the route lost money in three winters running.',
  'That was according to the annual report. The pilots union criticized the plan, and riders opposed it.',
  'Moss was once asked how she would pay for repairs. She told the Harbour Gazette that fares would rise.',
  'Critics backed a cheaper option, and council member Ivo Grant attacked the fare rise as unfair.',
].join('\n\n');

describe('an article cut off anywhere', () => {
  test.each([
    ['after an object cue', 'Fares rose by a third.\n\nThe pilots union criticized'],
    ['after "That was"', 'The route lost money in three winters running.\n\nThat was'],
    ['after "asked how"', 'Riders opposed it.\n\nMoss was once asked how'],
  ])('%s gives no error', (_, text) => {
    expect(() => quotesOf(text)).not.toThrow();
  });

  test('keeps the quotes before the cut', () => {
    const text = `“We cannot keep the night boat running,” said Dana Moss.\n\nThe pilots union criticized`;
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['We cannot keep the night boat running,', 'Dana Moss']]);
  });

  test('at every word end, the analysis finishes and every quote lies inside the text', () => {
    const failures: string[] = [];
    for (const m of ARTICLE.matchAll(/\S+/g)) {
      const text = ARTICLE.slice(0, m.index! + m[0].length);
      try {
        for (const q of quotesOf(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
      } catch (error) {
        failures.push(`…${text.slice(-30)}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('an article ending in a capitalised name with no full stop', () => {
  test('"… the full interview with Sky News" at the very end: no crash, the quote before kept', () => {
    const text = '“We will rebuild the pier,” Ana Ruiz said on Monday.\n\nWatch the full interview with Sky News';
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([['We will rebuild the pier,', 'Ana Ruiz']]);
  });
});
