import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'f' }).entities.films.map((f) => ({ title: f.title, kind: f.kind }));

// "the first feature film from comedian Ana Ruiz, “…”": a film word and its maker, then the title set off by commas.
describe('quoted title kind: a film word and its maker before the title', () => {
  test('"The first feature film from comedian Jo Marsh, “Night Ferry Blues,” opened on Friday." → the film', () => {
    expect(films('The first feature film from comedian Jo Marsh, “Night Ferry Blues,” opened on Friday.')).toEqual([{ title: 'Night Ferry Blues', kind: 'film' }]);
  });

  test('"a documentary by Ana Ruiz, “Salt Roads,”" → the film', () => {
    expect(films('Critics praised a documentary by Ana Ruiz, “Salt Roads,” at the festival.')).toEqual([{ title: 'Salt Roads', kind: 'film' }]);
  });

  test('near miss: a book from its author set off the same way is no film', () => {
    expect(films('The first novel from comedian Jo Marsh, “Night Ferry Blues,” sold out on Friday.')).toEqual([]);
  });

  test('"The first feature film directed by comedian Jo Marsh, “Night Ferry Blues”, opens …": the making\'s participle before "by"', () => {
    const text = 'The first feature film directed by comedian Jo Marsh, “Night Ferry Blues”, opens on Friday.';
    const film = extractArticle(text, { id: 'f' }).entities.films[0];
    expect(films(text)).toEqual([{ title: 'Night Ferry Blues', kind: 'film' }]);
    expect(film?.mentions.map((m) => [m.start, m.text])).toEqual([[text.indexOf('Night'), 'Night Ferry Blues']]);
    expect(films('The first film written by Jo Marsh, “Night Ferry Blues,” opens on Friday.')).toEqual([{ title: 'Night Ferry Blues', kind: 'film' }]);
  });

  test('near miss: a song written by its maker set off the same way is no film', () => {
    expect(films('The song written by Jo Marsh, “Night Ferry Blues”, opens the album.')).toEqual([]);
  });
});

describe('quoted title kind: an adverb before the naming word after a film or show word', () => {
  test('"the film, tentatively titled “Harbour Lights.”" → the film', () => {
    expect(films('The studio did not say whether she would star in the film, tentatively titled “Harbour Lights.”')).toEqual([{ title: 'Harbour Lights', kind: 'film' }]);
  });

  test('near miss: "the plan, tentatively titled “…”" names no work', () => {
    expect(films('The council did not say whether it would adopt the plan, tentatively titled “Harbour Lights.”')).toEqual([]);
  });
});

describe('what one watches is a film or a show', () => {
  const films = (text: string) => extractArticle(text, { id: 't' }).entities.films.map((f) => [f.title, f.kind, f.mentions.map((m) => [m.start, m.end])]);

  test('"rewatched “…”", "watched “…” twice": one unknown title after a watching verb is a film', () => {
    const text = 'Ollie Brandt rewatched “The Lantern Keepers” last night.';
    expect(films(text)).toEqual([['The Lantern Keepers', 'film', [[text.indexOf('The Lantern'), text.indexOf('” last')]]]]);
    expect(films('Mia Sørlie watched “The Salt Road” twice in a week.').map(([title]) => title)).toEqual(['The Salt Road']);
  });

  test('near miss: quoted words before a plural noun modify it, no title ("watched “Save the Pier” banners go up")', () => {
    expect(films('Mia Sørlie watched “Save the Pier” banners go up along the front.')).toEqual([]);
  });
});
