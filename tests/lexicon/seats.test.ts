import { describe, expect, test } from 'vitest';
import { seatWords } from '../../src/lexicon/seats.js';
import { placeOfficeBeforePlace, representativeBeforeSeat } from '../../src/nlp/constituency.js';

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

  test('negative: a spokesman\'s "for" and "of" take no seat or place, where a mayor\'s and an MP\'s do', () => {
    expect(representativeBeforeSeat(['the', 'MP', 'for'])).toBe('mp');
    expect(representativeBeforeSeat(['the', 'spokesman', 'for'])).toBeNull();
    expect(placeOfficeBeforePlace(['Mayor', 'of'])).toBe('mayor');
    expect(placeOfficeBeforePlace(['a', 'spokesman', 'of', 'the'])).toBeNull();
    // (An office only counts whole: "spokesmayor" ends in no "mayor".)
    expect(placeOfficeBeforePlace(['spokesmayor', 'of'])).toBeNull();
  });
});
