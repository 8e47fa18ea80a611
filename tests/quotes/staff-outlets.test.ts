import { describe, expect, test } from 'vitest';
import { staffOutletEnding, staffOutletOpening } from '../../src/quotes/staff-outlets.js';

describe('one of an outlet\'s staff opening the words', () => {
  test('the outlet before the job: "Vogue reporter"', () => {
    expect(staffOutletOpening('Vogue reporter about the dress')).toEqual({ outlet: 'Vogue', length: 'Vogue reporter'.length });
  });

  test('the job, a preposition and the outlet, a small "the" left out: "critic for the Lakeview Ledger"', () => {
    expect(staffOutletOpening('critic for the Lakeview Ledger that night')).toEqual({ outlet: 'Lakeview Ledger', length: 'critic for the Lakeview Ledger'.length });
  });

  test('no staff job: a bare outlet, an outlet with another noun, a job before a person', () => {
    expect(staffOutletOpening('Reuters whether the levy would pass')).toBeNull();
    expect(staffOutletOpening('Reuters building on Monday')).toBeNull();
    expect(staffOutletOpening('reporter from Tom Reyes')).toBeNull();
  });
});

describe('one of an outlet\'s staff ending the words', () => {
  test('an article, the outlet and the job, maybe opening the sentence', () => {
    expect(staffOutletEnding('Later, when a Vogue reporter ')).toBe('Vogue');
    expect(staffOutletEnding('A reporter from E! News ')).toBe('E! News');
  });

  test('nothing when words follow the job or no article opens it', () => {
    expect(staffOutletEnding('a Vogue reporter and her friend ')).toBeNull();
    expect(staffOutletEnding('Vogue reporter ')).toBeNull();
  });
});
