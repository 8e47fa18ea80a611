import type { Token } from '../types.js';
import { isForeignBodyHead, isForeignKindHead, isForeignNameJoiner } from '../lexicon/foreign-body-heads.js';
import { sourceText, type SpeakerPhrase } from './speaker-phrase.js';

/**
 * "The Musée des Arts Royaux said", "Teatro alla Scala said": a body's first word in its own language, a
 * small-letter joiner and capitalised words are one body's whole name; read word by word the joiner cut it and
 * left "Arts Royaux" a person. A foreign word for a kind of business needs no joiner: "Cyrk Arlekin said",
 * "Funivie Col Rosà said" (no one's given name is "Cyrk"). tokens[s, e) is the speaker's run (a leading "the" is left out).
 */
export function foreignBodyName(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  const first = /^the$/i.test(tokens[s]?.text ?? '') ? s + 1 : s;
  const kind = first < e && isForeignKindHead(tokens[first]!.text);
  if (e - first < (kind ? 2 : 3) || !isForeignBodyHead(tokens[first]!.text)) return null;
  let joined = false;
  for (let k = first + 1; k < e; k++) {
    const word = tokens[k]!.text;
    if (isForeignNameJoiner(word) || /^[dl]['’]$/i.test(word)) joined = true;
    else if (!/^\p{Lu}/u.test(word)) return null;
  }
  if (!(joined || kind) || !/^\p{Lu}/u.test(tokens[e - 1]!.text)) return null;
  const name = sourceText(tokens, first, e);
  return { start: tokens[first]!.start, end: tokens[e - 1]!.end, text: name, kind: 'organization', name, role: null, title: null };
}

/** Words a foreign body's name may hold before a run read as a person's name: "Musée des" before "Arts Royaux". */
const MAX_WORDS_BEFORE = 5;

/** Whether tokens[s, e) ends a foreign body's name that opens at it or a few words before it ("Musée des Arts Royaux", "Cyrk Arlekin"): no person. */
export function endsForeignBodyName(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k >= Math.max(0, s - MAX_WORDS_BEFORE); k--) if (foreignBodyName(tokens, k, e)) return true;
  return false;
}
