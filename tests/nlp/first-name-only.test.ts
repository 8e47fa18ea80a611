import { describe, expect, test } from 'vitest';
import { firstNameOnlyBefore, thingNamedBefore } from '../../src/nlp/first-name-only.js';

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

describe('firstNameOnlyBefore: round-2 reviewer cases', () => {
  test('a modal or a wish before the verb: "who would be identified only as", "who asked to be named only as"', () => {
    expect(firstNameOnlyBefore('One protester, who would be identified only as ', 'Tobi')).toBe(true);
    expect(firstNameOnlyBefore('A nurse, who asked to be named only as ', 'Mirela')).toBe(true);
  });

  test('negative: an animal or a group known only as a given name is no person ("a dog known only as Bella")', () => {
    expect(firstNameOnlyBefore('A dog known only as ', 'Bella')).toBe(false);
    expect(firstNameOnlyBefore('The group, known only as ', 'Ember')).toBe(false);
  });

  test('thingNamedBefore: "the group, known as", "a horse known only as"; not "a fan known only as"', () => {
    expect(thingNamedBefore('The group, known as ')).toBe(true);
    expect(thingNamedBefore('a horse known only as ')).toBe(true);
    expect(thingNamedBefore('a fan known only as ')).toBe(false);
  });

  test('a "who" clause belongs to the person noun heading the phrase, not to the body at its end', () => {
    expect(firstNameOnlyBefore('A cashier at the store, who asked to be identified only as ', 'Laura')).toBe(true);
    expect(thingNamedBefore('A cashier at the store, who asked to be identified only as ')).toBe(false);
    // (Negative: a group heading the phrase is still a thing even with "who".)
    expect(thingNamedBefore('The group, who were known only as ')).toBe(true);
  });
});
