import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'rf41' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => c.name), films: e.films.map((f) => f.title) };
};

describe('characters: "plays NAME\'s DESCRIPTION, NAME," needs a part\'s description and a person\'s name', () => {
  test('negative: a composer\'s pieces then a list of composers name no part', () => {
    const e = entities("Ana Ruiz plays Chopin's nocturnes, Beethoven, and Bach at the recital on Sunday.");
    expect(e.characters).toEqual([]);
    expect(e.people).toEqual(['Ana Ruiz']);
  });

  test('negative: a club\'s team named in apposition is no part', () => {
    expect(entities("The striker played Arsenal's youth team, Hale End, for years before joining Leeds.").characters).toEqual([]);
  });

  test('a role noun ("old nurse") and a known given name name a part', () => {
    const e = entities("In the drama, Tom Hale plays Nora's old nurse, Maria, with great warmth.");
    expect(e.characters).toEqual(['Maria']);
    expect(e.people).toEqual(['Tom Hale']);
  });

  test('a relative and a full name still name a part', () => {
    expect(entities("In the drama, Tom Hale plays Ida's younger sister, Mara Quill, with warmth.").characters).toEqual(['Mara Quill']);
  });

  test('negative: "plays the ballads, Gwen, and Otto" is a list, no apposition', () => {
    expect(entities('The singer plays the old ballads, Gwen, and Otto at the club.').characters).toEqual([]);
  });
});

describe('characters: "plays NAME\'s Pieces" is music, no part', () => {
  test('negative: a composer\'s possessive and a kind of piece', () => {
    const e = entities("The pianist Ana Ruiz plays Chopin's Ballades, Liszt, and Schumann on her new album.");
    expect(e.characters).toEqual([]);
    expect(e.people).toEqual(['Ana Ruiz']);
  });

  test('negative: a possessive and a capitalised name in a sentence about a recital', () => {
    expect(entities("Ana Ruiz played Grieg's Holberg Suite at the recital in Leeds.").characters).toEqual([]);
  });
});

describe('films: "TITLE at NAME’s NOUN" ends the title before "at"', () => {
  test('"The series Night Shift at Marlow’s kitchen" names "Night Shift", never a title cut at the owner', () => {
    expect(entities('The series Night Shift at Marlow’s kitchen drew praise.').films).toEqual(['Night Shift']);
  });

  test('a possessive closing the title is kept: "Supper at Marlow’s drew praise"', () => {
    expect(entities('The series Supper at Marlow’s drew praise.').films).toEqual(['Supper at Marlow’s']);
  });
});
