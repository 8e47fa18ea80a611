import { describe, expect, test } from 'vitest';
import { tokensStartingBefore } from '../../src/nlp/token-search.js';
import type { Token } from '../../src/types.js';

// "Ana said no." as tokens at 0–3, 4–8, 9–11, 11–12.
const tokens = [[0, 3], [4, 8], [9, 11], [11, 12]].map(([start, end]) => ({ start, end }) as Token);

describe('tokensStartingBefore: how many tokens start before an offset', () => {
  test('counts the tokens that start strictly before the offset', () => {
    expect(tokensStartingBefore(tokens, 0)).toBe(0);
    expect(tokensStartingBefore(tokens, 4)).toBe(1);
    expect(tokensStartingBefore(tokens, 5)).toBe(2);
    expect(tokensStartingBefore(tokens, 11)).toBe(3);
    expect(tokensStartingBefore(tokens, 100)).toBe(4);
  });

  test('searches only tokens[0..end) when an end is given', () => {
    expect(tokensStartingBefore(tokens, 100, 2)).toBe(2);
    expect(tokensStartingBefore(tokens, 5, 1)).toBe(1);
  });
});
