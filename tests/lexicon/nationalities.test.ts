import { expect, test } from 'vitest';
import { nationalityNounWords } from '../../src/lexicon/nationalities.js';

test('a noun for one of a nation at the end of the words: one word or two', () => {
  expect(nationalityNounWords(['the', 'Spaniard'])).toBe(1);
  expect(nationalityNounWords(['the', '23-year-old', 'New', 'Zealander'])).toBe(2);
  expect(nationalityNounWords(['Frenchwoman'])).toBe(1);
});

test('negative: an adjective alone, a word in small letters or nothing is no such noun', () => {
  expect(nationalityNounWords(['the', 'French'])).toBe(0);
  expect(nationalityNounWords(['the', 'spaniard'])).toBe(0);
  expect(nationalityNounWords([])).toBe(0);
});
