import { describe, expect, test } from 'vitest';
import { isCompanyRole, isKnownOrganisation } from '../../src/lexicon/organisations.js';

describe('organisations.json', () => {
  test('a known company whose name opens with a title word is known whole ("General Mills")', () => {
    expect(isKnownOrganisation('General Mills')).toBe(true);
    expect(isKnownOrganisation('General Brock')).toBe(false);
  });

  test('company roles: a role only a body has ("ceo", "founder"), not one a person has for another ("son", "lawyer")', () => {
    expect(isCompanyRole('ceo')).toBe(true);
    expect(isCompanyRole('founder')).toBe(true);
    expect(isCompanyRole('son')).toBe(false);
    expect(isCompanyRole('lawyer')).toBe(false);
  });
});
