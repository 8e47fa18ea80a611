import { describe, expect, test } from 'vitest';
import { firstNameOnlyBefore } from '../../src/nlp/first-name-only.js';

describe('firstNameOnlyBefore: the words before a lone given name', () => {
  test('"identified only as", "known only as", "gave only her first name,"', () => {
    expect(firstNameOnlyBefore('The porter, identified only as ')).toBe(true);
    expect(firstNameOnlyBefore('a cyclist known only as ')).toBe(true);
    expect(firstNameOnlyBefore('who gave only her first name, ')).toBe(true);
  });

  test('near miss: "identified as" with no "only" says nothing about the name', () => {
    expect(firstNameOnlyBefore('The porter, identified as ')).toBe(false);
  });
});
