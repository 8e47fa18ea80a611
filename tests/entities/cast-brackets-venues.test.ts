import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 't' }).entities;
const people = (text: string) => entities(text).people.map((p) => p.name);
const parts = (text: string) => entities(text).characters.map((c) => [c.name, c.actor]);

describe('characters: brackets naming the actor', () => {
  test('a lower-case descriptor after "played by" ("played by newcomer …")', () => {
    const text = 'Lena Marsh (played by newcomer Odile Brandt) leaves the farm in the first episode.';
    expect(parts(text)).toEqual([['Lena Marsh', 'Odile Brandt']]);
    expect(people(text)).toEqual(['Odile Brandt']);
  });

  test('an age after the actor ("played by Odile Brandt, 19")', () => {
    const text = 'Pia (played by Odile Brandt, 19) carries the whole series.';
    expect(parts(text)).toEqual([['Pia', 'Odile Brandt']]);
    expect(people(text)).toEqual(['Odile Brandt']);
  });

  test('a ranked part after "In the show," is the part, no show title', () => {
    const e = entities('In the show, Sergeant Hollis (played by Marten Vogel) ignores the warning.');
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Sergeant Hollis', 'Marten Vogel']]);
    expect(e.films).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['Marten Vogel']);
  });

  test('two parts with bare brackets after "In the film" are parts and their actors people, no film', () => {
    const e = entities('In the film Corin (Yusra Delane) and Bastien (Teodor Malk) cross the border at night.');
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Corin', 'Yusra Delane'], ['Bastien', 'Teodor Malk']]);
    expect(e.films).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['Yusra Delane', 'Teodor Malk']);
  });

  test('negative: a party in the bracket is an affiliation, the person stays', () => {
    const e = entities('Alderman Tomas Berg (Labour Party) said the budget was unfair.');
    expect(e.characters).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['Tomas Berg']);
  });
});

describe('people: venues and bodies a spokesperson speaks for', () => {
  test('a venue\'s last word ends no person\'s name', () => {
    expect(people('The bout at Harlan Arena sold out. Rosa Dell said the fans were loud.')).toEqual(['Rosa Dell']);
    expect(people('Crowds filled Nelson Mandela Stadium on Sunday.')).toEqual([]);
    expect(people('The final was held at Madison Square Garden, Rosa Dell said.')).toEqual(['Rosa Dell']);
  });

  test('negative: a two-word name ending in "Garden" stays a person', () => {
    expect(people('The comedian Graeme Garden said the show was over.')).toEqual(['Graeme Garden']);
  });

  test('one unknown word after "a spokesman for" is a body', () => {
    expect(people('A spokesman for Veltrix said the figures were wrong.')).toEqual([]);
  });

  test('negative: a person named with that surname keeps it a person', () => {
    expect(people('Ana Veltrix was hurt. A spokeswoman for Veltrix said she was resting.')).toEqual(['Ana Veltrix']);
  });
});
