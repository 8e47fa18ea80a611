import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const spans = (text: string, name: string) => [text.indexOf(name), text.indexOf(name) + name.length];

describe('related parts: a part named by its relation in the story is a character', () => {
  test('"Her on-screen husband, Frank" and "her estranged daughter Chloe" after a played part are parts', () => {
    const text = 'Wren, played by actress Ines Calvo, drowned in the harbour. Her on-screen husband, Tobias, will sell the boat, while her estranged daughter Mara returns for the wake.';
    const e = extractArticle(text, { id: 'r' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])])).toEqual([
      ['Wren', 'Ines Calvo', [spans(text, 'Wren')]],
      ['Tobias', null, [spans(text, 'Tobias')]],
      ['Mara', null, [spans(text, 'Mara')]],
    ]);
    expect(e.people.map((p) => p.name)).toEqual(['Ines Calvo']);
  });

  test('"the character\'s son Tomas" is a part', () => {
    const text = 'In the second act the character\'s son Tomas runs away.';
    expect(extractArticle(text, { id: 'r' }).entities.characters.map((c) => c.name)).toEqual(['Tomas']);
  });

  test('"NAME, played by ACTOR," is a part in a short text that names no screen work', () => {
    const text = 'Brill said Nora Vane, played by Ada Quill, would die.';
    const e = extractArticle(text, { id: 'r' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Nora Vane', 'Ada Quill', [spans(text, 'Nora Vane')]]]);
    expect(e.people.map((p) => p.name).sort()).toEqual(['Ada Quill', 'Brill']);
  });

  test('negative: a real person\'s daughter stays a person', () => {
    const text = 'Rosa Quill, the mayor, died last week. Her estranged daughter Chloe returned for the funeral.';
    const e = extractArticle(text, { id: 'r' }).entities;
    expect(e.characters).toEqual([]);
    expect(e.people.map((p) => p.name)).toContain('Chloe');
  });

  test('negative: "her daughter" in a later sentence of the part\'s paragraph belongs to that sentence\'s subject, the actor', () => {
    // The owner is read from the sentence holding "her", not from the paragraph's first sentence.
    const text = 'The series ended on Sunday after six seasons.\n\nMaggie, played by Rosalind Carey, dies in the finale. Carey said her daughter Ellen had cried at the read-through.';
    const e = extractArticle(text, { id: 'r' }).entities;
    expect(e.characters.map((c) => c.name)).toEqual(['Maggie']);
    expect(e.people.map((p) => p.name).sort()).toEqual(['Ellen', 'Rosalind Carey']);
  });

  test('a possessive opening the sentence after the part\'s own sentence, inside a paragraph, still finds the part', () => {
    const text = 'The finale aired on Sunday.\n\nWren, played by actress Ines Calvo, drowned in the harbour. Her estranged daughter Mara returns for the wake.';
    expect(extractArticle(text, { id: 'r' }).entities.characters.map((c) => c.name)).toEqual(['Wren', 'Mara']);
  });
});

describe('related parts: a real family stays people', () => {
  test('negative: "survived by his wife, Jean" after a singer is no part', () => {
    const text = 'The singer Tom Vale, played by no one but himself on stage, died on Monday. Vale is survived by his wife, Jean, and their daughter, Rhea Vale.';
    expect(extractArticle(text, { id: 'r' }).entities.characters).toEqual([]);
  });
});

describe('a relative named after "whose" or after a part someone is said to play is a part', () => {
  const named = (text: string) => {
    const { characters, people } = extractArticle(text, { id: 'w' }).entities;
    return { characters: characters.map((c) => [c.name, c.mentions.map((m) => m.start)]), people: people.map((p) => p.name) };
  };

  test('"She stars as Ilse, a pilot whose brother, Tobin, has vanished." → parts Ilse and Tobin', () => {
    const text = 'She stars as Ilse, a pilot whose brother, Tobin, has vanished.';
    expect(named(text)).toEqual({ characters: [['Ilse', [text.indexOf('Ilse')]], ['Tobin', [text.indexOf('Tobin')]]], people: [] });
  });

  test('… and across two sentences: "She plays Ilse, a pilot. Her brother, Tobin, has vanished."', () => {
    const text = 'She plays Ilse, a pilot. Her brother, Tobin, has vanished.';
    expect(named(text)).toEqual({ characters: [['Ilse', [text.indexOf('Ilse')]], ['Tobin', [text.indexOf('Tobin')]]], people: [] });
  });

  test('near miss: "whose" after someone met, not played, names a person\'s relative', () => {
    expect(named('She met Ilse Marr, a pilot whose brother, Tobin, has vanished.')).toEqual({ characters: [], people: ['Ilse Marr', 'Tobin'] });
  });

  test('near miss: a part with no description set off after it leaves "her" the actor\'s', () => {
    expect(named('She stars as Ilse in the film. Her brother, Tobin Marr, was at the premiere.')).toEqual({ characters: [['Ilse', [13]]], people: ['Tobin Marr'] });
  });
});

describe('related parts: a hyphenated name and the actor who plays the relative', () => {
  test('"Her on-screen husband, Frank Doyle-Hart," is one part, not cut at the hyphen', () => {
    const text = 'Her on-screen husband, Frank Doyle-Hart, is a fisherman.';
    const e = extractArticle(text, { id: 'r' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Frank Doyle-Hart', [spans(text, 'Frank Doyle-Hart')]]]);
    expect(e.people).toEqual([]);
  });

  test('"Her on-screen brother, Declan Farris-Holt, who plays the doctor Ned Lowe, said" → one person (the actor), the played doctor a part', () => {
    const text = 'Her on-screen brother, Declan Farris-Holt, who plays the doctor Ned Lowe, said the cast was upset.';
    const e = extractArticle(text, { id: 'r' }).entities;
    expect(e.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])])).toEqual([['Declan Farris-Holt', [spans(text, 'Declan Farris-Holt')]]]);
    expect(e.characters.map((c) => c.name)).toEqual(['Ned Lowe']);
  });

  test('near miss: without "who plays" the on-screen relative stays a part', () => {
    expect(extractArticle('Her on-screen brother, Declan, said nothing in the final scene.', { id: 'r' }).entities.characters.map((c) => c.name)).toEqual(['Declan']);
  });
});
