import type { ExtractedQuote, Token } from '../types.js';
import { countAtOrBelow } from '../text/sorted-search.js';

/**
 * A role is built from the tagger's folded words ("harbor" for "harbour"), so that one office matches however it
 * is spelled. The role a quote reports is the article's own: each word the article writes in another spelling is
 * written back as the article has it, from the mention nearest the speaker ("harbour master", not "harbor master").
 * A word spelled out from an abbreviation ("senator" for "Sen.") has no token of that form and stays spelled out.
 */
export function writeRolesAsInArticle(quotes: ExtractedQuote[], tokens: Token[]): void {
  if (!quotes.some((q) => q.speaker_role)) return;
  const byNormal = wordTokensByNormal(tokens);
  for (const q of quotes) {
    if (!q.speaker_role) continue;
    const near = q.speaker_start ?? q.start;
    q.speaker_role = q.speaker_role.split(' ').map((w) => writtenForm(w, byNormal.get(w), near)).join(' ');
  }
}

/** The article's word tokens by their folded form, read once for all the roles of an article. */
function wordTokensByNormal(tokens: Token[]): Map<string, Token[]> {
  const byNormal = new Map<string, Token[]>();
  for (const t of tokens) {
    if (!/^[\p{L}-]+$/u.test(t.text)) continue;
    const list = byNormal.get(t.normal);
    if (list) list.push(t);
    else byNormal.set(t.normal, [t]);
  }
  return byNormal;
}

/**
 * How the article writes the folded word `word`, in small letters, at its token nearest `near` (the earlier of two
 * as near); `word` when it never writes it otherwise. The tokens are in the article's order, so the nearest is found
 * by halving, not by reading them all for each word of each role: an article of a thousand "Mayor X said"s asked
 * each of its thousand roles about every "mayor".
 */
function writtenForm(word: string, written: readonly Token[] | undefined, near: number): string {
  if (!written) return word;
  // `after`: the first token starting after `near`; `before`: the last starting at or before it, moved back to the
  // first of any starting at the same offset (a plain search from the start keeps the first of equals).
  const lo = countAtOrBelow(written, (t) => t.start, near);
  const after = written[lo];
  let before = lo - 1;
  while (before > 0 && written[before - 1]!.start === written[before]!.start) before--;
  const best = before >= 0 && (!after || near - written[before]!.start <= after.start - near) ? written[before]! : after;
  return best ? best.text.toLowerCase() : word;
}
