/**
 * Names a venue takes with an article word ("Le Tambour", "La Cigale", "The Anchor") that the article calls a venue:
 * a venue's kind right before ("the art-house cinema Le Tambour") or "one of the … cinemas" right after. Such a name
 * is the venue's at every mention, a headline's included ("Lyon cinema Le Tambour to reopen"), where one mention alone
 * may read like "Le Pen". Read once per article by the people stage.
 */
import type { Token } from '../types.js';
import { placeWords } from '../lexicon/place-words.js';
import { venueByOneOfApposition } from './not-person-places.js';

let venueKinds: Set<string> | undefined;
let nameArticles: Set<string> | undefined;

// Keyed by the article's own token array (no stage changes it after analysis), so no answer reaches another article.
const venueNamesOfArticle = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The names (as written) that open with an article word and that the article calls a venue. */
export function namesCalledVenues(tokens: readonly Token[], text: string): ReadonlySet<string> {
  let names = venueNamesOfArticle.get(tokens);
  if (!names) venueNamesOfArticle.set(tokens, (names = readVenueNames(tokens, text)));
  return names;
}

/** A word token opening with a capital letter (shared with body-described-names.ts). */
export const isCapitalisedWord = (t: Token | undefined): boolean => !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text);

function readVenueNames(tokens: readonly Token[], text: string): Set<string> {
  venueKinds ??= new Set(placeWords().venue_kinds);
  nameArticles ??= new Set(placeWords().venue_name_articles);
  const names = new Set<string>();
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!nameArticles.has(tokens[k]!.text) || !isCapitalisedWord(tokens[k + 1])) continue;
    // The name's words: capitals a space apart, or joined by a hyphen ("Le Petit-Bain").
    let last = k + 1;
    while (last < k + 6) {
      const gap = (j: number) => text.slice(tokens[j]!.end, tokens[j + 1]?.start ?? tokens[j]!.end);
      if (gap(last) === ' ' && isCapitalisedWord(tokens[last + 1])) last++;
      else if (gap(last) === '' && tokens[last + 1]?.text === '-' && gap(last + 1) === '' && isCapitalisedWord(tokens[last + 2])) last += 2;
      else break;
    }
    // (As written in small letters and a space before the name: "cinema Le Tambour", not "Cinema. Le Tambour".)
    const before = tokens[k - 1]!;
    const kindBefore = venueKinds.has(before.text) && text.slice(before.end, tokens[k]!.start) === ' ';
    if (kindBefore || venueByOneOfApposition(text.slice(tokens[last]!.end, tokens[last]!.end + 80))) names.add(text.slice(tokens[k]!.start, tokens[last]!.end));
  }
  return names;
}
