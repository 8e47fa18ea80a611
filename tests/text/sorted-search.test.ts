import { describe, expect, test } from 'vitest';
import { countAtOrBelow } from '../../src/text/sorted-search.js';

describe('countAtOrBelow', () => {
  const starts = [0, 4, 4, 9];
  test('counts the items at or below the value, equal keys included', () => {
    expect(countAtOrBelow(starts, (n) => n, 4)).toBe(3);
    expect(countAtOrBelow(starts, (n) => n, 5)).toBe(3);
    expect(countAtOrBelow(starts, (n) => n, 20)).toBe(4);
  });
  test('none below the first key', () => {
    expect(countAtOrBelow(starts, (n) => n, -1)).toBe(0);
    expect(countAtOrBelow([], (n: number) => n, 3)).toBe(0);
  });
});
