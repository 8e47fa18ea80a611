import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { beforeAge, beforeHomeTown, homeTownAfterAge, isHomeTownWord } from '../../src/nlp/home-towns.js';

const tokensOf = (text: string) => analyzeArticle({ id: 't', path: 't', text }).tokens;
const indexOf = (tokens: { text: string }[], word: string, from = 0) => tokens.findIndex((t, k) => k >= from && t.text === word);

describe('a home town after a name and an age', () => {
  test('"of" and "from" open a home town; other prepositions do not', () => {
    const tokens = tokensOf('Ana Ruiz of Tarwick and Ben Ito from Elton met Cara Lund in Dover.');
    expect(isHomeTownWord(tokens, indexOf(tokens, 'of'))).toBe(true);
    expect(isHomeTownWord(tokens, indexOf(tokens, 'from'))).toBe(true);
    expect(isHomeTownWord(tokens, indexOf(tokens, 'in'))).toBe(false);
  });

  test('homeTownAfterAge: the town right after ", 19, of" or ", 22, from"; not without an age', () => {
    const aged = tokensOf('Deja Moss, 19, of Memphis, and Tara Bell, 22, from Elton, spoke.');
    expect(homeTownAfterAge(aged, indexOf(aged, 'Memphis'))).toBe(true);
    expect(homeTownAfterAge(aged, indexOf(aged, 'Elton'))).toBe(true);
    const bare = tokensOf('Deja Moss of Memphis spoke, and so did a friend, of Elton.');
    expect(homeTownAfterAge(bare, indexOf(bare, 'Memphis'))).toBe(false);
    expect(homeTownAfterAge(bare, indexOf(bare, 'Elton'))).toBe(false);
  });

  test('beforeAge and beforeHomeTown step back to the comma after the name', () => {
    const tokens = tokensOf('Dana Reyes, 29, of Elton, Md., said the pier must stay.');
    const nameComma = indexOf(tokens, ',');
    const ageComma = indexOf(tokens, ',', nameComma + 1);
    expect(beforeAge(tokens, ageComma)).toBe(nameComma);
    expect(beforeHomeTown(tokens, indexOf(tokens, ',', ageComma + 1), 0)).toBe(nameComma);
    expect(beforeHomeTown(tokens, ageComma, 0)).toBe(nameComma);
    // (A comma with no home town after or before it is its own.)
    const plain = tokensOf('Dana Reyes, the mayor, said the pier must stay.');
    const second = indexOf(plain, ',', indexOf(plain, ',') + 1);
    expect(beforeHomeTown(plain, second, 0)).toBe(second);
  });
});
