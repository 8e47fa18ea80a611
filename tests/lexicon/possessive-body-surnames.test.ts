import { describe, expect, test } from 'vitest';
import { isKnownOrganisation } from '../../src/lexicon/organisations.js';
import { at, quote } from '../helpers/quotes.js';

describe('a body listed with a possessive ("McDonald\'s") is written with it: the bare word is a surname', () => {
  test('the lexicon knows the body only with its possessive', () => {
    expect(isKnownOrganisation("McDonald's")).toBe(true);
    expect(isKnownOrganisation('McDonald’s')).toBe(true);
    expect(isKnownOrganisation('McDonald')).toBe(false);
    expect(isKnownOrganisation('Sotheby')).toBe(false);
  });

  test('"said McDonald" after a quotation is a person', () => {
    const text = '“The harvest came in late this year,” said McDonald.';
    expect(quote(text, 'The harvest')).toMatchObject({
      type: 'direct', text: 'The harvest came in late this year,', start: at(text, 'The harvest'),
      speaker: 'McDonald', speaker_kind: 'person', speaker_mention: 'McDonald', cue: 'said', outlet: null,
    });
  });

  test('near miss: "McDonald\'s said" with the possessive is still the body', () => {
    const text = 'McDonald\'s said it would close twelve restaurants in Ohio.';
    expect(quote(text, 'it would close')).toMatchObject({
      type: 'indirect', text: 'it would close twelve restaurants in Ohio', start: at(text, 'it would close'),
      speaker: "McDonald's", speaker_kind: 'organization', speaker_mention: "McDonald's", cue: 'said', outlet: null,
    });
  });
});
