import type { Token } from '../types.js';
import type { Person } from '../nlp/names.js';
import type { NameMention } from './antecedents.js';

/**
 * "For Brandt, the repairs cannot start soon enough." / "As for Reyes, the wait goes on.": a sentence opened by "for"
 * or "as for" and a person's name, closed by a comma, puts that person in focus — news turns to someone this
 * way, and a "she" in the next sentence is that person, not whoever spoke last. Returns the person named in
 * the opener of the sentence spanning tokens [from, to), or null (no such opener, or the words are no
 * registered person's name: "For years, …", "For the council, …").
 */
export function focusOpenerPerson(tokens: Token[], from: number, to: number, mentions: NameMention[]): Person | null {
  let k = from;
  if (tokens[k]?.normal === 'as') k++;
  if (tokens[k]?.normal !== 'for') return null;
  const nameStart = ++k;
  while (k < to && /^\p{Lu}/u.test(tokens[k]!.text) && tokens[k]!.pos === 'PROPN') k++;
  if (k === nameStart || tokens[k]?.text !== ',') return null;
  const mention = mentions.find((m) => m.at === tokens[nameStart]!.start);
  // (The whole run is the name: "For Brandt's neighbours, …" stops at no comma, and is no focus on Brandt.)
  return mention && mention.person.tokens.length >= k - nameStart ? mention.person : null;
}
