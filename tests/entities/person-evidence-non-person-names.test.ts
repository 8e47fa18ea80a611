// A given name with a contest or school word, an animal's "female/male named", a biopic's "the late",
// a "was NAME, a …" after playing: person evidence keeps real people. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 't' });
const ents = (text: string) => {
  const e = run(text).entities;
  return { people: e.people.map((p) => p.name), films: e.films.map((f) => f.title), characters: e.characters.map((c) => c.name) };
};

describe('a given name and a contest or school word is a person with person evidence', () => {
  test('an age in apposition', () => {
    expect(ents('The prize went to Mona Cup, a 41-year-old nurse from Derby.')).toEqual({ people: ['Mona Cup'], films: [], characters: [] });
    expect(ents('The sprint was won by Kevin Tech, a 22-year-old from Idaho.')).toEqual({ people: ['Kevin Tech'], films: [], characters: [] });
  });

  test('a speaker with a role in apposition', () => {
    expect(ents('“It was unfair,” said Walter Bowl, the league’s secretary.').people).toEqual(['Walter Bowl']);
    expect(ents('The fine was upheld, said Diane Shield, the former regulator.').people).toEqual(['Diane Shield']);
  });

  test('a role before the name', () => {
    expect(ents('The magistrate, Karen Plate, adjourned the hearing.').people).toEqual(['Karen Plate']);
  });

  test('three words opening with a given name after a role', () => {
    expect(ents('Former senator Peter Ibsen Kings said the bridge was safe.').people).toEqual(['Peter Ibsen Kings']);
    expect(ents('Attorney Linda Moreau State told the court the deal was void.').people).toEqual(['Linda Moreau State']);
  });

  test('negative: "the" before it or a contest word after it is the contest', () => {
    expect(ents('Omar Blake scored twice in the Lena Cup final, said Rita Vance.').people).toEqual(['Omar Blake', 'Rita Vance']);
    expect(ents('Omar Blake scored twice as Sydney won Mona Cup final.').people).toEqual(['Omar Blake']);
  });
});

describe('"a female/male named X" is an animal only in apposition to the animals', () => {
  test('a keeper or a trainer named so is a person', () => {
    expect(ents('The aquarium’s diver, a male named Leo Brandt, said the seals were fed.').people).toEqual(['Leo Brandt']);
    expect(ents('The stable manager, a female called Irene Holm, said the foals were healthy.').people).toEqual(['Irene Holm']);
  });

  test('an age keeps the person', () => {
    expect(ents('Officers questioned a female named Vera Kostic, 41, about two stolen ponies.').people).toEqual(['Vera Kostic']);
  });

  test('negative: beside the animals, and after "whose dog is called"', () => {
    expect(ents('The wolves, a three-year-old female named Sky Ash and a male named Rune Bay, were released, said Ola Berg.').people).toEqual(['Ola Berg']);
    expect(ents('Ola Berg, whose horse is called Silver Dawn, rode on Sunday.').people).toEqual(['Ola Berg']);
  });
});

describe('"the late" makes a real person only in the playing phrase', () => {
  test('a part established by "plays X, a …" stays a part', () => {
    expect(ents('Reyes plays Ivo Marsh, a ghost in an old inn. The first episode opens at the wake of the late Ivo Marsh.')).toEqual({ people: [], films: [], characters: ['Ivo Marsh'] });
  });

  test('"will play the late senator X in TITLE": the title after "in", one word too', () => {
    expect(ents('She will play the late senator Ruth Gale in Rotunda, due next year.')).toEqual({ people: ['Ruth Gale'], films: ['Rotunda'], characters: [] });
  });
});

describe('"He was X, a …, from YEAR" after playing needs a screen or stage', () => {
  test('negative: playing in a band names no part', () => {
    expect(ents('Ortiz played in the orchestra for years. He was Paul Hedge, a violinist, from 1988 to 1994.')).toEqual({ people: ['Paul Hedge'], films: [], characters: [] });
  });

  test('playing on a show does', () => {
    expect(ents('Ortiz played two cousins on the show. He was Paul Hedge, a violinist, from 1988 to 1994.').characters).toEqual(['Paul Hedge']);
  });
});

describe('leftovers of split names and body-word surnames', () => {
  test('an initial cut off before the next sentence’s plural names no one', () => {
    expect(ents('The boxer called himself Mr. Q. Neighbours said the dog barked all night.').people).toEqual([]);
    expect(ents('Mr. Q. Holt said hello to the crowd.').people).toEqual(['Q. Holt']);
  });

  test('a known given name before a body word is a person when he or she speaks', () => {
    expect(ents('Rajiv Cooperative said he would retire in June.').people).toEqual(['Rajiv Cooperative']);
    expect(ents('Hillside Cooperative said in a statement that milk prices fell.').people).toEqual([]);
  });
});
