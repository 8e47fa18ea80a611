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
