import { readDataFile } from './data-file.js';

/** The word lists of data/title-contexts.json: words around a quoted title that make it a work's name (lower case). */
export interface TitleContexts {
  /** Verbs of winning or being put up for a prize ("won", "nominated"). */
  readonly prize_verbs: readonly string[];
  /** Verbs of running a place right before its quoted name ("opened", "owns"). */
  readonly venue_verbs: readonly string[];
  /** Small words of other languages that mark a lower-case quoted phrase as a foreign name ("au", "alla"). */
  readonly foreign_small_words: readonly string[];
  /** English function words: a phrase holding one is English, not a foreign name. */
  readonly english_function_words: readonly string[];
  /** Verbs that take a place's name only with a venue noun near ("closed", "bought"). */
  readonly venue_verbs_with_noun: readonly string[];
  /** Nouns of a place of trade or leisure ("restaurant", "bar"). */
  readonly venue_nouns: readonly string[];
  /** Words right before a quoted dish name ("the famous", "its signature"). */
  readonly dish_name_before: readonly string[];
  /** Possessives before a dish name only with a word of food in the sentence ("its", "their"). */
  readonly dish_name_before_with_food: readonly string[];
  /** Words of food and kitchens ("menu", "serves"). */
  readonly food_context_words: readonly string[];
  /** Nouns of a sports side ("side", "team"). */
  readonly sports_side_words: readonly string[];
  /** Words that make a sentence about sport ("coach", "defeat"). */
  readonly sports_context_words: readonly string[];
  /** Performers of music ("band", "pianist"). */
  readonly music_performer_words: readonly string[];
  /** Words right before the marks that make the quotation a predicate ("was", "called it"). */
  readonly predicate_before_quote: readonly string[];
  /** Verbs that, with an object between them and the marks, judge it ("called the plan “…”"). */
  readonly characterising_verbs: readonly string[];
  /** Present-tense speech verbs giving a character's line after "In “TITLE,” NAME" ("says", "tells"). */
  readonly dialogue_verbs: readonly string[];
  /** Words of a prize between a prize verb and "for" ("award", "best"). */
  readonly award_words: readonly string[];
  /** Verbs of performing a work right before its title ("performed", "covered"). */
  readonly performing_verbs: readonly string[];
  /** Kinds of work named in apposition right after a title ("record", "track"). */
  readonly works_in_apposition_after: readonly string[];
  /** Verbs of making a work after a work noun in apposition ("the song she wrote"). */
  readonly making_verbs: readonly string[];
}

let contexts: TitleContexts | undefined;

export function titleContexts(): TitleContexts {
  contexts ??= readDataFile<TitleContexts>('title-contexts.json');
  return contexts;
}
