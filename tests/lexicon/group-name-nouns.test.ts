import { expect, test } from 'vitest';
import { isGroupNameNoun } from '../../src/lexicon/group-name-nouns.js';

test('group kind nouns are listed in small letters; company nouns are not', () => {
  expect(isGroupNameNoun('coalition')).toBe(true);
  expect(isGroupNameNoun('alliance')).toBe(true);
  expect(isGroupNameNoun('company')).toBe(false);
});
