// Written words of a token span: the tagger may split one word ("Kova" + "č", "Haddad" + "-" + "Moreau"); these
// glue the touching pieces back.
import type { Token } from '../types.js';

/** The text of the first of wordsOf(tokens, s, e), without building the others. */
export function firstWordText(tokens: Token[], s: number, e: number): string {
  let word = tokens[s]!.text;
  let end = tokens[s]!.end;
  for (let k = s + 1; k <= e; k++) {
    const t = tokens[k]!;
    if (!joinsWord(word, end, t)) break;
    word += t.text;
    end = t.end;
  }
  return word;
}

/** Whether token t continues the word `word` ending at `end`: it touches it and is a letter piece or a hyphen. */
function joinsWord(word: string, end: number, t: Token): boolean {
  return end === t.start && ((/^\p{L}/u.test(t.text) && /\p{L}$/u.test(word)) || t.text === '-' || word.endsWith('-'));
}

/** Tokens s..e grouped into written words: touching letter pieces are one word ("Kova" + "č"). */
export function wordsOf(tokens: Token[], s: number, e: number): Token[] {
  const out: Token[] = [];
  for (let k = s; k <= e; k++) {
    const t = tokens[k]!;
    const last = out[out.length - 1];
    if (last && joinsWord(last.text, last.end, t)) {
      out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end, pos: last.pos === 'X' ? t.pos : last.pos };
    } else out.push(t);
  }
  return out;
}
