import type { Token } from '../types.js';
import { isBodyDescriptionHead } from '../lexicon/organisations.js';
import { descriptionHead } from './described-speakers.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** An article opening a description: "The chain", "an operator". */
const DEFINITE_OR_INDEFINITE = /^(?:the|a|an)\s/i;

/**
 * "The chain, which runs 240 shops across Bavaria, said …": a ", which" clause closed by its own comma right before
 * the cue describes the noun before it, and that noun is the subject, not a name inside the clause ("Bavaria").
 * Only a noun for a body or what one does (data/organisations.json body_description_heads, kind_nouns) speaks so:
 * "The old tug, which …, says" is no report, and "whose" ("The museum, whose name was changed, said") is left to
 * the rules for withheld names.
 */
export function bodyBeforeWhichClause(relative: Token, head: SpeakerPhrase): SpeakerPhrase | null {
  if (relative.normal !== 'which' || head.kind !== 'anonymous' || !DEFINITE_OR_INDEFINITE.test(head.text)) return null;
  return isBodyDescriptionHead(descriptionHead(head)) ? head : null;
}
