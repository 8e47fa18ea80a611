import type { TokenView } from '../frame.js';
import { hasVerb } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';

/** Particles that make a cue's object its topic: "complain about", "argued over", "spoke of", "remarked on". */
const TOPIC_PARTICLE = /\b(?:about|over|of|on)$/i;

/**
 * "fans took to social media to complain about the fate of its hero, and showrunner Ada Vance is standing firm":
 * a topic is a noun phrase, so ", and|but|yet" with a subject and a finite verb after it opens the writer's next
 * clause, and the topic ends at the comma. (A clause of the cue's own, ", and how …", ", and that …", has no
 * subject before its verb here and stays.)
 */
export function endTopicAtNewClause(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const tokens = view.tokens;
  return reports.map((q) => {
    if (!TOPIC_PARTICLE.test(q.frame.cue) && !/^\s*(?:about|over|of|on)\s+$/.test(view.doc.article.text.slice(q.frame.cueEnd, q.start))) return q;
    const from = view.tokenAtOrAfter(q.start);
    const to = view.tokenAtOrAfter(q.end) - 1;
    for (let k = from + 1; k < to; k++) {
      if (tokens[k]!.text !== ',' || !/^(and|but|yet)$/.test(tokens[k + 1]?.normal ?? '')) continue;
      if (hasVerb(tokens, from, k - 1)) return q;
      if (subjectAndFiniteVerb(view, k + 2, to)) return { ...q, end: tokens[k - 1]!.end };
    }
    return q;
  });
}

/** tokens from k: up to six words of a noun phrase (a name, a role, a pronoun), then a finite verb. */
function subjectAndFiniteVerb(view: TokenView, k: number, to: number): boolean {
  const tokens = view.tokens;
  let j = k;
  while (j <= to && j < k + 6 && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[j]!.pos)) j++;
  const verb = tokens[j];
  return j > k && j <= to && !!verb && /^(VERB|AUX)$/.test(verb.pos) && !/ing$/.test(verb.normal) && verb.normal !== 'to';
}
