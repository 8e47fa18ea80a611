import { cueLexicon } from '../../lexicon/cues.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * A report's content never ends inside a quotation it opened: 'said the sign was what locals call "the last
 * warning."' keeps the closing mark (the content's end lost only the stop and the mark), and where more of the
 * quoted words were cut off the content stops before the opening mark. A gesture closing the sentence after
 * the quotation ('…, "a slow fade," and laughed.') is the speaker's next act, not part of the content.
 */
export function withClosedQuotations(reports: IndirectQuote[], text: string): IndirectQuote[] {
  return reports.map((q) => {
    let end = withoutClosingGesture(text, q.start, q.end);
    const open = unclosedMark(text.slice(q.start, end));
    if (open >= 0) {
      const close = CLOSING_AFTER.exec(text.slice(end, end + 4));
      // (Only stops and the mark were lost: take them back. Else words inside were cut: stop before the mark.)
      if (close) end += close[0].length;
      // (A quotation that never closes with a closing mark — 'were “Mostly False.“' — is left as it was.)
      else if (closesLater(text, end)) {
        let before = q.start + open;
        while (before > q.start && /[\s,;:]/.test(text[before - 1]!)) before--;
        if (before > q.start) end = before;
      }
    }
    return end === q.end ? q : { ...q, end };
  });
}

const CLOSING_AFTER = /^[.,;!?]?["”’]/;

/** The next quotation mark after `from` in its paragraph closes a quotation (”, or a straight mark). */
function closesLater(text: string, from: number): boolean {
  for (let i = from; i < text.length && text[i] !== '\n'; i++) {
    const c = text[i]!;
    if (c === '”' || c === '"') return true;
    if (c === '“') return false;
  }
  return false;
}

/** The offset of an opening mark left open in the content ('…call "the last' or '…call “the last'), else -1. */
function unclosedMark(content: string): number {
  let open = -1;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (c === '“') open = i;
    else if (c === '”') open = -1;
    else if (c === '"') open = open >= 0 ? -1 : i;
  }
  return open;
}

/** The content's end before ', and laughed' / '," and shrugged' closing it (gesture verbs of cues.json). */
function withoutClosingGesture(text: string, start: number, end: number): number {
  const tail = /(?:,\s*|,["”’]\s*|["”’]\s+)and\s+(\p{L}+)\s*$/u.exec(text.slice(start, end));
  if (!tail || !/ed$/.test(tail[1]!) || !cueLexicon().colonGestureVerbs.has(tail[1]!.toLowerCase())) return end;
  let cut = start + tail.index;
  // (Keep a closing mark; drop a comma outside it.)
  const head = text.slice(cut, end);
  const mark = /^,?(["”’])/.exec(head);
  if (mark) cut += mark[0].length;
  return cut > start ? cut : end;
}
