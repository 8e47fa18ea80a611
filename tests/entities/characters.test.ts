import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'c' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => c.name), films: e.films.map((f) => f.title) };
};

describe('characters: the part an actor plays, named in apposition', () => {
  test('"his character, Captain Idris Wren," is a character, named without the rank before a full name', () => {
    const text = 'Tomas Reid said that his character, Captain Idris Wren, dies in the first episode.';
    expect(entities(text)).toEqual({ people: ['Tomas Reid'], characters: ['Idris Wren'], films: [] });
  });

  test('"who plays the ship\'s cook, Tova Lind," and "joined the cast this year as the smuggler Nyx Harrow"', () => {
    const text = '"Wetter," said Laura Benn, who plays the ship\'s cook, Tova Lind, to laughter. Mara Okafor joined the cast this year as the smuggler Nyx Harrow.';
    const found = entities(text);
    expect(found.characters).toEqual(['Tova Lind', 'Nyx Harrow']);
    expect(found.people).toEqual(['Laura Benn', 'Mara Okafor']);
  });

  test('a rank before a single name stays: "his character, Captain Harrow,"', () => {
    expect(entities('Tomas Reid said his character, Captain Harrow, is a coward.').characters).toEqual(['Captain Harrow']);
  });

  test('"voiced the harbour cat, Pilot Brisk," and "portrayed the old keeper, Orla Venn," are parts too', () => {
    const found = entities('Laura Benn voiced the harbour cat, Pilot Brisk, in the pilot. Tomas Reid portrayed the old keeper, Orla Venn, twice.');
    expect(found.characters).toEqual(['Pilot Brisk', 'Orla Venn']);
  });

  test('"plays the piano, Mara Okafor said" names no part: the name runs on into the sentence', () => {
    const found = entities('Laura Benn plays the piano, Mara Okafor said on Friday.');
    expect(found.characters).toEqual([]);
    expect(found.people).toEqual(['Laura Benn', 'Mara Okafor']);
  });
});
