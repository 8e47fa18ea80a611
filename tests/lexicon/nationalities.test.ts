import { describe, expect, test } from 'vitest';
import { isNationalityWord, nationalityNounWords } from '../../src/lexicon/nationalities.js';

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

describe('isNationalityWord', () => {
  test('nationality adjectives and nouns, one or two words', () => {
    expect(isNationalityWord('Hungarian')).toBe(true);
    expect(isNationalityWord('South African')).toBe(true);
  });
  test('near miss: a name is none', () => {
    expect(isNationalityWord('Hungary Jones')).toBe(false);
  });
});
