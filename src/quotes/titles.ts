import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * An abbreviated title the tokenizer split from its full stop ("Det" "." in "Det. Ana Ruiz"), read
 * back as one word ("Det.") when tokens[k] is that full stop; null otherwise.
 */
export function splitTitle(tokens: readonly Token[], k: number): string | null {
  const dot = tokens[k];
  const word = tokens[k - 1];
  if (dot?.text !== '.' || !word || word.end !== dot.start) return null;
  const title = `${word.text}.`;
  return cueLexicon().roleTitles.has(title.toLowerCase()) ? title : null;
}

/**
 * Whether a title of office or address stands right before the name that starts at tokens[first]
 * ("Sen. Oren Halvik", "Councilwoman Tiva Renkel"): `title` is the one the name's phrase was written
 * with, lower case.
 */
export function titledName(tokens: readonly Token[], first: number, title: string | null): boolean {
  const titles = cueLexicon().nameTitles;
  if (title && titles.has(title) && tokens[first - 1]?.normal === title) return true;
  const split = splitTitle(tokens, first - 1);
  return !!split && titles.has(split.toLowerCase());
}

/** Every role an abbreviated title is written out as ("general" for "Gen.", "major" for "Maj."), lower case. */
let titleRoles: Set<string> | undefined;

/** word (lower case) is a role an abbreviated title names: "general", "major", "corporal", "senator". */
export function isTitleRole(word: string): boolean {
  titleRoles ??= new Set([...cueLexicon().roleTitles.values()].flatMap((roles) => [...roles]));
  return titleRoles.has(word);
}
