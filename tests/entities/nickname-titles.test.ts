import { describe, expect, test } from 'vitest';
import { processArticle } from '../../src/pipeline/process.js';

const filmsOf = (text: string) => processArticle({ id: 'x', path: 'x', text }).entities.films.map((f) => f.title);

describe('a nickname is no title', () => {
  test('a quoted name after "nicknamed" is not a film, beside a film that is one', () => {
    const text = 'Mara Okafor met Teo Brandt on the set of the comedy “Low Tide,” in which she made her debut. Fans, who had already nicknamed them “Marlo,” were not convinced.';
    expect(filmsOf(text)).toEqual(['Low Tide']);
  });

  test('a quoted title after "the comedy" is still a film', () => {
    const text = 'Mara Okafor met Teo Brandt on the set of the comedy “Low Tide,” in which she made her debut.';
    expect(filmsOf(text)).toEqual(['Low Tide']);
  });
});
