import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'dated-other-work' }).entities.films.map((f) => `${f.title}:${f.kind}`);

describe('a quoted title described as another kind of work with a year ("“…,” a 2019 podcast hosted by …")', () => {
  test('a dated podcast or novel in apposition is no film, even in an article about a series', () => {
    expect(films('“Cold Harbour,” a six-part series, premiered on Friday. It adapts “Salt Road,” a 2017 podcast hosted by reporter Ida Marsh.')).toEqual(['Cold Harbour:tv']);
    expect(films('“Cold Harbour,” a six-part series, premiered on Friday. Back then, “Salt Road,” a 2017 novel by Ida Marsh, sold well.')).toEqual(['Cold Harbour:tv']);
  });

  test('a dated film in apposition stays a film', () => {
    expect(films('“Cold Harbour,” a six-part series, premiered on Friday. It follows “Salt Road,” a 2017 film by Ida Marsh.')).toEqual(['Cold Harbour:tv', 'Salt Road:film']);
  });
});
