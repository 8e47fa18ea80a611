import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { isDisplayingThing, isDisplayingVerb } from '../../lexicon/displaying-things.js';
import { nounPhraseContent } from './noun-phrase-content.js';

/**
 * "the departure boards showed long columns of red", "…, television replays showed, beat the throw …": a
 * sight or a recording (data/displaying-things.json) that shows something is evidence, no one's words. No
 * report when its object is a plain noun phrase, or when it stands in a parenthetical between commas.
 * (A study or poll is no displaying thing: "the poll showed her ahead" stays.)
 */
export function displayedEvidence(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const cue = q.frame.cueToken;
  if (!isDisplayingVerb(tokens[cue]?.lemma ?? '')) return false;
  // The subject's head: the speaker phrase's last word.
  const head = view.tokenAtOrAfter(q.frame.speaker.end) - 1;
  if (head < 0 || head >= cue || !isDisplayingThing(tokens[head]!.normal)) return false;
  if (nounPhraseContent(view, q)) return true;
  // ", replays showed,": a comma before the subject phrase and right after the cue.
  const first = view.tokenAtOrAfter(q.frame.speaker.phraseStart ?? q.frame.speaker.start);
  return tokens[first - 1]?.text === ',' && tokens[cue + 1]?.text === ',';
}
