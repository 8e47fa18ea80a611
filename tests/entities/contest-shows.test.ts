// A televised contest named beside its kind ("the ITV singing contest …") is a TV show. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const extract = (text: string) => extractArticle(text, { id: 'c' });

describe('a televised contest named beside its kind', () => {
  const films = (text: string) => extract(text).entities.films.map((f) => [f.title, f.kind]);

  test('"the Channel 4 baking competition Crumb Club" is a TV show', () => {
    expect(films('He won the Channel 4 baking competition Crumb Club in 2021.')).toEqual([['Crumb Club', 'tv']]);
  });

  test('"Voicebox, the BBC\'s Saturday-night singing contest," is a TV show, and so is a later bare mention', () => {
    const text = 'She reached the final of Voicebox, the BBC\'s Saturday-night singing contest, last year. She won this year\'s Voicebox.';
    const film = extract(text).entities.films;
    expect(film.map((f) => [f.title, f.kind])).toEqual([['Voicebox', 'tv']]);
    expect(film[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Voicebox', 'Voicebox']);
  });

  test('a sentence\'s first word before the phrase names no show ("Tonight, the BBC\'s talent show returns")', () => {
    expect(films('Tonight, the BBC\'s talent show returns.')).toEqual([]);
  });
});
