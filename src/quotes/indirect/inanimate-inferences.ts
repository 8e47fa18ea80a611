import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { inferenceVerbs, isStudyNoun } from '../../lexicon/inference-verbs.js';
import { isSourcedEvidenceNoun } from '../../lexicon/sourced-evidence-nouns.js';
import { description } from '../speaker-phrase.js';
import { personLike } from '../speaker.js';
import { isPersonNoun } from '../../lexicon/person-nouns.js';

/** Words of a noun phrase with its possessive and prepositional phrases: "the senator's record in Ohio". */
const PHRASE_POS = /^(DET|ADJ|NOUN|PROPN|NUM|ADP|PART)$/;

/**
 * "She said the senator's record in Ohio suggested he would be cautious": a thing that opens another report's
 * content and "suggests", "shows" or "indicates" something (data/inference-verbs.json) is the outer speaker's
 * reasoning, no second source; the nested report goes. (A person or body there stays a source of its own:
 * "She said the senator suggested he would run".)
 */
export function withoutInanimateInferences(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const tokens = view.tokens;
  return reports.filter((q) => {
    const cue = q.frame.cueToken;
    if (!inferenceVerbs().has(tokens[cue]?.lemma ?? '')) return true;
    return !reports.some((outer) => outer !== q && outer.start < tokens[cue]!.start && outer.end >= q.end && thingOpensContent(view, view.tokenAtOrAfter(outer.start), cue));
  });
}

/** tokens[from, cue) are one noun phrase, the subject of the outer content, headed by a noun for no person or body. */
function thingOpensContent(view: TokenView, from: number, cue: number): boolean {
  const tokens = view.tokens;
  const start = tokens[from]?.normal === 'that' ? from + 1 : from;
  if (start >= cue) return false;
  for (let k = start; k < cue; k++) if (!PHRASE_POS.test(tokens[k]!.pos)) return false;
  // The head: the last word before the first preposition ("record" in "the senator's record in Ohio").
  let end = start;
  while (end < cue && tokens[end]!.pos !== 'ADP') end++;
  const head = tokens[end - 1];
  // (A plural of people reads as one too: "the report's authors suggested …".)
  if (!head || head.pos !== 'NOUN' || isPersonNoun(head.lemma)) return false;
  // (A study, trial or poll is a source of its own: "The trial showed a small benefit, Dr Velt said".)
  if (isStudyNoun(head.normal) || isSourcedEvidenceNoun(head.normal)) return false;
  return !personLike(description(tokens, start, cue));
}
