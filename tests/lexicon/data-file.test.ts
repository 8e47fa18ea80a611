import { describe, expect, test } from 'vitest';
import { readDataFile, wordSetFrom } from '../../src/lexicon/data-file.js';

describe('data-file', () => {
  test('readDataFile parses a file in data/ by its name', () => {
    const file = readDataFile<{ words: string[] }>('award-participles.json');
    expect(Array.isArray(file.words)).toBe(true);
    expect(file.words.length).toBeGreaterThan(0);
  });

  test('wordSetFrom holds exactly the strings under the key', () => {
    const words = readDataFile<{ words: string[] }>('award-participles.json').words;
    expect(wordSetFrom('award-participles.json', 'words')).toEqual(new Set(words));
  });

  test('a key the file lacks gives an empty set, as new Set(undefined) did', () => {
    expect(wordSetFrom('award-participles.json', 'no_such_key').size).toBe(0);
  });
});
