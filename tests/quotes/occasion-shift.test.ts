import { describe, expect, test } from 'vitest';
import { datedDifferently, lowerWords, type SentencePlace } from '../../src/quotes/occasion-shift.js';
import type { ExtractedQuote } from '../../src/types.js';

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

/** Sentences ending in ". " (enough for the narration below). */
const placeIn = (text: string): SentencePlace => ({
  sentenceAt: (offset) => {
    const start = text.lastIndexOf('. ', offset - 1) + 1;
    const stop = text.indexOf('. ', offset);
    return { start: start === 0 ? 0 : start + 1, end: stop < 0 ? text.length : stop + 1 };
  },
});

/** Just the offsets datedDifferently reads of a quote. */
const quoteAt = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length }) as ExtractedQuote;

describe('datedDifferently: the quote\'s sentence dates it otherwise than the sentence of the quote before', () => {
  const text = 'On Monday Ivo Brand said the lock would open. On Friday he said “it stays shut” to the crew.';
  const since = text.indexOf('would open') + 'would open'.length;

  test('a later sentence "On Friday" after one "On Monday" is another date', () => {
    expect(datedDifferently(quoteAt(text, 'it stays shut'), text, placeIn(text), since)).toBe(true);
  });

  test('negative: the same day again, no quote before, or the quote before in the same sentence is no other date', () => {
    const same = text.replace('On Friday', 'On Monday');
    expect(datedDifferently(quoteAt(same, 'it stays shut'), same, placeIn(same), since)).toBe(false);
    expect(datedDifferently(quoteAt(text, 'it stays shut'), text, placeIn(text), 0)).toBe(false);
    expect(datedDifferently(quoteAt(text, 'it stays shut'), text, placeIn(text), text.indexOf('he said'))).toBe(false);
  });
});
