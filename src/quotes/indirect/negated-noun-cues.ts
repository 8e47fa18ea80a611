import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { nounPhraseContent } from './noun-phrase-content.js';
import { isTopicVerb } from '../../lexicon/topic-verbs.js';

/**
 * "Verkhovsky did not mention the walkout", "she never discussed the deal": a negated verb of talking about a
 * topic (data/topic-verbs.json) whose object is a plain noun phrase reports nothing said. Not with a name in
 * the object ("did not mention Trump by name" is annotated as a report in PolNeAR), nor other negated cues
 * ("has not endorsed the plan"); a negated cue before a clause, "did not say whether …", is left to the rules
 * for withheld answers.
 */
export function negatedNounCue(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const cue = q.frame.cueToken;
  if (!isTopicVerb(tokens[cue]?.lemma ?? '')) return false;
  const from = view.tokenAtOrAfter(q.start);
  for (let j = from; j < view.tokenAtOrAfter(q.end); j++) if (tokens[j]!.pos === 'PROPN') return false;
  let k = cue - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV' && !NEGATION.test(tokens[k]!.normal)) k--;
  return k >= 0 && NEGATION.test(tokens[k]!.normal) && nounPhraseContent(view, q);
}

const NEGATION = /^(not|n't|never)$/;
