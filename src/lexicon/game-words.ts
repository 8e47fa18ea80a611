import { readFileSync } from 'node:fs';

/** data/game-words.json: nouns for a video game and the platforms one comes out on. */
export interface GameWords {
  game_nouns: string[];
  platforms: string[];
  subject_words: string[];
  screen_genres: string[];
  screen_openings: string[];
}

let data: GameWords | undefined;

export function gameWords(): GameWords {
  data ??= JSON.parse(readFileSync(new URL('../../data/game-words.json', import.meta.url), 'utf8')) as GameWords;
  return data;
}
