import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { retagged } from './retagged.js';

/**
 * "in a longer post", "a shorter statement": the tagger reads a comparative after an article as an adverb and
 * the medium noun after it as a verb ("longer post" like "no longer post"). After "a/an/the" the comparative
 * describes the noun, so both are retagged and the medium phrase ends a report's object as "in a long post" does.
 * (Not after "no": "will no longer post" is the verb.)
 */
export function retagComparativeBeforeMediumNoun(tokens: Token[]): void {
  let nouns: Set<string> | null = null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const article = tokens[i]!, comparative = tokens[i + 1]!, noun = tokens[i + 2]!;
    if (noun.pos !== 'VERB' || !/^(a|an|the)$/.test(article.normal) || !/^\p{Ll}{2,}er$/u.test(comparative.text)) continue;
    // The medium nouns are the last words of the lexicon's "in a statement", "in a post" phrases.
    nouns ??= new Set((cueLexicon().phrases.get('in') ?? []).filter((p) => p.kind === 'medium').map((p) => p.words[p.words.length - 1]!));
    if (!nouns.has(noun.normal)) continue;
    tokens[i + 1] = retagged(comparative, 'ADJ');
    tokens[i + 2] = retagged(noun, 'NOUN', noun.normal);
  }
}
