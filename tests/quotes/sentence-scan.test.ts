import { describe, expect, test } from 'vitest';
import type { Token } from '../../src/types.js';
import { isClausePunctuation, isPhraseBreak } from '../../src/quotes/sentence-scan.js';

const token = (text: string): Token => ({ start: 0, end: text.length, text, normal: text.toLowerCase(), pos: /\w/.test(text) ? 'NOUN' : 'PUNCT', lemma: text, type: 'word' });

describe('punctuation where a clause may open, or a phrase stops', () => {
  test('after a full stop, a question or exclamation mark, a comma, colon or semicolon a clause may open', () => {
    expect(['.', '!', '?', ',', ';', ':'].every((t) => isClausePunctuation(token(t)))).toBe(true);
  });

  test('negative: no clause opens after a bracket, a dash, a quotation mark or a word', () => {
    expect(['(', '—', '“', 'and'].some((t) => isClausePunctuation(token(t)))).toBe(false);
  });

  test('a comma, colon, semicolon, bracket, dash or quotation mark stops a phrase', () => {
    expect([',', ';', ':', '(', ')', '—', '–', '--', '“', '”', '"'].every((t) => isPhraseBreak(token(t)))).toBe(true);
  });

  test('negative: a full stop, a hyphen or a word does not', () => {
    expect(['.', '-', 'and'].some((t) => isPhraseBreak(token(t)))).toBe(false);
  });
});
