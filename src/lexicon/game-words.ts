import { readDataFile } from './data-file.js';

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
  data ??= readDataFile<GameWords>('game-words.json');
  return data;
}
