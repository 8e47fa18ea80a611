import { describe, expect, test } from 'vitest';
import { isPlaceNotGivenName, nameAfterOfficePlace } from '../../src/lexicon/place-names.js';

describe('isPlaceNotGivenName', () => {
  test('a country or state named alone', () => {
    expect(['Norway', 'Indonesia', 'Ohio'].map(isPlaceNotGivenName)).toEqual([true, true, true]);
  });

  test('negative: a place that is also a given name, and a word that is no place', () => {
    expect(['Georgia', 'Harbourton', 'norway'].map(isPlaceNotGivenName)).toEqual([false, false, false]);
  });
});

describe('nameAfterOfficePlace', () => {
  test('the last two words after a known place or a single word, whatever the given name', () => {
    expect(nameAfterOfficePlace(['Ohio', 'Tamsin', 'Wrexley'])).toBe(1);
    expect(nameAfterOfficePlace(['New', 'Jersey', 'Tamsin', 'Wrexley'])).toBe(2);
    expect(nameAfterOfficePlace(['Brindleford', 'Oswin', 'Crake'])).toBe(1);
  });

  test('after a company whose name ends in a company word ("President of Tarnwick Holdings Oswin Crake")', () => {
    expect(nameAfterOfficePlace(['Tarnwick', 'Holdings', 'Oswin', 'Crake'])).toBe(2);
    expect(nameAfterOfficePlace(['Tarnwick', 'Shipping', 'Group', 'Oswin', 'Crake'])).toBe(3);
  });

  test('negative: a run holding a place-making word, an unknown place of two words, or too few words', () => {
    expect(nameAfterOfficePlace(['Salt', 'Lake', 'City'])).toBe(-1);
    expect(nameAfterOfficePlace(['Kellan', 'Bay', 'Oswin', 'Crake'])).toBe(-1);
    expect(nameAfterOfficePlace(['Upper', 'Brindle', 'Vale'])).toBe(-1);
    expect(nameAfterOfficePlace(['Oswin', 'Crake'])).toBe(-1);
  });
});
