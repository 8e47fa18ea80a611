import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const read = (text: string) => {
  const r = extractArticle(text, { id: 'g' });
  return {
    quotes: r.quotes.map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet, q.start, q.end]),
    films: r.entities.films.map((f) => [f.title, f.kind, f.mentions[0]!.start, f.mentions[0]!.end]),
  };
};

describe('"Appearing on “TITLE”": what a guest appears, speaks or is interviewed on is a broadcast (kind tv), no film', () => {
  test('an appearance verb opening the sentence; the quote after it is unchanged', () => {
    const text = 'Appearing on "Open Table" on Tuesday, the governor said the budget would pass.';
    expect(read(text)).toEqual({
      quotes: [['the budget would pass', 'indirect', null, 'said', null, 56, 77]],
      films: [['Open Table', 'tv', 14, 24]],
    });
  });

  test('"speaking on" inside the apposition', () => {
    const text = 'The minister, speaking on “Open Table” on Sunday, said the talks had failed.';
    expect(read(text).films).toEqual([['Open Table', 'tv', 27, 37]]);
  });

  test('near miss: a title one stars in stays a film', () => {
    const text = 'She starred in "Harbor Lights" in 2004.';
    expect(read(text).films).toEqual([['Harbor Lights', 'film', 16, 29]]);
  });
});
