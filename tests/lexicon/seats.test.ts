import { describe, expect, test } from 'vitest';
import { seatWords } from '../../src/lexicon/seats.js';

describe('data/seats.json: offices named with their seat or place', () => {
  test('each list is read, in lower case, without repeats, several words apart by one space', () => {
    for (const list of Object.values(seatWords())) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((office) => office === office.toLowerCase() && office === office.trim() && !/\s\s/.test(office))).toBe(true);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  test('a seat\'s representative, a place office and a lawmaker from a state are in their own lists', () => {
    const { representativesFor, placeOfficesOf, lawmakersFrom } = seatWords();
    expect(representativesFor).toContain('member of parliament');
    expect(placeOfficesOf).toContain('lord mayor');
    expect(lawmakersFrom).toContain('rep.');
  });

  test('negative: a spokesman holds no seat in any list', () => {
    expect(Object.values(seatWords()).some((list) => list.includes('spokesman'))).toBe(false);
  });
});
