import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { bangInName, hyphenatedGivenNameAt } from '../../src/nlp/name-shapes.js';

const tokensOf = (text: string) => analyzeArticle({ id: 't', path: 't', text }).tokens;
const indexOf = (tokens: { text: string }[], word: string, from = 0) => tokens.findIndex((t, k) => k >= from && t.text === word);

describe('a hyphenated given name after a family name', () => {
  test('"Lee Hae-won": the given name\'s head after a capitalised family name', () => {
    const tokens = tokensOf('The coach Lee Hae-won spoke after the match.');
    expect(hyphenatedGivenNameAt(tokens, indexOf(tokens, 'Hae'))).toBe(true);
  });

  test('a capitalised second part or no family name before it is not this shape', () => {
    const tokens = tokensOf('Anna Holm-Berg met the well-known coach.');
    expect(hyphenatedGivenNameAt(tokens, indexOf(tokens, 'Holm'))).toBe(false);
    expect(hyphenatedGivenNameAt(tokens, indexOf(tokens, 'well'))).toBe(false);
  });
});

describe('a "!" inside a name', () => {
  test('"Wow! Radio": glued to the word before it and followed by a capitalised word', () => {
    const tokens = tokensOf('A host on Wow! Radio spoke.');
    const bang = indexOf(tokens, '!');
    expect(bangInName(tokens, bang, 0, tokens.length)).toBe(true);
    expect(bangInName(tokens, bang, 0, bang + 1)).toBe(false);
  });

  test('a sentence-ending "!" before a new sentence is not inside a name', () => {
    const tokens = tokensOf('We won ! Then the fans left.');
    expect(bangInName(tokens, indexOf(tokens, '!'), 0, tokens.length)).toBe(false);
  });
});
