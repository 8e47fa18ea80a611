import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'i' }).entities.films.map((f) => f.title);

describe('a nickname in quotation marks inside a name is no title', () => {
  test('Elena “Lenny” Marsh: “Lenny” is no film', () => {
    expect(films('Elena “Lenny” Marsh, the star of the sitcom “Harbour Bells,” has died.')).toEqual(['Harbour Bells']);
  });

  test('a quoted title before a name but after no given name is still a title ("The sitcom “X” Laura Benn wrote")', () => {
    expect(films('The sitcom “Harbour Bells” Laura Benn wrote ran for nine years.')).toEqual(['Harbour Bells']);
  });
});

describe('a song played or hummed is no film or show', () => {
  test('"greeted … with a few bars of “…”" names a song', () => {
    expect(films('The sitcom “Harbour Bells” ended its run. At the wrap party the bandleader, Sam Pell, greeted each actor with a few bars of “Goodbye Sweet Ferry.”')).toEqual(['Harbour Bells']);
  });

  test('… while a title after "starred in" is still one', () => {
    expect(films('Sam Pell, who starred in “Goodbye Sweet Ferry,” played the piano all night.')).toEqual(['Goodbye Sweet Ferry']);
  });
});

describe('a known title inside reported words, after its film word', () => {
  test('"said she fell in love with cinema watching the film “Casablanca.”" → the film', () => {
    expect(films('The director said she fell in love with cinema watching the film “Casablanca.”')).toEqual(['Casablanca']);
  });

  test('near miss: a known title in reported words with no film or show word stays someone\'s words', () => {
    expect(films('The director said her week had been “Casablanca” all over again.')).toEqual([]);
  });
});
