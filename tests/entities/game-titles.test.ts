// A quoted title the words beside it call a video game is no film; a screen work from a game, and a game show,
// stay works. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 't' }).entities.films.map((f) => [f.title, f.kind]);

describe('video games are no films', () => {
  test('a sequel to a role-playing game, in apposition', () => {
    expect(films('The developer said it would delay “Mirewood II,” the sequel to its hit fantasy role-playing game, until March.')).toEqual([]);
  });

  test('a shooter and a title for consoles, in apposition; a game word before the title', () => {
    expect(films('Reviewers liked “Iron Tide,” a shooter for consoles, more than “Glass Orchard,” a title for consoles.')).toEqual([]);
    expect(films('The video game “Lantern Road” sold two million copies.')).toEqual([]);
  });

  test('near miss: a film made from a game, a film sequel and a game show stay films and shows', () => {
    expect(films('She starred in “Iron Tide,” the film adaptation of the video game.')).toEqual([['Iron Tide', 'film']]);
    expect(films('She starred in “Iron Tide,” the sequel to the 2019 film.')).toEqual([['Iron Tide', 'film']]);
    expect(films('He hosted “Lucky Break,” the game show, for a decade.')).toEqual([['Lucky Break', 'tv']]);
  });
});
