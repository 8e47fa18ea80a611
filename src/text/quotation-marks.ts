import type { MarkedSpan, Paragraph } from '../types.js';
import { dialogueTurns } from './dialogue-turns.js';
import { opensElision } from './elisions.js';

export type { MarkedSpan };

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const LETTER = /[\p{L}\p{N}]/u;
/** How far a nested quotation's closing marks are looked for: longer than any quoted passage in practice. */
const NESTED_REACH = 2000;

/** Every character doubleSpans acts on: " « » and “ ” „ ‟ (U+201C to U+201F). Compares, not a Set: it runs for every character. */
function isDoubleMark(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201f);
}

/**
 * Quotation-mark spans in each paragraph. Double marks first (straight ", curly “ ”, German „ “,
 * French « »); single marks (‘ ’ or ') only outside double quotes and only where they cannot be
 * apostrophes. A mark left open runs to the end of its paragraph, never beyond.
 */
export function findMarkedSpans(source: string, paragraphs: Paragraph[]): MarkedSpan[] {
  // Some archives (the New York Times, LaTeX-style text) write double quotes as two single marks:
  // ''…'' or ``…''. Read each pair as one straight double mark; offsets stay those of the source.
  const text = /''|``/.test(source) ? source.replace(/''|``/g, '"\u200b') : source;
  const spans: MarkedSpan[] = [];
  for (const p of paragraphs) {
    const doubles = doubleSpans(text, p).flatMap((span) => dialogueTurns(text, span));
    const singles = singleSpans(text, p, doubles);
    // British style quotes in single marks and nests in double ones: 'He told me, "Wait," and left,' is
    // one quotation, as “He told me, ‘Wait,’ and left,” is.
    // (Only a single span that ends as an utterance does, with its punctuation inside the marks: a stray
    // apostrophe pairing with a later one must not swallow a quotation.)
    const utterances = singles.filter((s) => /[,.!?…:;]$/.test(text.slice(s.start, s.end)));
    spans.push(...doubles.filter((d) => !utterances.some((s) => s.open < d.open && d.close < s.close)));
    spans.push(...singles);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function doubleSpans(text: string, p: Paragraph): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let openAt = -1;
  let openChar = '';
  for (let i = p.start; i < p.end; i++) {
    // Every branch below wants a double mark: skip other characters by code, without making a string of each.
    if (!isDoubleMark(text.charCodeAt(i))) continue;
    const c = text[i]!;
    // <tweet author="…" date="…">: a markup attribute's value, no quotation; skipped to its closing mark.
    if (openAt < 0 && c === '"' && text[i - 1] === '=') {
      const close = text.indexOf('"', i + 1);
      if (close >= 0 && close < p.end) {
        i = close;
        continue;
      }
    }
    if (openAt < 0) {
      if (DOUBLE_OPEN.has(c) || (c === '"' && opensHere(text, i, p)) || (c === '”' && opensHere(text, i, p) && i === p.start)) {
        openAt = i;
        openChar = c;
      }
      continue;
    }
    // "Then, “quoted” stuff," / “Then, "quoted" stuff,”: the other kind of mark inside a quotation opens a
    // nested one, when it closes and the outer quotation closes after it; the nested marks close nothing.
    const inner = innerQuotationClose(text, openAt, i, p.end, openChar);
    if (inner >= 0) {
      i = inner;
      continue;
    }
    const closes =
      (c === '"' && openChar === '"') ||
      (DOUBLE_CLOSE.has(c) && openChar !== '„') ||
      (openChar === '„' && (c === '“' || c === '”')) ||
      (openChar === '«' && c === '»') ||
      (c === '"' && openChar !== '"' && !LETTER.test(text[i + 1] ?? '')) ||
      // “It is late,“ she said: an opening mark typed for a closing one, glued to the words before it.
      (c === '“' && openChar === '“' && /[\p{L}\p{N},.!?…—]/u.test(text[i - 1] ?? '') && /^(?:\s|$)/.test(text[i + 1] ?? ''));
    if (closes && c === '"' && reopensAfterSentence(text, i)) {
      // asked. "I have been …: a straight mark after a finished sentence and before a word opens a new
      // quotation; the one before it was never closed.
      push(out, text, openAt, i, p.index, false, false);
      openAt = i;
    } else if (closes) {
      push(out, text, openAt, i, p.index, false, false);
      openAt = -1;
    } else if (c === '“' && openChar === '“') {
      // A second opening mark before any close: a quotation nested in the same marks (“… on his “roster” are
      // undecided,”) when the closing marks balance within the paragraph; otherwise the first one was stray.
      const close = nestedClose(text, i, p.end);
      if (close >= 0) {
        push(out, text, openAt, close, p.index, false, false);
        openAt = -1;
        i = close;
      } else openAt = i;
    }
  }
  if (openAt >= 0) push(out, text, openAt, p.end, p.index, true, false);
  return out;
}

/**
 * The closing mark of a quotation whose inner “ opens at i, when the curly marks after it balance within
 * a quotation's length; -1 otherwise. (Bounded: a paragraph of stray marks must not cost a scan per mark.)
 */
function nestedClose(text: string, i: number, end: number): number {
  let depth = 2;
  for (let k = i + 1; k < Math.min(end, i + NESTED_REACH); k++) {
    const c = text[k];
    if (c === '“') depth++;
    else if (c === '”' && --depth === 0) return k;
  }
  return -1;
}

/**
 * Where a quotation nested in the other kind of marks ends, when the mark at i opens one inside a
 * quotation opened with openChar: straight " around curly “…”, or curly “ around straight "…". The
 * nested mark opens (after a non-letter, before a non-space), its closing mark follows within a
 * quotation's length, and the outer quotation's closing mark follows that. -1 otherwise, and when the
 * nested mark comes right after the outer one ("“…,” Lee said …"): that is a quoted passage wrapped
 * whole in other marks, whose own quotation is read as before (the curly close ends it).
 */
function innerQuotationClose(text: string, openAt: number, i: number, end: number, openChar: string): number {
  const c = text[i];
  const inner = openChar === '"' && c === '“' ? '”' : openChar === '“' && c === '"' ? '"' : null;
  if (!inner || LETTER.test(text[i - 1] ?? '') || /\s/.test(text[i + 1] ?? ' ')) return -1;
  if (!text.slice(openAt + 1, i).trim()) return -1;
  const outer = openChar === '"' ? '"' : '”';
  const limit = Math.min(end, i + NESTED_REACH);
  for (let k = i + 2; k < limit; k++) {
    if (text[k] === outer) return -1; // the outer quotation closes first: no nesting
    if (text[k] !== inner || /\s/.test(text[k - 1]!)) continue;
    // The nested quotation closes at k; the outer one must close after it.
    return text.indexOf(outer, k + 1) >= 0 && text.indexOf(outer, k + 1) < limit ? k : -1;
  }
  return -1;
}

/** `… asked. "I have …`: sentence-ending punctuation, a space, the mark, a word. */
function reopensAfterSentence(text: string, i: number): boolean {
  return /[.!?] $/.test(text.slice(i - 2, i)) && /\p{Lu}/u.test(text[i + 1] ?? '');
}

/** A straight double quote opens when it is not glued to a preceding letter (or it starts the paragraph). */
function opensHere(text: string, i: number, p: Paragraph): boolean {
  if (i === p.start) return true;
  const before = text[i - 1]!;
  const after = text[i + 1] ?? '';
  return !LETTER.test(before) || (before === ' ' && after !== ' ');
}

const SINGLE_OPEN_CODE = '‘'.charCodeAt(0);
const APOSTROPHE_CODE = "'".charCodeAt(0);
const SINGLE_CLOSE_CODE = '’'.charCodeAt(0);
const LOW_SINGLE_OPEN_CODE = '‚'.charCodeAt(0);

/** The ‘ or ’ closing a German ‚ at i: after a non-space, before no letter, within the paragraph; -1 if none. */
function lowSingleClose(text: string, i: number, end: number): number {
  for (let j = i + 2; j < end && j < i + 600; j++) {
    if ((text[j] === '‘' || text[j] === '’') && text[j - 1] !== ' ' && !LETTER.test(text[j + 1] ?? '')) return j;
  }
  return -1;
}

function singleSpans(text: string, p: Paragraph, doubles: MarkedSpan[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const insideDouble = (i: number) => doubles.some((d) => i >= d.open && i <= d.close);
  for (let i = p.start; i < p.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== SINGLE_OPEN_CODE && code !== APOSTROPHE_CODE && code !== LOW_SINGLE_OPEN_CODE) continue;
    if (insideDouble(i)) continue;
    const before = i === p.start ? ' ' : text[i - 1]!;
    if (LETTER.test(before) || !LETTER.test(text[i + 1] ?? '')) continue;
    // German ‚…‘ closes with the mark English opens with.
    if (code === LOW_SINGLE_OPEN_CODE) {
      const close = lowSingleClose(text, i, p.end);
      if (close > 0) {
        push(out, text, i, close, p.index, false, true);
        i = close;
      }
      continue;
    }
    // "rock 'n' roll", "the '90s": an apostrophe of a shortened word.
    if (opensElision(text, i)) {
      if (/^['‘’]n['‘’]/i.test(text.slice(i, i + 3))) i += 2;
      continue;
    }
    // Find a closing mark: ’ or ' after a non-space, not followed by a letter (so not "don't").
    let j = i + 2;
    for (; j < p.end; j++) {
      const d = text.charCodeAt(j);
      // (Past a shortened word inside the quotation: 'rock 'n' roll'.)
      if (text[j - 1] === ' ' && /^['‘’]n['‘’]/i.test(text.slice(j, j + 3))) {
        j += 2;
        continue;
      }
      if ((d === SINGLE_CLOSE_CODE || d === APOSTROPHE_CODE) && text[j - 1] !== ' ' && !LETTER.test(text[j + 1] ?? '') && !pluralPossessive(text, j, p.end)) {
        const inner = text.slice(i + 1, j);
        // Plural possessives ("the players' union") also end in an apostrophe: want ≥ 2 words or a short headline term.
        if (/\s/.test(inner) || j - i < 40) push(out, text, i, j, p.index, false, true);
        i = j;
        break;
      }
      if (j - i > 600) break;
    }
    if (j === p.end && continuesInNextParagraph(text, i, p)) {
      push(out, text, i, p.end, p.index, true, true);
      break;
    }
  }
  return out;
}

/**
 * A single mark at i that nothing in its paragraph closes opens a quotation running over paragraphs, as
 * double ones do ('I watched it. 'But videos don't show it.¶'I will rest.'): the news convention leaves
 * the paragraph unclosed and opens the next with the same mark. Only then, and only where a quotation
 * opens (paragraph start or after a sentence or clause, before a capital): a stray apostrophe must not
 * swallow the rest of its paragraph.
 */
function continuesInNextParagraph(text: string, i: number, p: Paragraph): boolean {
  if (!/\p{Lu}/u.test(text[i + 1] ?? '')) return false;
  if (i > p.start && !/[.!?:,;—]['’]?\s+$/.test(text.slice(Math.max(p.start, i - 4), i))) return false;
  const next = /^\s*(\S)(\S)/.exec(text.slice(p.end, p.end + 12));
  if (!next || !LETTER.test(next[2]!)) return false;
  const mark = text[i]!;
  return mark === "'" ? next[1] === "'" : next[1] === '‘' || next[1] === "'";
}

/**
 * The apostrophe at j ends a plural possessive inside the quotation ('We didn't expect the players' wives
 * to come,' said …): after an s, before a small-letter word, with a closing mark still to come before
 * any new quotation opens in the paragraph. (Otherwise it closes: 'the players' and the staff.)
 */
function pluralPossessive(text: string, j: number, end: number): boolean {
  if (text[j - 1] !== 's' || text[j + 1] !== ' ' || !/\p{Ll}/u.test(text[j + 2] ?? '')) return false;
  for (let k = j + 2; k < end && k < j + 600; k++) {
    const c = text[k]!;
    if (c !== "'" && c !== '’' && c !== '‘') continue;
    if (c !== '’' && !LETTER.test(text[k - 1]!) && LETTER.test(text[k + 1] ?? '') && !opensElision(text, k)) return false; // a new quotation opens
    if (c !== '‘' && text[k - 1] !== ' ' && !LETTER.test(text[k + 1] ?? '') && !(text[k - 1] === 's' && /^ \p{Ll}/u.test(text.slice(k + 1, k + 3)))) return true;
  }
  return false;
}

function push(out: MarkedSpan[], text: string, open: number, close: number, paragraph: number, runsOn: boolean, single: boolean) {
  let start = open + 1;
  let end = close;
  while (start < end && /[\s\u200b]/.test(text[start]!)) start++;
  while (end > start && /[\s\u200b]/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, open, close, paragraph, runsOn, single });
}

/**
 * The index of the first quotation starting at or after `offset` in `marked`, which is in text order (its length
 * if none), by halving: callers ask once per quotation, so a scan from the start would make an article quadratic.
 */
export function firstMarkFrom(marked: readonly MarkedSpan[], offset: number): number {
  let lo = 0;
  let hi = marked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marked[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
