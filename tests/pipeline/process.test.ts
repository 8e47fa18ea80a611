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
