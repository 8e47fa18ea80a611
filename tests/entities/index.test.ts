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
