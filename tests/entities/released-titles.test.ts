// A capitalised title in quotation marks right after "premiered", "screened", or "released" with a maker of films
// or a screen word in its sentence, names a film or show. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 's' }).entities;
const films = (text: string) => entities(text).films.map((f) => [f.title, f.mentions.map((m) => [m.start, m.end])]);

describe('a title put out on a screen', () => {
  test('"the distributor released “…” in 2021" is a film, its mention inside the marks', () => {
    expect(films('The distributor released “Copper Tide” in 2021. Reviews were mixed.')).toEqual([['Copper Tide', [[26, 37]]]]);
  });

  test('"premiered “…” at the festival" is a film', () => {
    expect(films('Organisers premiered “Copper Tide” at the festival on Sunday.').map(([t]) => t)).toEqual(['Copper Tide']);
  });

  test('"screened “…” for critics" is a film', () => {
    expect(films('The cinema screened “Copper Tide” for critics last week.').map(([t]) => t)).toEqual(['Copper Tide']);
  });

  test('"released “…” on Netflix": a screen word in the sentence', () => {
    expect(films('They released “Copper Tide” on Netflix in May.').map(([t]) => t)).toEqual(['Copper Tide']);
  });
});

describe('near misses', () => {
  test('a band released a title: no film', () => {
    expect(films('The band released “Copper Tide” in 2021.')).toEqual([]);
  });

  test('"the label released the album “…”": another kind of work', () => {
    expect(films('The studio released the album “Copper Tide” in 2021.')).toEqual([]);
  });

  test('"premiered her new song “…”": another kind of work', () => {
    expect(films('The singer premiered her new song “Copper Tide” on Friday.')).toEqual([]);
  });

  test('a quotation with a cue after "released" stays a quote, no film', () => {
    const r = extractArticle('The studio released “We Will Not Back Down,” a spokeswoman said.', { id: 's' });
    expect(r.entities.films).toEqual([]);
  });
});
