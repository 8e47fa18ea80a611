import { describe, expect, test } from 'vitest';
import { countAtOrBelow, KeyRange } from '../../src/text/sorted-search.js';

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

describe('KeyRange', () => {
  const items = [{ at: 9 }, { at: 2 }, { at: 5 }, { at: 2 }, { at: 14 }];
  const range = new KeyRange(items, (x) => x.at);
  test('the positions of the items with a key in lo..hi (both ends kept), in the items\' own order', () => {
    expect(range.indicesIn(2, 9)).toEqual([0, 1, 2, 3]);
    expect(range.indicesIn(3, 13)).toEqual([0, 2]);
    expect(range.indicesIn(14, 14)).toEqual([4]);
  });
  test('none in an empty or a missed range', () => {
    expect(range.indicesIn(6, 8)).toEqual([]);
    expect(range.indicesIn(5, 4)).toEqual([]);
    expect(new KeyRange([], (x: number) => x).indicesIn(0, 10)).toEqual([]);
  });
});
