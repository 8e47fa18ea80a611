import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { nounPhraseContent } from './noun-phrase-content.js';

/** Finite verbs of having the news first: "which reported …", "who broke …", "which revealed …". */
const SCOOP_VERBS = /^(reported|reports|broke|breaks|revealed|reveals)$/;

/**
 * "Variety, which first reported the cancellation, …" / "a researcher, who broke the story, …": a relative
 * clause on a source, with such a verb and only a noun phrase after it, says who had the news first, not what
 * anyone said; the gold sets annotate none of them. (A clause after it stays a report: "Deadline, which
 * reported that the studio had …".)
 */
export function scoopRelative(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const cue = view.tokenAtOrAfter(q.frame.cueStart);
  if (!SCOOP_VERBS.test(tokens[cue]?.normal ?? '')) return false;
  let k = cue - 1;
  while (k > 0 && k > cue - 3 && tokens[k]!.pos === 'ADV') k--;
  if (!/^(which|who)$/.test(tokens[k]?.normal ?? '') || tokens[k - 1]?.text !== ',') return false;
  // (The aside's object ends at its comma; the content may still run on into the sentence it interrupts:
  // endBeforeFramedContent cuts it there later.)
  const from = view.tokenAtOrAfter(q.start);
  const to = view.tokenAtOrAfter(q.end);
  let end = from;
  while (end < to && tokens[end]!.text !== ',') end++;
  return end > from && nounPhraseContent(view, { ...q, end: tokens[end - 1]!.end });
}
