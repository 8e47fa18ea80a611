import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a stadium named in its own language is no person', () => {
  test('"Outside Estadio do Mar": no one among the people', () => {
    expect(people('Outside Estadio do Mar, supporters waited for hours.')).toEqual([]);
  });

  test('near miss: a person named in the same sentence stays', () => {
    expect(people('Outside Stade Marin, Lucas Ferrand signed autographs.')).toEqual(['Lucas Ferrand']);
  });
});
