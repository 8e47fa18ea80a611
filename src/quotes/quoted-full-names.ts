// A speaker known outside quotation marks by the surname alone, whose full name the article writes only inside a
// quotation ("“I declare that Rachel Dunmore is elected,” … Dunmore said"): the quote stage reads names outside
// quotations only, so the speaker would keep the surname while the people list gives the full name.
import type { ExtractedQuote, MarkedSpan } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { literalMatches } from '../text/literal-matches.js';

/**
 * Gives each person speaker named by one word the full name written with it in the quotations: a listed given name
 * and that surname, the only such full name in the whole article (two people sharing it leave the surname alone).
 */
export function fullNamesFromQuotations(quotes: ExtractedQuote[], text: string, marked: MarkedSpan[]): void {
  const found = new Map<string, string | null>();
  for (const q of quotes) {
    if (q.speaker_kind !== 'person' || !q.speaker || !/^\p{Lu}\p{Ll}+$/u.test(q.speaker)) continue;
    if (!found.has(q.speaker)) found.set(q.speaker, quotedFullName(q.speaker, text, marked));
    const full = found.get(q.speaker);
    if (full) q.speaker = full;
  }
}

/** A capitalised word starting a word, and space, right before the surname: the given name, in group 2. */
const GIVEN_NAME_BEFORE = /(?<=(?<![\p{L}.])((\p{Lu}[\p{Ll}'’-]+)\s+))/uy;

/** No letter right after the surname: it ends a word. */
const NO_LETTER_AFTER = /(?![\p{L}])/uy;

/** The one full name ending in `surname` anywhere in the text, when at least one is inside a quotation; else null. */
function quotedFullName(surname: string, text: string, marked: MarkedSpan[]): string | null {
  const names = new Set<string>();
  let quoted = false;
  for (const m of literalMatches(text, surname, GIVEN_NAME_BEFORE, NO_LETTER_AFTER)) {
    const given = m.before![2]!;
    if (genderOfFirstName(given) === 'unknown') continue;
    names.add(`${given} ${surname}`);
    if (marked.some((s) => s.start <= m.start && m.start < s.end)) quoted = true;
  }
  return quoted && names.size === 1 ? [...names][0]! : null;
}
