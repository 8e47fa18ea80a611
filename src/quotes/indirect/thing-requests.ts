import type { TokenView } from '../frame.js';
import { cueLemma } from '../frame.js';
import { descriptionHead } from '../speaker.js';
import { isTaskSettingThing } from '../../lexicon/task-setting-things.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * "The final clue asked contestants to name the capital": a thing that "asks X to V" and only sets a task
 * (a clue, a sign, a form: data/task-setting-things.json) is no one speaking, and the request no report.
 * A person or body that asks stays ("The mayor asked residents to stay home"), and so do ads, documents and
 * studies that state a demand ("The ads ask the candidates to …", "The lawsuit asks the court to …"), as
 * PolNeAR has them.
 */
export function thingRequest(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const sp = q.frame.speaker;
  if (cueLemma(tokens[q.frame.cueToken]!) !== 'ask' || sp.kind !== 'anonymous' || sp.role || !isTaskSettingThing(descriptionHead(sp))) return false;
  // The content is an infinitive with its subject: "contestants to name …".
  const first = view.tokenAtOrAfter(q.start);
  for (let k = first; k < first + 5 && tokens[k] && tokens[k]!.start < q.end; k++) {
    if (tokens[k]!.normal === 'to') return tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX';
  }
  return false;
}
