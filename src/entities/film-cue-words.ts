// Word sets that cue a film or show beside a title (from data/work-words.json and cues.json), shared by the title tests.
import { cueLexicon } from '../lexicon/cues.js';
import { workWords } from '../lexicon/work-words.js';

// Words beside a name that make it a film or show (data/work-words.json film_cue).
export const CUE_WORDS: ReadonlySet<string> = new Set(workWords('film_cue'));
// Kinds of film or show after a title and a genre word (data/work-words.json after_title_and_genre).
export const KINDS_AFTER_GENRE: ReadonlySet<string> = new Set(workWords('after_title_and_genre'));
export const VERB_CUES = new Set(['starred', 'starring', 'stars', 'directed', 'directing', 'directs', 'wrote', 'filming', 'filmed', 'shooting', 'produced', 'in', 'of']);
// (Not "starring" or "starred": the names right after them are the cast, "“Steel Horizon,” starring Pia
// Lund and Omar Teague"; "starred in “…”" is taken below.)
export const STRONG_VERB_CUES = new Set(['directed', 'directing', 'produced', 'appeared']);

// Film words that follow a title: "the Speed premiere", "his Mummy co-star" (data/work-words.json
// after_film_title); and its one-word credits (cues.json credit_phrases: "“Steel Horizon,” starring …").
let afterCues: ReadonlySet<string> | undefined;

/** The film words after a title and the one-word credit phrases, built once. */
export function wordsAfterTitle(): ReadonlySet<string> {
  afterCues ??= new Set([...workWords('after_film_title'), ...cueLexicon().creditPhrases.filter((phrase) => !phrase.includes(' '))]);
  return afterCues;
}

/** Words for the screen before "adaptation of" a book: "the film adaptation of", "a TV adaptation of". */
export const SCREEN_WORDS: ReadonlySet<string> = new Set(['film', 'movie', 'screen', 'television', 'tv', 'series']);
