import { describe, expect, test } from 'vitest';
import type { Token } from '../../src/types.js';
import { groupWord, isPluralNoun } from '../../src/nlp/words.js';

const token = (text: string, pos: string): Token => ({ text, normal: text.toLowerCase(), lemma: text.toLowerCase(), pos, type: 'word', start: 0, end: text.length });

describe('group words before a verb', () => {
  test('plurals, counts, shares, quantifiers and "who" are groups', () => {
    for (const [w, pos] of [['pilots', 'NOUN'], ['Democrats', 'PROPN'], ['42', 'NUM'], ['percent', 'NOUN'], ['most', 'ADJ'], ['both', 'DET'], ['all', 'DET'], ['who', 'PRON']] as const) {
      expect(groupWord(token(w, pos))).toBe(true);
    }
  });

  test('a word in -ss, a possessive or a singular is none', () => {
    expect(isPluralNoun(token('press', 'NOUN'))).toBe(false);
    expect(isPluralNoun(token("pilots'", 'NOUN'))).toBe(false);
    expect(groupWord(token('pilot', 'NOUN'))).toBe(false);
    expect(groupWord(token('the', 'DET'))).toBe(false);
  });
});
