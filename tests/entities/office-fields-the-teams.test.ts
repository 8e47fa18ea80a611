import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'bb42c' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => c.name) };
};

describe('"ROLE of (the) FIELD NAME": the field with "the", a given name or an institution is cut from the name', () => {
  test.each([
    ['Speaker of the Assembly Rosa Delgado said the session would run late.', 'Rosa Delgado'],
    ['Chair of the Harmony Trust Helen Barker welcomed the donation.', 'Helen Barker'],
    ['Director of the Florence Avery Foundation Nina Holt said the grants were paid.', 'Nina Holt'],
    ['Director of Kestrel Lane Clinic Paul Dorsey said the wait was shorter.', 'Paul Dorsey'],
    ['Secretary of State Mary Ann Cole said the treaty was signed.', 'Mary Ann Cole'],
  ])('%s', (text, name) => {
    expect(entities(text)).toEqual({ people: [name], characters: [] });
  });

  test('negative: an institution\'s name with no office before it names no one', () => {
    expect(entities('Kestrel Lane Clinic said the wait was shorter.').people).toEqual([]);
  });
});

describe('"the voice of the CITY PLURAL": a team a broadcaster calls is no part', () => {
  test('a city\'s team', () => {
    expect(entities('He was the voice of the Chicago Bulls for two decades.')).toEqual({ people: [], characters: [] });
  });

  test('negative: a named part after "the voice of the" stays', () => {
    expect(entities('She is the voice of the Grinch in the new film.').characters).toEqual(['Grinch']);
  });
});
