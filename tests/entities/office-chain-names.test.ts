import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'r6a' }).entities.people.map((p) => p.name);

describe('an office\'s name before a person\'s, with no comma', () => {
  test('"Deputy Mayor for Transport of Lyon Claire Mercier": the field and the place are cut', () => {
    expect(people('Deputy Mayor for Transport of Lyon Claire Mercier said the trams would run later.')).toEqual(['Claire Mercier']);
  });

  test('"Director of the Museum Elm Square" with no name after it names no one', () => {
    expect(people('“The wing will reopen in May,” Director of the Museum Elm Square said.')).toEqual([]);
  });

  test('negative: a plain place office keeps its cut ("Mayor of Lyon Claire Mercier")', () => {
    expect(people('Mayor of Lyon Claire Mercier said the trams would run later.')).toEqual(['Claire Mercier']);
  });
});
