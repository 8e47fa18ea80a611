import { expect, test } from 'vitest';
import { genderOfRelative, relativeNouns } from '../../src/lexicon/relatives.js';
import { genderOfTitle } from '../../src/nlp/names.js';
import { quote } from '../helpers/quotes.js';

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

test('the relatives list is the one source for a relative title\'s gender', () => {
  expect(genderOfTitle('Widow')).toBe('female');
  expect(genderOfTitle('uncle')).toBe('male');
  expect(genderOfTitle('Mrs.')).toBe('female');
  expect(genderOfTitle('neighbour')).toBe('unknown');
});

test('a relative opening the sentence before a name is a title, not part of the name: "Widower Tomas Brandt said"', () => {
  const text = 'Widower Tomas Brandt said the farm would be sold.';
  expect(quote(text, 'the farm')).toMatchObject({ type: 'indirect', speaker: 'Tomas Brandt', speaker_mention: 'Tomas Brandt', speaker_kind: 'person', cue: 'said' });
});

test('negative: a plural relative word naming a team after "The" is the team, not a role ("The Twins added")', () => {
  const text = 'The Harlow Twins said the match was moved. The Twins added that tickets would be honored.';
  expect(quote(text, 'tickets would')).toMatchObject({ type: 'indirect', speaker: 'Twins', speaker_mention: 'Twins', speaker_kind: 'organization', cue: 'added' });
  expect(quote(text, 'the match')).toMatchObject({ speaker_mention: 'Harlow Twins', cue: 'said' });
});
