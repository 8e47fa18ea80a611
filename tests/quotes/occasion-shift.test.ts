import { describe, expect, test } from 'vitest';
import { lowerWords } from '../../src/quotes/occasion-shift.js';

/** The Unicode split lowerWords keeps for text beyond ASCII and common punctuation. */
const unicodeWords = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

describe('lowerWords', () => {
  test('plain narration: lower-cased words, apostrophes and hyphens kept inside them', () => {
    expect(lowerWords("Back in 2019, Mara Okafor's well-known “Harbour Board” speech — ‘a first’…")).toEqual(['back', 'in', '2019', 'mara', "okafor's", 'well-known', 'harbour', 'board', 'speech', 'a', 'first’']);
    expect(lowerWords('At the Port Elwin gala, the mayor’s aide said')).toEqual(['at', 'the', 'port', 'elwin', 'gala', 'the', 'mayor’s', 'aide', 'said']);
  });

  test('plain narration reads as the Unicode split does (a closing ’ counts as an apostrophe there too)', () => {
    for (const s of ["Mara Okafor's ‘first’ … vote", 'Harbour Board\u00a0chair — Port Elwin – 2020']) expect(lowerWords(s)).toEqual(unicodeWords(s));
  });

  test('no words at all gives an empty list', () => {
    expect(lowerWords('')).toEqual([]);
    expect(lowerWords(' , “ ” — ')).toEqual([]);
  });

  test('text beyond ASCII reads as the Unicode split does', () => {
    for (const s of ['Élise Okafor in São Paulo', 'İZMIR Board', 'ΟΔΟΣ.Α', 'Mara_Okafor said', '港 Harbour']) expect(lowerWords(s)).toEqual(unicodeWords(s));
  });
});
