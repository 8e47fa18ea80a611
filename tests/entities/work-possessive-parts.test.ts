import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'w' }).entities;

describe('characters: a name in apposition with a work\'s archetype ("the film\'s villain")', () => {
  test('"King Orrin, the series\' antagonist," is a part, no person', () => {
    const text = 'Mendes said the battle scenes with King Orrin, the series\' antagonist, took a month to shoot.';
    const e = entities(text);
    expect(e.characters.map((c) => c.name)).toEqual(['King Orrin']);
    expect(e.people.map((p) => p.name)).toEqual(['Mendes']);
  });

  test('"Vela Strand, the film\'s hero," is a part', () => {
    const text = 'Okafor said Vela Strand, the film\'s hero, would return in the sequel.';
    expect(entities(text).characters.map((c) => c.name)).toEqual(['Vela Strand']);
  });

  test('a real person in apposition with a job is no part (negative case)', () => {
    const text = 'Mendes said Vela Strand, the film\'s producer, would return in the sequel.';
    const e = entities(text);
    expect(e.characters).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['Mendes', 'Vela Strand']);
  });
});
