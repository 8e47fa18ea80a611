import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 's20' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => c.name), films: e.films.map((f) => f.title) };
};

describe('characters: a part described through another part\'s name', () => {
  test('"who plays Lena\'s younger brother, Otto Brandt," names a part, no person', () => {
    const e = entities('The prize went to Pia Lund, who plays Lena\'s younger brother, Otto Brandt, in the second season.');
    expect(e.characters).toEqual(['Otto Brandt']);
    expect(e.people).toEqual(['Pia Lund']);
  });

  test('negative: "played Brahms\'s sonatas, Otto Brandt said" names no part', () => {
    expect(entities('Pia Lund played Brahms\'s late sonatas, Otto Brandt said.').characters).toEqual([]);
  });
});

describe('films: a title ending "at NAME’s" keeps the possessive', () => {
  test('"Supper at Marlow’s won" is the whole title', () => {
    expect(entities('The sitcom Supper at Marlow’s won best comedy on Sunday.').films).toEqual(['Supper at Marlow’s']);
  });

  test('negative: a noun after the possessive ("at Marlow’s new bar") does not extend the title', () => {
    expect(entities('The sitcom Supper at Marlow’s new bar flopped.').films).not.toContain('Supper at Marlow’s');
  });
});

describe('films: an hour or segment titled “…” is a part of a show, no show', () => {
  test('"its fourth hour, titled “Ash Road,”" is no film; the show is', () => {
    expect(entities('The drama “Pale Harbour” ended on Sunday. Its fourth hour, titled “Ash Road,” drew the most viewers.').films).toEqual(['Pale Harbour']);
  });

  test('"a segment called “…”" is no film', () => {
    expect(entities('The series “Pale Harbour” returns. A segment called “Night Desk” was cut.').films).toEqual(['Pale Harbour']);
  });
});

describe('characters: "plays NAME\'s DESCRIPTION NAME" names the second name as the part', () => {
  test('"who plays Lena\'s brother Otto Brandt" without commas', () => {
    expect(entities('Pia Lund, who plays Lena\'s brother Otto Brandt, won on Sunday.').characters).toEqual(['Otto Brandt']);
  });

  test('negative: "plays Lena\'s brother in the film" names no part', () => {
    expect(entities('Pia Lund plays Lena\'s brother in the film.').characters).toEqual([]);
  });

  test('negative: a work after the possessive ("played Chopin\'s second Ballade") names no part', () => {
    expect(entities('Pia Lund played Chopin\'s second Ballade in Oslo on Friday.').characters).toEqual([]);
  });
});
