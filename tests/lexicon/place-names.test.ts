import { describe, expect, test } from 'vitest';
import { isPlaceNotGivenName } from '../../src/lexicon/place-names.js';

describe('isPlaceNotGivenName', () => {
  test('a country or state named alone', () => {
    expect(['Norway', 'Indonesia', 'Ohio'].map(isPlaceNotGivenName)).toEqual([true, true, true]);
  });

  test('negative: a place that is also a given name, and a word that is no place', () => {
    expect(['Georgia', 'Harbourton', 'norway'].map(isPlaceNotGivenName)).toEqual([false, false, false]);
  });
});
