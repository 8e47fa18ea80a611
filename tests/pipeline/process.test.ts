import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

describe('processArticle', () => {
  test('quote offsets index the article text', () => {
    const text = 'Intro.\n\n“We start now,” she said.';
    const result = extractArticle(text, { id: 'a1' });
    expect(result.quotes.map((q) => q.text)).toEqual(['We start now,']);
    for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(result.quotes[0]!.id).toBe('a1#9-22');
  });
});

describe('words that name object properties', () => {
  // Tables looked up by a word of the text once answered these from Object.prototype, and an
  // article holding "constructor" beside a cue failed as a whole.
  test('"constructor", "toString" and "__proto__" in the text are ordinary words', () => {
    const text = 'The constructor said, “We will finish the bridge by June,” in a statement.\n\nA constructor toString __proto__ hasOwnProperty valueOf told reporters that the work was late.';
    const result = extractArticle(text, { id: 'a2' });
    expect(result.quotes.map((q) => [q.type, q.text])).toEqual([
      ['direct', 'We will finish the bridge by June,'],
      ['indirect', 'the work was late'],
    ]);
  });
});
