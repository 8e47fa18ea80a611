import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'p' }).entities.people.map((p) => p.name);

describe('people: a word that opens the sentence before a name is no part of it', () => {
  test('a career stage capitalised at the start ("Rookie") is a description, not the given name', () => {
    expect(people('Rookie Imani Castell scored twice in the opener.')).toEqual(['Imani Castell']);
    expect(people('Freshman Jonah Whitlock started at guard.')).toEqual(['Jonah Whitlock']);
  });

  test('a clause opener ("Because") glued to a given name is dropped', () => {
    expect(people('Because Marta Lind left, the choir folded.')).toEqual(['Marta Lind']);
  });
});
