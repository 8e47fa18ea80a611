import { describe, expect, test } from 'vitest';
import { KeyWordFilter } from '../../src/text/key-words.js';

describe('KeyWordFilter', () => {
  test('a name may be in a text only if its longest plain capitalised word is', () => {
    const filter = new KeyWordFilter('A-Za-z0-9');
    const words = filter.wordsOf('The Harbour Evening Post ran a story on Channel 4 News.');
    expect(filter.mayBeIn(words, 'Harbour Evening Post')).toBe(true);
    expect(filter.mayBeIn(words, 'Ferry Gazette')).toBe(false);
    expect(filter.mayBeIn(filter.wordsOf('A harbour evening post.'), 'Harbour Evening Post')).toBe(false);
  });

  test('the word to skip is left out only as the first word, and a name with no plain word is always searched for', () => {
    const filter = new KeyWordFilter('A-Za-z', 'The');
    expect(filter.mayBeIn(filter.wordsOf('the Harbourmaster'), 'The Harbourmaster')).toBe(true);
    expect(filter.mayBeIn(filter.wordsOf('The pier'), 'The Harbourmaster')).toBe(false);
    expect(filter.mayBeIn(filter.wordsOf('nothing here'), 'él')).toBe(true);
  });

  test('the character class decides what a word is: digits split words without it', () => {
    const letters = new KeyWordFilter('A-Za-z');
    expect([...letters.wordsOf('Pier7 Ferry')]).toEqual(['Pier', 'Ferry']);
    const digits = new KeyWordFilter('A-Za-z0-9');
    expect([...digits.wordsOf('Pier7 Ferry')]).toEqual(['Pier7', 'Ferry']);
  });
});
