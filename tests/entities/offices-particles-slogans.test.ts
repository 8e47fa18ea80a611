import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'a' }).entities;

describe('an office alone after "the" names no one', () => {
  test('"The Chancellor, Rosa Mendel, said" … "the Chancellor said"', () => {
    const people = entities('The Chancellor, Rosa Mendel, said rates would fall. Later the Chancellor said more.').people;
    expect(people.map((p) => p.name)).toEqual(['Rosa Mendel']);
  });

  test('negative: an honorific and a surname still name one ("Mr. Bishop said")', () => {
    expect(entities('Tom Bishop ran the yard. Mr. Bishop said it would close.').people.map((p) => p.name)).toEqual(['Tom Bishop']);
  });
});

describe('a "dela" particle and a generational suffix inside a name', () => {
  test('"Commodore Tomas dela Rosa Jr." is whole, "Dela Rosa" its alias', () => {
    const people = entities('Commodore Tomas dela Rosa Jr., who leads the flotilla, said the ships would stay. Dela Rosa said later that the crew was safe.').people;
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['Tomas dela Rosa Jr.', ['Dela Rosa']]]);
  });
});

describe('a slogan a work is promoted as is no title', () => {
  test('"advertised on buses and posters as “The Loudest Block in Ohio”"', () => {
    const films = entities('The network’s new comedy “Harbor Lights” stars Ellen Crane. It is advertised on buses and posters as “The Loudest Block in Ohio” and premieres in June.').films;
    expect(films.map((f) => f.title)).toEqual(['Harbor Lights']);
  });
});
