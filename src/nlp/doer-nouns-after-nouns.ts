import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { retagged } from './retagged.js';

/**
 * "a hospital cleaner, who said …", "The office cleaner told police": the tagger reads a doer noun that is also
 * a comparative ("cleaner") as an adjective, so the phrase's head became the noun before it ("hospital", a body).
 * Right after a noun in small letters a listed people noun (data/cues.json people_nouns) is the compound's head,
 * a noun, unless a noun it describes follows ("give future generations cleaner air").
 */
export function retagDoerNounsReadAsComparatives(tokens: Token[]): void {
  let peopleNouns: Set<string> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !/^\p{Ll}{3,}er$/u.test(t.text)) continue;
    const noun = tokens[i - 1]!;
    if (noun.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(noun.text)) continue;
    // (Before a noun it describes that noun: "give future generations cleaner air".)
    if (/^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')) continue;
    peopleNouns ??= cueLexicon().peopleNouns;
    if (peopleNouns.has(t.normal)) tokens[i] = retagged(t, 'NOUN', t.normal);
  }
}
