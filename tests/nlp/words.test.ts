import { describe, expect, test } from 'vitest';
import type { Token } from '../../src/types.js';
import { alternatives, CONTRASTING_JOINERS, CONTRASTING_SUBORDINATORS, DETERMINERS, SIMULTANEOUS_CONTRASTS, groupWord, isPluralNoun, isRoleWord, isTitleCase, ORGANIZATION_TAILS, seatWordAsSurname, OWNER_POSSESSIVES, POSSESSIVE_PRONOUNS, POSSESSIVES, SUBJECT_OF_POSSESSIVE, PERSON_POSSESSIVES, THIRD_PERSON_POSSESSIVES } from '../../src/nlp/words.js';

const token = (text: string, pos: string): Token => ({ text, normal: text.toLowerCase(), lemma: text.toLowerCase(), pos, type: 'word', start: 0, end: text.length });

describe('group words before a verb', () => {
  test('plurals, counts, shares, quantifiers and "who" are groups', () => {
    for (const [w, pos] of [['pilots', 'NOUN'], ['Democrats', 'PROPN'], ['42', 'NUM'], ['percent', 'NOUN'], ['most', 'ADJ'], ['both', 'DET'], ['all', 'DET'], ['who', 'PRON']] as const) {
      expect(groupWord(token(w, pos))).toBe(true);
    }
  });

  test('a word in -ss, a possessive or a singular is none', () => {
    expect(isPluralNoun(token('press', 'NOUN'))).toBe(false);
    expect(isPluralNoun(token("pilots'", 'NOUN'))).toBe(false);
    expect(groupWord(token('pilot', 'NOUN'))).toBe(false);
    expect(groupWord(token('the', 'DET'))).toBe(false);
  });
});

describe('isTitleCase', () => {
  test('every word capitalised but small words and "&" reads as a title', () => {
    expect(isTitleCase('Salt & Pepper Nights'.split(' '))).toBe(true);
    expect(isTitleCase('The Harbour Board of Port Elwin'.split(' '))).toBe(true);
  });
  test('a word in lower case that is no small word is no title', () => {
    expect(isTitleCase('Mara Okafor said no'.split(' '))).toBe(false);
  });
});

describe('possessive determiners: one set and its named subsets', () => {
  test('every possessive determiner; without "your" before a noun; a person\'s own without "its" and "your"', () => {
    expect([...POSSESSIVES].sort()).toEqual(['her', 'his', 'its', 'my', 'our', 'their', 'your']);
    expect([...POSSESSIVE_PRONOUNS].sort()).toEqual(['her', 'his', 'its', 'my', 'our', 'their']);
    expect([...OWNER_POSSESSIVES].sort()).toEqual(['her', 'his', 'my', 'our', 'their']);
    expect([...SUBJECT_OF_POSSESSIVE.keys()].sort()).toEqual([...POSSESSIVE_PRONOUNS].sort());
    expect(SUBJECT_OF_POSSESSIVE.get('her')).toBe('she');
    expect(SUBJECT_OF_POSSESSIVE.get('your')).toBeUndefined();
  });
});

describe('the possessives of someone other than speaker and listener', () => {
  test('"his", "her", "their", "its": inside every possessive, without "our", "my", "your"', () => {
    expect([...THIRD_PERSON_POSSESSIVES]).toEqual(['his', 'her', 'their', 'its']);
    for (const word of THIRD_PERSON_POSSESSIVES) expect(POSSESSIVES.has(word)).toBe(true);
    for (const word of ['our', 'my', 'your']) expect(THIRD_PERSON_POSSESSIVES.has(word)).toBe(false);
  });

  test('as regex alternatives, alone or with more words', () => {
    expect(alternatives(THIRD_PERSON_POSSESSIVES)).toBe('his|her|their|its');
    expect(alternatives(THIRD_PERSON_POSSESSIVES, ['our'])).toBe('his|her|their|its|our');
    const opener = new RegExp(String.raw`^(?:the|${alternatives(THIRD_PERSON_POSSESSIVES)})\s`);
    expect(opener.test('their levy')).toBe(true);
    expect(opener.test('theirs alone')).toBe(false);
    expect(opener.test('your levy')).toBe(false);
  });

  test('a person\'s: "his", "her", "their" without "its" (the entities\' "played his role as", "from her sitcom")', () => {
    expect([...PERSON_POSSESSIVES]).toEqual(['his', 'her', 'their']);
    const role = new RegExp(String.raw`\b(?:${alternatives(PERSON_POSSESSIVES)})\s+role\b`);
    expect(role.test('reprised her role as')).toBe(true);
    expect(role.test('kept its role as')).toBe(false);
  });
});

describe('isRoleWord', () => {
  test('a role, or one shared with "co-", singular or plural', () => {
    expect(['host', 'co-host', 'co-chair', 'co-chairs', 'co-founder', 'co-hosts'].every(isRoleWord)).toBe(true);
  });

  test('negative: a plural without "co-", or a "co-" word that is no role', () => {
    expect(['hosts', 'co-op', 'co-operative', 'cohost'].some(isRoleWord)).toBe(false);
  });

  test('a role after "ex-" or "vice-" (one token to the tagger)', () => {
    expect(['ex-governor', 'ex-ministers', 'vice-chancellor', 'vice-president'].every(isRoleWord)).toBe(true);
    expect(['ex-situ', 'vice-versa', 'ex-'].some(isRoleWord)).toBe(false);
  });
});

describe('seatWordAsSurname', () => {
  test('"Member" after a given name is a surname; after a body, a role or in small letters it is not', () => {
    expect(seatWordAsSurname('member', 'Ivo')).toBe(true);
    expect(seatWordAsSurname('member', 'Council')).toBe(false);
    expect(seatWordAsSurname('member', 'Board')).toBe(false);
    expect(seatWordAsSurname('member', 'Assembly')).toBe(false);
    expect(seatWordAsSurname('member', 'Senior')).toBe(false);
    expect(seatWordAsSurname('member', 'staff')).toBe(false);
    expect(seatWordAsSurname('judge', 'Ivo')).toBe(false);
  });
});

describe('contrasting joiners', () => {
  test('the subordinators and the simultaneous contrasts are parts of the one list', () => {
    expect([...CONTRASTING_JOINERS].sort()).toEqual(['although', 'but', 'though', 'whereas', 'while', 'yet']);
    expect([...CONTRASTING_SUBORDINATORS].every((w) => CONTRASTING_JOINERS.has(w))).toBe(true);
    expect(CONTRASTING_SUBORDINATORS.has('but')).toBe(false);
    expect([...SIMULTANEOUS_CONTRASTS].sort()).toEqual(['whereas', 'while']);
  });
});

describe('DETERMINERS', () => {
  test('articles, third-person owners and the demonstratives; no first-person owner, no quantifier', () => {
    expect([...DETERMINERS].sort()).toEqual(['a', 'an', 'her', 'his', 'its', 'that', 'the', 'their', 'this']);
    expect(DETERMINERS.has('our')).toBe(false);
    expect(DETERMINERS.has('some')).toBe(false);
  });
});

describe('ORGANIZATION_TAILS, read from data/organisations.json organization_tails', () => {
  test('a company\'s line of business, a public body\'s kind and a legal ending end an organisation\'s name', () => {
    for (const w of ['productions', 'bureau', 'consortium', 'inc.', 'television']) expect(ORGANIZATION_TAILS.has(w)).toBe(true);
  });

  test('near miss: a surname, a capitalised form or a word only other lists hold is no tail here', () => {
    for (const w of ['smith', 'Productions', 'dynamics']) expect(ORGANIZATION_TAILS.has(w)).toBe(false);
  });
});
