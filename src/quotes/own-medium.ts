import { workWords } from '../lexicon/work-words.js';

/**
 * "said on her broadcast", "on his podcast": a medium of the speaker's own (data/work-words.json own_medium_kind
 * right after "on" and a personal possessive) is their own channel, not the outlet of an interview they gave
 * earlier nor a programme segment they appeared on. Not "on NRK's broadcast", "on the broadcast".
 */
export function onOwnMedium(words: readonly string[]): boolean {
  return words.some((w, i) => isOwnMediumKind(w) && PERSONAL_POSSESSIVES.has(words[i - 1] ?? '') && words[i - 2] === 'on');
}

/** A kind of medium a speaker may have of their own: podcast, show, newsletter, broadcast (data/work-words.json own_medium_kind). */
export function isOwnMediumKind(word: string): boolean {
  return (ownMediumKinds ??= new Set(workWords('own_medium_kind'))).has(word);
}

const PERSONAL_POSSESSIVES = new Set(['her', 'his', 'their']);
let ownMediumKinds: ReadonlySet<string> | undefined;
