import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { nounPhraseContent } from './noun-phrase-content.js';

/**
 * "Carr is on the programme on Thursday, when she will discuss her move": a "when" (or "where") clause on a
 * coming occasion, with "will" and a cue whose object is only a topic, tells what is planned for it; nothing is
 * reported yet. (Only in such a clause: PolNeAR annotates a plain "X will discuss his new book" and "is expected
 * to endorse …" as attributions; a that-clause, "when she will argue that …", stays a report too.)
 */
export function futureSpeechOnTopic(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  let k = view.tokenAtOrAfter(q.frame.cueStart) - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (!/^(will|'ll|’ll)$/.test(tokens[k]?.normal ?? '')) return false;
  // The subject between the clause's opener and "will": a pronoun or a name of up to three words.
  let opener = k - 1;
  while (opener > k - 5 && opener >= 0 && /^(PRON|PROPN|NOUN|DET)$/.test(tokens[opener]!.pos) && !/^(when|where)$/.test(tokens[opener]!.normal)) opener--;
  return opener < k - 1 && /^(when|where)$/.test(tokens[opener]?.normal ?? '') && tokens[opener - 1]?.text === ',' && nounPhraseContent(view, q);
}
