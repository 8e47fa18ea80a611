import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'a' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => c.name), films: e.films.map((f) => f.title) };
};

describe('"the GIVEN Plurals" also called "the Plurals" is a team, no person', () => {
  test('a city opening with a given name', () => {
    expect(entities('By midnight the Charlotte Falcons were champions again. Falcons manager Tom Reyes smiled. The Falcons\' catcher, Ben Ortiz, wept.').people).toEqual(['Tom Reyes', 'Ben Ortiz']);
  });

  test('negative: a surname in -s with person evidence stays a person', () => {
    expect(entities('Charlotte Evans, 34, said the Evans\' house was fine.').people).toEqual(['Charlotte Evans']);
  });
});

describe('a noun for one of a nation is no name', () => {
  test('"the Spaniard admitted"', () => {
    expect(entities('Carlos Ruiz lost in five sets. The Spaniard admitted he had been tired.').people).toEqual(['Carlos Ruiz']);
  });
});

describe('a nickname in marks after a role word and an unlisted given name', () => {
  test.each([
    ['Team-mate Tiago “Tito” Bramante said the car was fast.'],
    ['Team-mate Tiago "Tito" Bramante said the car was fast.'],
  ])('%s', (text) => {
    expect(entities(text).people).toEqual(['Tiago Bramante']);
  });

  test('negative: no role word before, the surname alone stays', () => {
    expect(entities('The “Hammer” Castellucci said no.').people).toEqual(['Castellucci']);
  });
});

describe('parts', () => {
  test('a rank and a surname call a part named in full by it', () => {
    expect(entities('The new series, “Coastline,” follows Sergeant Nora Pell, a character introduced in the original show. Sergeant Pell is played by Amy Rourke, who joined the cast in 2019.')).toEqual({ people: ['Amy Rourke'], characters: ['Nora Pell'], films: ['Coastline'] });
  });

  test('"NAME, …; the actor who played him …" makes the opening name a part', () => {
    expect(entities('The sitcom returns in March. Uncle Walt, the family\'s oldest member, will not return; the actor who played him retired.').characters).toEqual(['Uncle Walt']);
  });

  test('negative: a given name opening the sentence stays a person', () => {
    expect(entities('Tom Wells, the director, said the actor who played him was late.')).toEqual({ people: ['Tom Wells'], characters: [], films: [] });
  });

  test('"plays PART in “TITLE”" makes the title a screen work', () => {
    expect(entities('Rourke, who plays Nora Pell in “Coastline,” said the role was hard.').films).toEqual(['Coastline']);
  });

  test('negative: on a stage it is no film', () => {
    expect(entities('Rourke, who plays Nora Pell in “Coastline” on Broadway, said the role was hard.').films).toEqual([]);
  });
});
