import type { Token } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/**
 * "Hartwell's said in a statement that …": one capitalised word with "'s" glued to it, right before a cue in the
 * past, owns nothing; it is a shop or company named with a possessive ("Sainsbury's", "Hartwell's"). News prose
 * writes a person's "has said" out, so the name with its "'s" is the speaker, an organization. `name` is the
 * word before the "'s", `cue` the cue's first token. (Not after a given name, "Tom Hartwell's", nor a given name
 * itself, "Maria's said".)
 */
export function possessiveShopName(tokens: Token[], name: number, cue: number, lo: number): SpeakerPhrase | null {
  const word = tokens[name];
  const s = tokens[name + 1];
  if (!word || !s || name + 2 !== cue || name < lo) return null;
  if (!/^['’]s$/.test(s.text) || word.end !== s.start || word.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(word.text)) return null;
  if (!/^(said|told|announced|confirmed|added|declined|insisted|warned|stated)$/.test(tokens[cue]!.normal)) return null;
  if (genderOfFirstName(word.text) !== 'unknown') return null;
  const before = tokens[name - 1];
  if (before && name - 1 >= lo && before.pos === 'PROPN' && /^\p{Lu}/u.test(before.text)) return null;
  const text = word.text + s.text;
  return { start: word.start, end: s.end, text, kind: 'organization', name: text, role: null, title: null };
}
