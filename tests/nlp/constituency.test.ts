import { describe, expect, test } from 'vitest';
import { endsBeforeConstituency, endsBeforePlace, nameAfterConstituency, placeOfficeBeforePlace, representativeBeforeSeat, representativeFor } from '../../src/nlp/constituency.js';

describe('a seat written before its representative\'s name', () => {
  test('the name starts at a known first name before the last word, after a seat of one word or more', () => {
    expect(nameAfterConstituency(['Hartwell', 'Jo', 'Pike'])).toBe(1);
    expect(nameAfterConstituency(['Hartwell', 'North', 'Jo', 'Pike'])).toBe(2);
  });

  test('negative: no name found in a seat alone, a two-word run, or an unknown first word before the surname', () => {
    expect(nameAfterConstituency(['Hartwell', 'Upper', 'Vale'])).toBe(-1);
    expect(nameAfterConstituency(['Jo', 'Pike'])).toBe(-1);
    expect(nameAfterConstituency(['Hartwell', 'Jo', "O'Pike"])).toBe(-1);
  });

  test('which words name a representative before "for"', () => {
    expect(endsBeforeConstituency('Labour MP for ')).toBe(true);
    expect(endsBeforeConstituency('the senator for ')).toBe(true);
    expect(endsBeforeConstituency('a spokesman for ')).toBe(false);
    expect(representativeFor('MP', 'for')).toBe(true);
    expect(representativeFor('spokesman', 'for')).toBe(false);
    expect(representativeFor('MP', 'of')).toBe(false);
  });

  test('the representative before a seat, in one word or "Member of Parliament"', () => {
    expect(representativeBeforeSeat(['The', 'MP', 'for'])).toBe('mp');
    expect(representativeBeforeSeat(['The', 'Member', 'of', 'Parliament', 'for'])).toBe('member of parliament');
    expect(endsBeforeConstituency('the Member of Parliament for ')).toBe(true);
  });

  test('negative: no representative before "a spokesman for" or "a member of the board for"', () => {
    expect(representativeBeforeSeat(['a', 'spokesman', 'for'])).toBeNull();
    expect(representativeBeforeSeat(['of', 'the', 'board', 'for'])).toBeNull();
  });
});

describe('a place after a place office', () => {
  test('"the mayor of", "Governor of", "the prime minister of"', () => {
    expect(['the mayor of ', 'Governor of ', 'the prime minister of ', 'the premier of the '].every((t) => endsBeforePlace(t))).toBe(true);
  });

  test('a lawmaker\'s "from": "the senator from", "a congresswoman from", "Rep. … from"', () => {
    expect(['the senator from ', 'a congresswoman from ', 'the lawmaker from '].every((t) => endsBeforePlace(t))).toBe(true);
  });

  test('negative: "the niece of", "a spokesman for the mayor", "a letter from"', () => {
    expect(['the niece of ', 'a spokesman for the mayor ', 'the mayor for ', 'a letter from ', 'the mayor from '].some((t) => endsBeforePlace(t))).toBe(false);
  });
});

describe('a place office before its place', () => {
  test('the office whose "of" (or "of the") ends the words, the longer one first', () => {
    expect(placeOfficeBeforePlace(['The', 'Mayor', 'of'])).toBe('mayor');
    expect(placeOfficeBeforePlace(['Prime', 'Minister', 'of', 'the'])).toBe('prime minister');
    expect(placeOfficeBeforePlace(['the', 'Lord', 'Mayor', 'of'])).toBe('lord mayor');
    expect(placeOfficeBeforePlace(['President', 'of'])).toBe('president');
  });

  test('negative: other words before "of", or no "of" at the end', () => {
    expect(placeOfficeBeforePlace(['the', 'director', 'of'])).toBeNull();
    expect(placeOfficeBeforePlace(['the', 'Mayor'])).toBeNull();
    expect(placeOfficeBeforePlace(['of'])).toBeNull();
  });
});
