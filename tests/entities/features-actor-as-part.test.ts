import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'p' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => [c.name, c.actor, c.mentions[0]!.start, c.mentions[0]!.end]) };
};

describe('"the dub features ACTOR as PART": a work\'s noun, then "features", bills its cast like "stars"', () => {
  test('one pair, then a later pair after "and"', () => {
    const text = 'The English dub features Mara Lindqvist as Pell and Tomas Reid as Odo.';
    expect(entities(text)).toEqual({
      people: ['Mara Lindqvist', 'Tomas Reid'],
      characters: [['Pell', 'Mara Lindqvist', 43, 47], ['Odo', 'Tomas Reid', 66, 69]],
    });
  });

  test('near miss: "features" after a noun that is no work names no part', () => {
    const text = 'The festival features Mara Lindqvist as Host on Sunday.';
    expect(entities(text).characters).toEqual([]);
  });
});
