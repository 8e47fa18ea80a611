import { describe, expect, test } from 'vitest';
import { sentenceContaining, sentenceHolding, sentenceHoldingToken, sentenceIndexHolding } from '../../src/nlp/sentence-lookup.js';
import type { Sentence } from '../../src/types.js';

const sentence = (start: number, end: number, tokenStart: number, tokenEnd: number): Sentence => ({ start, end, tokenStart, tokenEnd, paragraph: 0 });

// "The mayor spoke. She left early. Then rain fell." as the analysis splits it: in order and apart.
const ordered = [sentence(0, 16, 0, 4), sentence(17, 32, 4, 8), sentence(33, 48, 8, 12)];

/** The plain searches the lookups stand in for. */
const plainHolding = (ss: readonly Sentence[], o: number) => ss.find((s) => s.start <= o && o < s.end);
const plainContaining = (ss: readonly Sentence[], a: number, b: number) => ss.find((s) => s.start <= a && b <= s.end);
const plainToken = (ss: readonly Sentence[], i: number) => ss.find((s) => s.tokenStart <= i && i < s.tokenEnd);

describe('finding the sentence holding an offset, a range or a token gives what the plain search gives', () => {
  test('an offset inside the second sentence gives the second; the gap between sentences gives none', () => {
    expect(sentenceHolding(ordered, 20)).toBe(ordered[1]);
    expect(sentenceHolding(ordered, 16)).toBeUndefined();
    expect(sentenceHolding(ordered, 48)).toBeUndefined();
    expect(sentenceHolding(ordered, -1)).toBeUndefined();
  });

  test('a mention within one sentence gives it; one running over a sentence end gives none', () => {
    expect(sentenceContaining(ordered, 17, 20)).toBe(ordered[1]);
    expect(sentenceContaining(ordered, 17, 32)).toBe(ordered[1]);
    expect(sentenceContaining(ordered, 10, 20)).toBeUndefined();
  });

  test('a token index gives the sentence whose token range holds it', () => {
    expect(sentenceHoldingToken(ordered, 4)).toBe(ordered[1]);
    expect(sentenceHoldingToken(ordered, 11)).toBe(ordered[2]);
    expect(sentenceHoldingToken(ordered, 12)).toBeUndefined();
  });

  test('an empty range on a boundary of touching sentences gives the first of them, as the plain search does', () => {
    const touching = [sentence(0, 10, 0, 3), sentence(10, 20, 3, 6)];
    expect(sentenceContaining(touching, 10, 10)).toBe(touching[0]);
  });

  test('sentences out of order fall back to the plain search, every offset and range agreeing', () => {
    const shuffled = [ordered[2]!, ordered[0]!, ordered[1]!];
    const overlapping = [sentence(0, 20, 0, 5), sentence(10, 30, 3, 8)];
    for (const ss of [ordered, shuffled, overlapping]) {
      for (let o = -1; o <= 50; o++) {
        expect(sentenceHolding(ss, o)).toBe(plainHolding(ss, o));
        expect(sentenceHoldingToken(ss, o)).toBe(plainToken(ss, o));
        for (let e = o; e <= o + 12; e++) expect(sentenceContaining(ss, o, e)).toBe(plainContaining(ss, o, e));
      }
    }
  });
});

describe('sentenceIndexHolding', () => {
  const sentences = [sentence(0, 10, 0, 3), sentence(11, 20, 3, 6)];
  test('the index of the sentence holding the offset, as findIndex gives it', () => {
    expect(sentenceIndexHolding(sentences, 12)).toBe(1);
    expect(sentenceIndexHolding(sentences, 0)).toBe(0);
  });
  test('-1 in the gap between sentences and past the end', () => {
    expect(sentenceIndexHolding(sentences, 10)).toBe(-1);
    expect(sentenceIndexHolding(sentences, 25)).toBe(-1);
  });
});
