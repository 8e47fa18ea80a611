import { cueLexicon } from '../../lexicon/cues.js';
import { cueLemma, type TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * "In the film, Tilly discovers that her brother has been lying": a sentence opening "In the film/series/
 * novel," tells the plot, and a character's discovery there is the story, not a report (cues.json
 * synopsis_work_nouns, synopsis_discovery_cues, synopsis_desire_cues). "Reyes learned that …" elsewhere stays a report.
 */
export function synopsisDiscovery(view: TokenView, q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const lexicon = cueLexicon();
  // (A character's wish or plan is the story too: "In the film, Mara wants to leave the village".)
  // (Its cue token is the particle of "wants to": the verb is the cue's first word.)
  const lemma = cueLemma(tokens[q.frame.cueToken]!);
  const desire = lexicon.synopsisDesireCues.has(cueLemma(tokens[view.tokenAtOrAfter(q.frame.cueStart)]!));
  if (!lexicon.synopsisDiscoveryCues.has(lemma) && !desire) return false;
  const s = view.sentence(q.frame.cueToken);
  const k = s.tokenStart;
  // "In the film," / "In the new series," — a determiner, at most one modifier, the work, a comma.
  if (tokens[k]?.normal !== 'in' || !/^(the|this|that)$/.test(tokens[k + 1]?.normal ?? '')) return false;
  const work = tokens[k + 2]?.pos === 'ADJ' ? k + 3 : k + 2;
  return lexicon.synopsisWorkNouns.has(tokens[work]?.normal ?? '') && tokens[work + 1]?.text === ',' && work + 1 < q.frame.cueToken;
}
