import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { synopsisParts } from '../../src/entities/synopsis-parts.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 's' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => c.name) };
};

describe('synopsis parts: a work described before its verb, a relation before a name, a fantasy title', () => {
  test('"“X,” a comedy set in …, follows A, a …, and her neighbour B, who …": B is a part, as A is', () => {
    const text = '“Lemon Grove,” a comedy set in a Sicilian village, follows Tessa Moro, a florist who inherits a failing shop, and her neighbour Rocco Bellini, who wants the shop for himself.';
    expect(synopsisParts(text)).toEqual(['Tessa Moro', 'Rocco Bellini']);
    const e = extractArticle(text, { id: 's' }).entities;
    const rocco = e.characters.find((c) => c.name === 'Rocco Bellini');
    expect(rocco?.mentions[0]).toMatchObject({ start: text.indexOf('Rocco'), end: text.indexOf('Rocco') + 'Rocco Bellini'.length });
    expect(e.people.map((p) => p.name)).not.toContain('Rocco Bellini');
  });

  test('a fantasy title stays with the part\'s name ("Ser", "Lady")', () => {
    expect(synopsisParts('“The Iron Crown” follows an exiled knight, Ser Gawen Hale, and his sister, Lady Mira Hale, across the north.')).toEqual(['Ser Gawen Hale', 'Lady Mira Hale']);
  });

  test('near miss: a relation before a name outside a synopsis sentence is no part', () => {
    expect(entities('The senator arrived with her adviser Rocco Bellini, who declined to comment.')).toEqual({ people: ['Rocco Bellini'], characters: [] });
  });

  test('near miss: a crew word before the name is no part ("her director Ana Ruiz")', () => {
    expect(synopsisParts('“Lemon Grove” follows a florist, Tessa Moro, and was shot by her director Ana Ruiz.')).toEqual(['Tessa Moro']);
  });
});
