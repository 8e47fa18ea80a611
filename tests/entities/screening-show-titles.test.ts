// A "show" after a title is a screening with a screening's time before the title or a cinema after it, and a film
// word right before a title keeps it a film whatever follows. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 's' }).entities.films.map((f) => [f.title, f.kind]);

describe('a screening, not a TV show', () => {
  test('"the midnight “…” show at the … cinema" is a film', () => {
    expect(films('Queues formed for the midnight “Dune Road” show at the Rialto cinema.')).toEqual([['Dune Road', 'film']]);
  });

  test('"the “…” show at the Odeon" is a film', () => {
    expect(films('She watched the “Dune Road” show at the Odeon.')).toEqual([['Dune Road', 'film']]);
  });

  test('"the documentary “…” programme notes": the film word before the title wins', () => {
    expect(films('He wrote about the documentary “Dune Road” programme notes.')).toEqual([['Dune Road', 'film']]);
  });

  test('near miss: "the “…” show drew record ratings" is a TV show', () => {
    expect(films('The “Dune Road” show drew record ratings.')).toEqual([['Dune Road', 'tv']]);
  });

  test('near miss: "the early “…” programme" is still a programme', () => {
    expect(films('She never missed the early “Dune Road” programme.')).toEqual([['Dune Road', 'tv']]);
  });
});
