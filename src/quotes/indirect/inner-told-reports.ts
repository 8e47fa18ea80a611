import type { TokenView } from '../frame.js';
import { cueLemma } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';
import { enclosingReports } from './enclosing-reports.js';

/** Words opening an embedded question: what it asks about is named, not told. */
const QUESTION_WORDS = new Set(['where', 'when', 'what', 'how', 'why', 'whether', 'who', 'which']);

/** Subject pronouns by which a speaker tells of their own telling: "Moss said he told him …". */
const OWN_TELLING = /^(he|she|they|i|we)$/i;

/**
 * Inside another report of the same sentence, "told X where/when/what …" gives no content, only that
 * something was told: "According to the sheriff's office, Ekholm had told a friend where he planned to
 * hike" reports the office, not Ekholm. And "Moss said he told him to keep his head up" is Moss telling of
 * his own telling, one report whole. (A that-clause stays: "Lee said Reed told her that the pier was shut"
 * reports Reed; so does another's request, "… when he told Bush to quiet down", as PolNeAR has it.)
 */
export function withoutInnerToldAccounts(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const tokens = view.tokens;
  const enclosed = enclosingReports(reports);
  return reports.filter((q) => {
    if (cueLemma(tokens[q.frame.cueToken]!) !== 'tell') return true;
    if (!enclosed(Math.min(q.frame.speaker.start, q.frame.cueStart), true, q.end, q)) return true;
    const sentence = view.sentence(q.frame.cueToken);
    const outers = reports.filter((outer) => outer !== q && outer.start <= Math.min(q.frame.speaker.start, q.frame.cueStart) && outer.end >= q.end && view.sentence(outer.frame.cueToken) === sentence);
    if (!outers.length) return true;
    const first = view.tokenAtOrAfter(q.start);
    if (QUESTION_WORDS.has(tokens[first]!.normal)) return false;
    const ownTelling = OWN_TELLING.test(view.doc.article.text.slice(q.frame.speaker.start, q.frame.speaker.end)) && outers.some((outer) => outer.start === q.frame.speaker.start);
    return !(ownTelling && tokens[first - 1]?.normal === 'to');
  });
}
