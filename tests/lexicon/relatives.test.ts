import { expect, test } from 'vitest';
import { relativeNouns } from '../../src/lexicon/relatives.js';

test('relative nouns: small letters, each once, both spellings of fiancée, no friend (no relative)', () => {
  const words = relativeNouns();
  expect(words).toEqual(expect.arrayContaining(['widow', 'stepdaughter', 'twins', 'fiance', 'fiancée']));
  expect(words).not.toContain('friend');
  expect(new Set(words).size).toBe(words.length);
  expect(words.every((w) => w === w.toLowerCase())).toBe(true);
});
