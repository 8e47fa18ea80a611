import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * "Moss said he told him to keep his head up; Abara said he thanked him …": a semicolon followed at once by
 * another speaker and cue ("Abara said") opens a report of its own; the first report's content ends before
 * the semicolon rather than running on into the second frame. (A semicolon with no new frame after it, or
 * one whose next frame comes later in its clause, is left as it was.)
 */
export function endBeforeNextFrame(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const text = view.doc.article.text;
  return reports.map((q) => {
    // Most reports hold no semicolon; only those need the other reports looked at (a paragraph of thousands of reports stays linear).
    if (!hasSemicolon(text, q.start, q.end)) return q;
    let end = q.end;
    for (const next of reports) {
      if (next === q) continue;
      const speakerStart = next.frame.speaker.phraseStart ?? next.frame.speaker.start;
      // The next frame opens the clause: speaker first, then its cue, both inside q's content.
      if (speakerStart <= q.start || speakerStart >= end || next.frame.cueStart < speakerStart) continue;
      const before = /;\s*$/.exec(text.slice(q.start, speakerStart));
      if (!before) continue;
      const semicolon = q.start + before.index;
      // (The words between speaker and cue are few: "Abara said", "the coach later told", not a clause.)
      if (next.frame.cueStart - next.frame.speaker.end > 12) continue;
      end = text.slice(q.start, semicolon).trimEnd().length + q.start;
    }
    return end === q.end ? q : { ...q, end };
  });
}

function hasSemicolon(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 59) return true;
  return false;
}
