import { describe, expect, test } from 'vitest';
import { pronounOwnedNoun } from '../../src/quotes/roles.js';
import { at, quote } from '../helpers/quotes.js';

describe('the noun a possessive pronoun owns, a relative or a role (pronounOwnedNoun in roles.ts)', () => {
  test('a relative in any case, lowered: "his wife", "Her brother", "THEIR SON"', () => {
    expect(pronounOwnedNoun('his wife')).toBe('wife');
    expect(pronounOwnedNoun(' Her brother ')).toBe('brother');
    expect(pronounOwnedNoun('THEIR SON')).toBe('son');
  });

  test('a role or go-between in lower case after an opening capital: "His lawyer", "her publicist"', () => {
    expect(pronounOwnedNoun('His lawyer')).toBe('lawyer');
    expect(pronounOwnedNoun('her publicist')).toBe('publicist');
  });

  test('near misses: a capitalised role, a noun that is neither, two nouns, another possessor', () => {
    expect(pronounOwnedNoun('his Lawyer')).toBeNull();
    expect(pronounOwnedNoun('HIS LAWYER')).toBeNull();
    expect(pronounOwnedNoun('her garden')).toBeNull();
    expect(pronounOwnedNoun('his elder brother')).toBeNull();
    expect(pronounOwnedNoun('my wife')).toBeNull();
  });

  test('in a text: "Her husband, NAME, …" then "her husband said" is that man', () => {
    const text = 'Her husband, Tomas Ekberg, drove her to the clinic. Her husband said the wait had lasted four hours.';
    const words = 'the wait had lasted four hours';
    expect(quote(text, 'the wait')).toMatchObject({
      type: 'indirect', text: words, start: at(text, words), end: at(text, words) + words.length,
      speaker: 'Tomas Ekberg', speaker_mention: 'Her husband', cue: 'said', cue_start: text.lastIndexOf('said'), outlet: null,
    });
  });
});
