import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 's21' }).entities;
  return { people: e.people.map((p) => p.name), films: e.films.map((f) => `${f.title}:${f.kind}`), characters: e.characters.map((c) => c.name) };
};

describe('soaps and shows named by an apposition, a season event or a subtitle', () => {
  test('"NAME, the daytime soap opera that …" is a show even with a given name first; "NAME: Subtitle" is its spin-off', () => {
    const e = entities('The cast of Maple Hollis, the daytime soap opera that has aired on NBC since 1979, taped its 9,000th episode on Monday. Asked about Maple Hollis: Night Shift, the prime-time spin-off, the producer laughed.');
    expect(e.films).toEqual(['Maple Hollis:tv', 'Maple Hollis: Night Shift:tv']);
    expect(e.people).toEqual([]);
  });

  test('"the season four reunion of NAME" names a show', () => {
    expect(entities('The season four reunion of Island Hearts, which aired on Sunday night, was a mess.').films).toEqual(['Island Hearts:tv']);
  });

  test('a person described by a trade ("Ana Reyes, a documentary maker,") stays a person', () => {
    const e = entities('Ana Reyes, a documentary maker, said the grant had run out.');
    expect(e.people).toEqual(['Ana Reyes']);
    expect(e.films).toEqual([]);
  });
});

describe('parts named through a family or for a span of years', () => {
  test('"played the Dunmore family’s butler, Oswin Tate," is a part; the family name is none', () => {
    const e = entities('Marla Quint, 70, has played the Dunmore family’s butler, Oswin Tate, since 1990.');
    expect(e.characters).toEqual(['Oswin Tate']);
    expect(e.people).toEqual(['Marla Quint']);
  });

  test('"He was NAME, a …, from YEAR until …" after a sentence about playing is a part', () => {
    const e = entities('Roy Pell has the rare distinction of playing two cousins on the show. He was Gil Harker, a crooked banker, from 1995 until Gil drowned in 2001.');
    expect(e.characters).toEqual(['Gil Harker']);
    expect(e.people).toEqual(['Roy Pell']);
  });

  test('"the voice of the Austin band Dry Creek": a place before a group noun is no part', () => {
    expect(entities('Vale was the voice of the Austin band Dry Creek for a decade.').characters).toEqual([]);
  });
});

describe('artworks and podcast hosts', () => {
  test('"The canvas, “Harbor Study No. 7,”" and its "“Harbor Study” series" are no film or show', () => {
    expect(entities('The canvas, “Harbor Study No. 7,” had been estimated at $4 million. He said the “Harbor Study” series was different from her later work.').films).toEqual([]);
  });

  test('the host in a podcast title "Unplugged With Dana Cole" is a person', () => {
    expect(entities('Romano spoke on Monday on the podcast Unplugged With Dana Cole, where he apologised.').people).toEqual(['Dana Cole']);
  });
});
