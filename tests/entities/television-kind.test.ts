import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) =>
  extractArticle(text, { id: 'tv' }).entities.films.map((f) => ({ title: f.title, kind: f.kind, mentions: f.mentions.map((m) => [m.start, m.end]) }));

describe('television kind: a network and a kind of show before a title', () => {
  test('"the BBC drama “…”" names a show', () => {
    const text = 'Lena Park, who plays Detective Ruth Kane in the BBC drama “Low Tide,” said the role was hard.';
    expect(films(text)).toEqual([{ title: 'Low Tide', kind: 'tv', mentions: [[59, 67]] }]);
  });

  test('a word may stand between the network and the kind: "a Netflix crime thriller"; "the Channel 4 comedy" too', () => {
    expect(films('Omar Reyes, who stars in the Netflix crime thriller “Iron Gate,” said he was tired.')).toEqual([{ title: 'Iron Gate', kind: 'tv', mentions: [[53, 62]] }]);
    expect(films('Omar Reyes, who stars in the Channel 4 comedy “Iron Gate,” said he was tired.')).toEqual([{ title: 'Iron Gate', kind: 'tv', mentions: [[47, 56]] }]);
  });

  test('negative: "the Netflix film “…”" stays a film', () => {
    expect(films('Omar Reyes, who stars in the Netflix film “Iron Gate,” said he was tired.')).toEqual([{ title: 'Iron Gate', kind: 'film', mentions: [[43, 52]] }]);
  });
});

describe('the maker of a work before a quoted title; a programme someone directs or heads is a scheme', () => {
  test('"the director of the “…” programme" names no film', () => {
    expect(films('She said Mark Bell, the director of the “Safe Streets” programme, was wrong.')).toEqual([]);
    expect(films('The head of the “Clean Rivers” program, Ada Voss, said funding would end.')).toEqual([]);
  });

  test('"the director of “…”" still introduces a film; a police operation is none', () => {
    expect(films('“It is finished,” said Ines Marlow, the director of “The Paper Orchard,” in an interview.')).toEqual([{ title: 'The Paper Orchard', kind: 'film', mentions: [[53, 70]] }]);
    expect(films('Tom Hale, the director of “Operation Clean Sweep,” said the raids would go on.')).toEqual([]);
  });
});

describe('the maker of a work: "the producer of “…”", "the showrunner of “…”"', () => {
  test('a producer or a screenwriter "of “…”" names a film', () => {
    expect(films('Ravi Osei, a producer of “Winter Ledger,” said the budget doubled.')).toEqual([{ title: 'Winter Ledger', kind: 'film', mentions: [[26, 39]] }]);
  });

  test('negative: "the director of “Project …”" names a project, no film', () => {
    expect(films('Lia Brandt, the director of “Project Lantern,” said the trial would resume.')).toEqual([]);
  });
});

describe('television kind: a guest\'s appearance on a programme', () => {
  test('"during an appearance on “The Night Desk” on Monday" names a show, beside a film the sentence before names', () => {
    const text = '“Night Ferry Blues,” a comedy about ferry crews, opened on Friday.\n\nMarsh, who wrote and directed the film, spoke during an appearance on “The Night Desk” on Monday night.';
    expect(films(text).map((f) => [f.title, f.kind])).toEqual([['Night Ferry Blues', 'film'], ['The Night Desk', 'tv']]);
  });

  test('near miss: "appeared in “…”" is a part in a work, a film by default', () => {
    const text = 'Marsh appeared in “Night Ferry Blues,” which opened on Friday.';
    expect(films(text).map((f) => [f.title, f.kind])).toEqual([['Night Ferry Blues', 'film']]);
  });
});
