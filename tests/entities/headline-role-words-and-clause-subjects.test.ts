import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'h' }).entities;
  return { people: e.people.map((p) => p.name), films: e.films.map((f) => f.title) };
};

describe('entities: headline phrases and clause subjects are no titles', () => {
  test('a capitalised film word before a comma in a headline opens no title ("Series, Gains Damages")', () => {
    const text = 'Singer Loses Fight Over Series, Gains Damages\n\nThe singer Marisa Delgado settled on Tuesday.\n';
    expect(entities(text).films).toEqual([]);
  });

  test('"the film" with an auxiliary after it is the next clause\'s subject, no apposition to the place before', () => {
    const text = 'The suit, filed Friday in Denver District Court, says the film has hurt her career. According to the suit, filed Friday in Denver District Court, the film has damaged her name, Owen Fairley said.\n';
    expect(entities(text)).toEqual({ people: ['Owen Fairley'], films: [] });
  });

  test('a title followed by ", the film that …" is still a film', () => {
    const text = 'She starred in Night Harbour, the film that made her name, Owen Fairley said.\n';
    expect(entities(text).films).toEqual(['Night Harbour']);
  });
});
