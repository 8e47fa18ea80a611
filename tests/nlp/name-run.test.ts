import { describe, expect, test } from 'vitest';
import type { Token } from '../../src/types.js';
import { nameRunEnd } from '../../src/nlp/name-run.js';

const tokens = (words: [string, string][]): Token[] => words.map(([text, pos]) => ({ text, normal: text.toLowerCase(), lemma: text.toLowerCase(), pos, type: 'word', start: 0, end: text.length }));

describe('nameRunEnd', () => {
  const asked = tokens([['asked', 'VERB'], ['Ana', 'PROPN'], ['Ruiz', 'PROPN'], ['whether', 'SCONJ']]);

  test('ends after the capitalised proper nouns', () => {
    expect(nameRunEnd(asked, 1, asked.length)).toBe(3);
  });

  test('stops at the limit', () => {
    expect(nameRunEnd(asked, 1, 2)).toBe(2);
  });

  test('no run where no name starts, nor over a small-letter proper noun or a capitalised common noun', () => {
    expect(nameRunEnd(asked, 0, asked.length)).toBe(0);
    expect(nameRunEnd(tokens([['ruiz', 'PROPN']]), 0, 1)).toBe(0);
    expect(nameRunEnd(tokens([['Ferry', 'NOUN']]), 0, 1)).toBe(0);
  });
});
