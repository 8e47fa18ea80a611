// A film or show whose apposition is about a game (a genre noun heading it, "about …" before the game noun) or that
// opens in theaters stays a film; a game described with a genre word stays a game. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 't' }).entities.films.map((f) => [f.title, f.kind]);

describe('a screen work about a video game is still a film', () => {
  test('a genre noun with "about" before the game noun', () => {
    expect(films('Critics liked “Joystick Summer,” a comedy about two video game testers.')).toEqual([['Joystick Summer', 'film']]);
    expect(films('“Final Boss,” a drama about a family torn apart by video games, won the jury prize.')).toEqual([['Final Boss', 'film']]);
  });

  test('a release that opens on a weekday or in theaters', () => {
    expect(films('“Respawn,” a thriller about a gamer who vanishes, opens Friday.')).toEqual([['Respawn', 'film']]);
    expect(films('The video game “Respawn” opens in theaters this week as a film.')).toEqual([['Respawn', 'film']]);
  });

  test('near miss: a genre word right before the game noun, or a title for consoles, is still a game', () => {
    expect(films('Reviewers praised “Night Ward,” a horror game from a small studio.')).toEqual([]);
    expect(films('Reviewers praised “Night Ward,” a horror title for consoles.')).toEqual([]);
  });
});
