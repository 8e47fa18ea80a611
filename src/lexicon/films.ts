import { readDataFile } from './data-file.js';

export interface FilmFact {
  title: string;
  year: number | null;
  kind: 'film' | 'tv';
  aliases: string[];
  /** A one-word title that is also an ordinary word or a given name ("Underworld", "Carrie"): needs a cue. */
  ordinary?: boolean;
}

let facts: readonly FilmFact[] | undefined;

/** Known films and shows (data/films.json), in file order. */
export function filmFacts(): readonly FilmFact[] {
  facts ??= readDataFile<{ films: FilmFact[] }>('films.json').films;
  return facts;
}
