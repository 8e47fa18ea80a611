// A programme word right beside a title makes it a broadcast, never a film. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'p' }).entities.films.map((f) => [f.title, f.kind]);

describe('a programme word beside a title', () => {
  test('"the children\'s programme “…”" is a TV programme', () => {
    expect(films('She presented the children\'s programme “Puddle Lane Friends” for 12 years.')).toEqual([['Puddle Lane Friends', 'tv']]);
  });

  test('"a station\'s “…” programme" is a programme, not a film', () => {
    expect(films('Speaking on Coastline FM\'s “Morning Tide” programme, Ana Ruiz said she was tired.').filter(([, k]) => k === 'film')).toEqual([]);
  });

  test('near miss: "the film “…”" stays a film', () => {
    expect(films('She starred in the film “Puddle Lane Friends” in 2009.')).toEqual([['Puddle Lane Friends', 'film']]);
  });
});
