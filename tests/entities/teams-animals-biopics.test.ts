// Teams, trophies, schools and zoo animals are no people; a biopic's title after "plays NAME in"; the
// person a biopic portrays; art outlets and film distributors. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 't' });
const people = (text: string) => run(text).entities.people.map((p) => p.name);

describe('teams, trophies and schools are no people (data/non-person-names.json)', () => {
  test('a franchise named "… Kings", "… Capitals" is a team', () => {
    expect(people('Lakeport Royal Kings bought the batter, and Harbour Capitals released two bowlers, said Dev Anand Rao, a scout.')).toEqual(['Dev Anand Rao']);
  });

  test('a trophy or a cup is no person, even after a given name', () => {
    expect(people('Ines Marlowe took nine wickets in the Rahul Desai Trophy and the Carter Cup this season.')).toEqual(['Ines Marlowe']);
  });

  test('"Tech" ends a school’s name even after a given name ("Georgia Tech" style)', () => {
    expect(people('Tomas Reid, a chemist at Carolina Tech who studies soils, said the samples were clean.')).toEqual(['Tomas Reid']);
  });
});

describe('animals named in the article are no people', () => {
  test('"a female named X and a male named Y" beside "the otters"', () => {
    const text = 'The otters, a two-year-old female named Lulu Fen and a three-year-old male named Bo Tam, arrived on Monday. The keeper, Anna Sorel, said Lulu Fen was shy.';
    expect(people(text)).toEqual(['Anna Sorel']);
    expect(run(text).quotes[0]).toMatchObject({ text: 'Lulu Fen was shy', speaker: 'Anna Sorel', cue: 'said' });
  });

  test('without an animal in the sentence a female named X is a person', () => {
    expect(people('A woman named Clara Vesk was hired as the new keeper.')).toEqual(['Clara Vesk']);
  });
});

describe('a biopic: the title after "play NAME in", the late subject a person', () => {
  test('"will play the late singer X in TITLE, a biopic"', () => {
    const e = run('Mira Tolland will play the late singer Dorrie Quayle in Copper Hymn, a biopic due next year.').entities;
    expect(e.films.map((f) => f.title)).toEqual(['Copper Hymn']);
    expect(e.people.map((p) => p.name)).toEqual(['Mira Tolland', 'Dorrie Quayle']);
    expect(e.characters).toEqual([]);
  });
});

describe('known outlets and distributors', () => {
  test('The Art Newspaper and ARTnews are outlets', () => {
    const e = run('The price was a record, The Art Newspaper reported, and ARTnews said the buyer was a museum.').entities;
    expect(e.outlets.map((o) => o.name).sort()).toEqual(['ARTnews', 'The Art Newspaper']);
  });

  test('a film distributor ("Neon", "Bleecker Street") is no person', () => {
    expect(people('Neon bought the drama after its premiere, and Bleecker Street took the comedy, said Lia Moret, a sales agent.')).toEqual(['Lia Moret']);
  });
});

describe('a soap’s parts: "joined the show in YEAR as X", "returned in YEAR as Y’s brother, Z"', () => {
  test('a year between the verb and "as" still names a part', () => {
    const e = run('Ilse Varga joined the show in 1994 as Dora Pell, and Thomas Crale returned in 2008 as Dora’s younger brother, Amos Pell.').entities;
    expect(e.characters.map((c) => c.name).sort()).toEqual(['Amos Pell', 'Dora Pell']);
    expect(e.people.map((p) => p.name)).toEqual(['Ilse Varga', 'Thomas Crale']);
  });

  test('"joined the company as X retired" names no part', () => {
    expect(run('Maren Holt joined the company as Ada Rusk retired.').entities.characters).toEqual([]);
  });
});
