import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'made-other-work' }).entities.films.map((f) => `${f.title}:${f.kind}`);

describe('a quoted title whose apposition names a song or record and its maker ("“…,” the song Ana Ruiz wrote")', () => {
  test('a song a named writer wrote is no film, in an article about a film', () => {
    expect(films('“Cold Harbour,” a six-part series, premiered on Friday. Its star is best known for “Lanterns,” the song Mara Quinn allegedly wrote about him.')).toEqual(['Cold Harbour:tv']);
  });

  test('near miss: a film its maker directed stays a film', () => {
    expect(films('The actor loved “Dusk,” the film Ana Ruiz directed in Lisbon.')).toEqual(['Dusk:film']);
  });
});
