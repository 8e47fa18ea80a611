import { describe, expect, test } from 'vitest';
import { firstNameOnlyBefore } from '../../src/nlp/first-name-only.js';

describe('firstNameOnlyBefore: the words before a lone given name', () => {
  test('"identified only as", "known only as", "gave only her first name,"', () => {
    expect(firstNameOnlyBefore('The driver, identified only as ', 'Brannock')).toBe(true);
    expect(firstNameOnlyBefore('a cyclist known only as ', 'Raf')).toBe(true);
    expect(firstNameOnlyBefore('who gave only her first name, ', 'Tess')).toBe(true);
  });

  test('near miss: "identified as" with no "only" says nothing about the name', () => {
    expect(firstNameOnlyBefore('The driver, identified as ', 'Brannock')).toBe(false);
  });

  test('a thing known only as a name is no person: "a shell company listed only as Marwick"', () => {
    expect(firstNameOnlyBefore('A shell company listed only as ', 'Marwick')).toBe(false);
    expect(firstNameOnlyBefore('The drug, referred to only as ', 'Zeta')).toBe(false);
  });
});
