import { describe, expect, test } from 'vitest';
import { isDayWord, isMonth, isTimeWord } from '../../src/nlp/time-words.js';

describe('time words', () => {
  test('days, months and units of time, as lower-case words', () => {
    expect(['monday', 'yesterday', 'tonight'].map(isDayWord)).toEqual([true, true, true]);
    expect(['march', 'weeks', 'Monday', 'constructor'].map(isDayWord)).toEqual([false, false, false, false]);
    expect(['may', 'december', 'mayor'].map(isMonth)).toEqual([true, true, false]);
    expect(['sunday', 'april', 'weekend', 'evening', 'years', 'later', 'toString'].map(isTimeWord)).toEqual([true, true, true, true, true, false, false]);
  });

  test('the seasons, but "fall", which is as often a verb or a noun of its own', () => {
    expect(['spring', 'summer', 'autumn', 'winter', 'fall', 'springs'].map(isTimeWord)).toEqual([true, true, true, true, false, false]);
  });
});
