import { readFileSync } from 'node:fs';

/** The word lists of data/title-contexts.json: words around a quoted title that make it a work's name (lower case). */
export interface TitleContexts {
  /** Verbs of winning or being put up for a prize ("won", "nominated"). */
  readonly prize_verbs: readonly string[];
  /** Words of a prize between a prize verb and "for" ("award", "best"). */
  readonly award_words: readonly string[];
  /** Verbs of performing a work right before its title ("performed", "covered"). */
  readonly performing_verbs: readonly string[];
  /** Kinds of work named in apposition right after a title ("record", "track"). */
  readonly works_in_apposition_after: readonly string[];
}

let contexts: TitleContexts | undefined;

export function titleContexts(): TitleContexts {
  contexts ??= JSON.parse(readFileSync(new URL('../../data/title-contexts.json', import.meta.url), 'utf8')) as TitleContexts;
  return contexts;
}
