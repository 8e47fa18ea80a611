// "a fictional banker named Otto Crane": a name brought in by "named" or "called" after a description marked
// fictional is a part, as one after a comma is. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { synopsisParts } from '../../src/entities/synopsis-parts.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'f' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => [c.name, c.mentions.map((m) => [m.start, m.end])]) };
};

describe('a fictional description, then "named"/"called" and the name', () => {
  test('"a fictional ferry captain named Ilse Varga" is a character', () => {
    const text = 'The comedy centres on a fictional ferry captain named Ilse Varga.';
    expect(synopsisParts(text)).toEqual(['Ilse Varga']);
    const at = text.indexOf('Ilse Varga');
    expect(entities(text)).toEqual({ people: [], characters: [['Ilse Varga', [[at, at + 'Ilse Varga'.length]]]] });
  });

  test('"called" too', () => {
    expect(synopsisParts('Its hero is a fictional detective called Bram Oakes.')).toEqual(['Bram Oakes']);
  });

  test('near miss: "the real banker named …" with no "fictional" is no part', () => {
    const text = 'The film follows the real banker named Ilse Varga, who was jailed in 1998.';
    expect(synopsisParts(text)).not.toContain('Ilse Varga');
  });
});
