import type { Token } from '../types.js';
import { hyphenInWord, isQuoteMark, tokenAt } from './speaker.js';

/**
 * The author an excerpt's sentence is about: the person named as its subject, "In an excerpt published by
 * Vogue, Ines Kowal, 41, writes …" or "Kowal writes in an excerpt …" — the first name outside quotation
 * marks that is not the object of a preposition or a verb ("published by Vogue", "told by Ruth Ames"),
 * followed by a verb or an apposition's comma. Null when the subject is no name ("she writes").
 * (Not the speaker of a quote the sentence holds: in "X recalls being told by an agent that she was “…”"
 * the quote is the agent's, the excerpt still X's.)
 */
export function excerptAuthor(tokens: Token[], from: number, to: number): string | null {
  if (!tokens.length) return null;
  let k = tokenAt(tokens, from, tokens.length - 1);
  if (tokens[k]!.start < from) k++;
  let quoted = false;
  for (; k < tokens.length && tokens[k]!.start < to; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t)) quoted = !quoted;
    if (quoted || !nameWord(t)) continue;
    // (A hyphenated name is one: "Sato-Brandt".)
    let last = k;
    for (;;) {
      if (nameWord(tokens[last + 1])) last++;
      else if (hyphenInWord(tokens, last + 1) && nameWord(tokens[last + 2])) last += 2;
      else break;
    }
    const before = tokens[k - 1];
    const after = tokens[last + 1];
    const object = !!before && (/^(ADP|VERB)$/.test(before.pos) || before.normal === 'by');
    if (!object && after && (/^(VERB|AUX)$/.test(after.pos) || after.text === ',')) return nameText(tokens, k, last);
    k = last;
  }
  return null;
}

/** A capitalised proper noun. */
function nameWord(t: Token | undefined): boolean {
  return !!t && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
}

/** The name's words as written: a space where the text has one ("Ana Sato-Brandt"). */
function nameText(tokens: Token[], from: number, last: number): string {
  return tokens.slice(from, last + 1).map((w, i) => (i > 0 && w.start > tokens[from + i - 1]!.end ? ' ' : '') + w.text).join('');
}

/** Whether a quote's speaker (a person's canonical name) is the author named by excerptAuthor, by surname. */
export function isAuthor(speaker: string | null, author: string): boolean {
  return !!speaker && speaker.split(/\s+/).pop() === author.split(/\s+/).pop();
}
