import { expect, test } from 'vitest';
import { genderOfRelative, relativeNouns } from '../../src/lexicon/relatives.js';
import { genderOfTitle } from '../../src/nlp/names.js';
import { isRoleWord } from '../../src/nlp/words.js';

test('relative nouns: small letters, each once, both spellings of fiancée, no friend (no relative)', () => {
  const words = relativeNouns();
  expect(words).toEqual(expect.arrayContaining(['widow', 'stepdaughter', 'twins', 'fiance', 'fiancée', 'grandmother', 'aunt']));
  expect(words).not.toContain('friend');
  expect(new Set(words).size).toBe(words.length);
  expect(words.every((w) => w === w.toLowerCase())).toBe(true);
});

test('each relative noun gives a gender, unknown where the word does not say', () => {
  expect(genderOfRelative('widow')).toBe('female');
  expect(genderOfRelative('nephew')).toBe('male');
  expect(genderOfRelative('partner')).toBe('unknown');
  expect(genderOfRelative('friend')).toBeUndefined();
});

test('the relatives list is the one source for a relative title\'s gender and for relatives as role words', () => {
  expect(genderOfTitle('Widow')).toBe('female');
  expect(genderOfTitle('uncle')).toBe('male');
  expect(genderOfTitle('Mrs.')).toBe('female');
  expect(genderOfTitle('neighbour')).toBe('unknown');
  expect(relativeNouns().every(isRoleWord)).toBe(true);
  expect(isRoleWord('friend')).toBe(false);
});
