import { cueLexicon } from '../lexicon/cues.js';
import { type Frame } from './frame-types.js';
import { type TokenView } from './token-view.js';
import { endsInSpeechTag } from './closing-speech-tag.js';

// "The players refused to sign until the board closes what they call an “embarrassing” pay gap, captain NAME said.":
// a pronoun's label in a relative clause ("what they call", "which they describe as") is part of the report that
// the closing speech tag makes of the whole sentence, so the words are the tag's speaker's (as partials closing
// a nested report belong to the reporter).

/** Whether `before` is "what/which PRONOUN LABEL-VERB" inside a sentence that ends in a speech tag after the words. */
export function relativeLabelInTaggedSentence(view: TokenView, before: Frame, closeToken: number): boolean {
  const tokens = view.tokens;
  const verb = tokens[before.cueToken];
  if (!verb || !cueLexicon().relativeLabelVerbs.has(verb.lemma)) return false;
  const subject = view.tokenAtOrAfter(before.speaker.start);
  // (The pronoun right before the verb, the relative word right before it: no named labeller.)
  if (subject !== before.cueToken - 1 || tokens[subject]!.pos !== 'PRON' || !/^(what|which)$/.test(tokens[subject - 1]?.normal ?? '')) return false;
  const sentence = view.sentence(before.cueToken);
  if (closeToken >= sentence.tokenEnd || view.sentence(closeToken) !== sentence) return false;
  return endsInSpeechTag(tokens, closeToken, sentence.tokenEnd - 1);
}
