import type { Token } from '../../types.js';
import type { Frame } from '../frame-types.js';
import { cueAt } from '../frame.js';
import { objectCueLemma } from './object-cue-verbs.js';

/** Tags of the main clause's subject and what may stand between it and its verb ("She", "The studio", "has since"). */
const SUBJECT_TAGS = /^(DET|ADJ|NOUN|PROPN|PRON|NUM|PART|AUX|ADV)$/;
/** How many words may stand before that verb. */
const SUBJECT_WORDS = 5;

/**
 * "She rejected the idea that the film had been rushed, which critics had suggested.": a ", which X said" tail
 * whose content, before it, opens with a subject and a cue of its own. "which" stands for the clause inside
 * (what critics suggested), never for the subject's own act of rejecting; that act is reported from its own
 * cue, and the tail reports nothing. ("The film had been rushed, which critics had suggested" keeps its report.)
 */
export function whichTailOnOwnReport(tokens: Token[], frame: Frame, content: [number, number]): boolean {
  const [from, to] = content;
  if (to >= frame.cueToken || tokens[to + 1]?.text !== ',' || tokens[to + 2]?.normal !== 'which') return false;
  for (let k = from + 1; k <= to && k <= from + SUBJECT_WORDS; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && (cueAt(tokens, k, 'report') || objectCueLemma(tokens, k, from))) return true;
    if (!SUBJECT_TAGS.test(t.pos)) return false;
  }
  return false;
}

/** Prepositions of a time or setting that may follow the tail's cue ("had warned for years", "suggested in reviews"). */
const SETTING_PREPOSITIONS = /^(for|in|at|on|over|since)$/;

/**
 * ", which critics had suggested." at tokens[k] (the comma): a tail whose "which" names the report before it,
 * closed by a cue with its subject and nothing after it but adverbs or a time or setting ("had warned for
 * years"). An object ends before it, as the sentence without it.
 */
export function whichReportTailAt(tokens: Token[], k: number, last: number): boolean {
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.normal !== 'which') return false;
  let j = k + 2;
  while (j <= last && j < k + 2 + SUBJECT_WORDS && SUBJECT_TAGS.test(tokens[j]!.pos)) j++;
  if (j === k + 2 || tokens[j]?.pos !== 'VERB' || !cueAt(tokens, j, 'report')) return false;
  return onlyAdverbialsAfter(tokens, j + 1, last);
}

/** From tokens[k] to the sentence's end there are only adverbs and short phrases of time or setting ("for years"). */
function onlyAdverbialsAfter(tokens: Token[], k: number, last: number): boolean {
  while (k <= last && tokens[k]!.pos !== 'PUNCT') {
    if (tokens[k]!.pos === 'ADV') { k++; continue; }
    if (!SETTING_PREPOSITIONS.test(tokens[k]!.normal)) return false;
    let n = k + 1;
    while (n <= last && n <= k + 3 && /^(DET|ADJ|NUM|NOUN)$/.test(tokens[n]!.pos)) n++;
    if (n === k + 1) return false;
    k = n;
  }
  return k > last || (k === last && tokens[last]!.pos === 'PUNCT');
}

/**
 * "She said the film was rushed, which critics had suggested.": the clause said ends before such a tail, which
 * credits its claim to others, not to the speaker. `to` itself when none closes it.
 */
export function endBeforeWhichReportTail(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) if (whichReportTailAt(tokens, k, to)) return k - 1;
  return to;
}
