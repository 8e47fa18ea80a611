import { describe, expect, test } from 'vitest';
import { isBodyCompound, isCompanyRole, isKnownOrganisation } from '../../src/lexicon/organisations.js';
import { extractArticle } from '../../src/pipeline/process.js';
import { quote } from '../helpers/quotes.js';

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
    expect(isCompanyRole('shareholders')).toBe(true);
  });

  test('a company officer\'s title before a name is a role, not part of the name ("CFO Tova Brindle said")', () => {
    const text = 'CFO Tova Brindle said the quarter was weak.';
    expect(quote(text, 'the quarter')).toMatchObject({ type: 'indirect', speaker: 'Tova Brindle', speaker_mention: 'Tova Brindle', speaker_kind: 'person', cue: 'said' });
  });

  test('negative: after "of" the officer\'s title marks the body, which is no person ("the former CEO of Brackmoor")', () => {
    const text = 'Tova Brindle, the former CEO of Brackmoor, said the quarter was weak.';
    expect(quote(text, 'the quarter')).toMatchObject({ speaker: 'Tova Brindle', cue: 'said' });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toEqual(['Tova Brindle']);
  });

  test('body compounds: one capitalised German word ending in a party or league word ("Volkspartei"), not a short or lower-case one', () => {
    expect(isBodyCompound('Volkspartei')).toBe(true);
    expect(isBodyCompound('Bauernbund')).toBe(true);
    expect(isBodyCompound('Friedensbündnis')).toBe(true);
    expect(isBodyCompound('Abund')).toBe(false);
    expect(isBodyCompound('volkspartei')).toBe(false);
    expect(isBodyCompound('Marston')).toBe(false);
  });
});
