import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const article = (text: string) => extractArticle(text, { id: 'h' });
const filmTitles = (text: string) => article(text).entities.films.map((f) => f.title);
const quoteRows = (text: string) =>
  article(text).quotes.map((x) => [x.text, x.type, x.start, x.end, x.speaker, x.speaker_kind, x.cue, x.outlet]);

describe('a quoted title after "hit" is a song where a record maker is in its sentence (src/entities/hit-songs.ts)', () => {
  test('"The band behind the 2003 hit “…”" names a song, no film', () => {
    expect(filmTitles('The band behind the 2003 hit “Paper Lanterns” said on Monday it would tour.')).toEqual([]);
  });

  test('a singer\'s possessive and a comma before the title; the quote around it is kept', () => {
    const text = 'The singer’s biggest hit, “Paper Lanterns”, was written in a week, she said.';
    expect(filmTitles(text)).toEqual([]);
    expect(quoteRows(text)).toEqual([['The singer’s biggest hit, “Paper Lanterns”, was written in a week', 'indirect', 0, 65, null, null, 'said', null]]);
  });

  test('near miss: a screen word in the sentence keeps the hit a film, a record maker or none', () => {
    expect(filmTitles('The singer starred in the 1998 hit “Dust Road”, which made $90 million.')).toEqual(['Dust Road']);
    expect(filmTitles('The 1998 hit “Dust Road” made $90 million at the box office.')).toEqual(['Dust Road']);
  });
});

describe('a quoted title right after "hit" in a sentence about podcasts is a podcast: an outlet, no film', () => {
  const entities = (text: string) => extractArticle(text, { id: 'test' }).entities;

  test('"the podcast network behind the true-crime hit “Salt Ledger”" → outlet "Salt Ledger", no film', () => {
    const text = 'The podcast network behind the true-crime hit “Salt Ledger” said it would appeal.';
    const { films, outlets } = entities(text);
    expect(films).toEqual([]);
    expect(outlets.map((o) => [o.name, o.mentions.map((m) => [m.start, m.end, m.text])])).toEqual([['Salt Ledger', [[text.indexOf('Salt Ledger'), text.indexOf('Salt Ledger') + 11, 'Salt Ledger']]]]);
  });

  test('near miss: a screen word in the sentence keeps the hit a film', () => {
    const text = 'The podcast network behind the true-crime hit “Salt Ledger” said the film version opens in May.';
    expect(entities(text).films.map((f) => f.title)).toEqual(['Salt Ledger']);
    expect(entities(text).outlets).toEqual([]);
  });

  test('near miss: a studio\'s hit with no podcast in the sentence stays a film', () => {
    expect(entities('The studio behind the hit “Salt Ledger” said it would appeal.').films.map((f) => f.title)).toEqual(['Salt Ledger']);
  });
});
