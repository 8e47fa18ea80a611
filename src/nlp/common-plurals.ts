import { winkInstance, winkView } from './analyze.js';

// Whether a capitalised plural is a common noun's plural ("Ferries", "Buses", "Tapes") rather than a surname in
// -s ("Jones", "Roberts"): the tagger, reading the word in small letters after "the", gives a common plural a
// singular lemma ("ferries" → "ferry") and leaves a surname as written. Many plurals are surnames too
// ("Brooks", "Banks"), so callers read this only beside other signs that no person is named.

const known = new Map<string, boolean>();

/** "Ferries" → true, "Jones" → false. One tagging per distinct word, remembered. */
export function isCommonPlural(word: string): boolean {
  const lower = word.toLowerCase();
  let plural = known.get(lower);
  if (plural === undefined) {
    const nlp = winkInstance();
    const tokens = nlp.readDoc(winkView(`the ${lower}.`)).tokens();
    const pos = tokens.out(nlp.its.pos) as string[];
    const lemma = tokens.out(nlp.its.lemma as typeof nlp.its.value) as string[]; // (the typings miss lemma's addon signature)
    plural = pos[1] === 'NOUN' && lemma[1] !== lower;
    // (A bounded memory: a batch worker reads millions of articles.)
    if (known.size > 5000) known.clear();
    known.set(lower, plural);
  }
  return plural;
}
