import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'e' }).entities;
const people = (text: string) => entities(text).people.map((p) => p.name);
const films = (text: string) => entities(text).films.map((f) => f.title);

describe('people: two given names joined by a hyphen are one given name', () => {
  test('"Senator Anne-Sophie Marchand", "Jean-Paul Moreau" and "Hans-Peter Vogel" stay whole', () => {
    expect(people('Senator Anne-Sophie Marchand asked for a delay. Hans-Peter Vogel agreed.')).toEqual(['Anne-Sophie Marchand', 'Hans-Peter Vogel']);
    expect(people('The panel’s head, Senator Jean-Paul Moreau, asked for the files.')).toEqual(['Jean-Paul Moreau']);
  });

  test('negative: two full names joined by a hyphen are still two people', () => {
    expect(people('The Nadia Petrova-Lena Holt final starts soon.')).toEqual(['Nadia Petrova', 'Lena Holt']);
    // (A surname that is also a given name, "Mae", does not join the next given name: it closes the first name.)
    expect(people('Critics praised the Rosa Mae-Tom Hale pairing.')).toEqual(['Rosa Mae', 'Tom Hale']);
  });
});

describe('films: songs and records are no films', () => {
  test('"hits such as “…” and “…”" gives songs as examples, no films', () => {
    expect(films('Lena Vos, 31, known for hits such as “Iron Tides” and “Night Engine,” met Carl Berg on the set of the 2021 drama Late Bloom.')).toEqual(['Late Bloom']);
  });

  test('a quoted title headed by "a ballad" or "his new single" in apposition is no person', () => {
    expect(people('Song of the year went to the singer Pablo Reyes for “Rosa del Valle,” a ballad about his mother.')).toEqual(['Pablo Reyes']);
    expect(people('The prize went to Pablo Reyes for “Rosa del Valle,” his new single.')).toEqual(['Pablo Reyes']);
  });

  test('negative: a film about a song stays a film', () => {
    expect(films('She starred in “Rosa Blanca,” a film about a song.')).toEqual(['Rosa Blanca']);
  });
});

describe('films: an unquoted title ends before a time phrase', () => {
  test('"shooting the heist drama Silent Harbor in March" names "Silent Harbor"', () => {
    expect(films('Actor Tom Bell said he will begin shooting the heist drama Silent Harbor in March.')).toEqual(['Silent Harbor']);
  });
});

describe('people: addressed offices and firms are no people', () => {
  test('"Madame Director" is an office addressed, no person', () => {
    expect(people('Senator Paul Moreau asked: “Madame Director, how many doors are open?” The director did not answer.')).toEqual(['Paul Moreau']);
  });

  test('a firm whose last word is a trade noun ("Greenvale Produce") is no person', () => {
    expect(people('A spokesperson for Greenvale Produce said the company had recalled spinach.')).toEqual([]);
  });
});
