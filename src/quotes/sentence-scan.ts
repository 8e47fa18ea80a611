import type { Token } from '../types.js';
import { isQuoteMark } from './speaker-phrase.js';
import { hasVerb } from './find-cue.js';

/**
 * Where, in one sentence, the next quotation mark and the next clause break stand, read once: rules
 * that look from a cue to the end of its clause ask again for every cue, and rescanning the sentence
 * each time took time in the square of its length.
 */
export class SentenceScan {
  private readonly nextMark: Int32Array;
  private readonly nextBreak: Int32Array;

  constructor(tokens: Token[], private readonly lo: number, private readonly last: number) {
    const n = Math.max(0, last - lo + 1);
    this.nextMark = new Int32Array(n + 1).fill(last + 1);
    this.nextBreak = new Int32Array(n + 1).fill(last + 1);
    for (let k = last; k >= lo; k--) {
      this.nextMark[k - lo] = isQuoteMark(tokens[k]!) ? k : this.nextMark[k - lo + 1]!;
      this.nextBreak[k - lo] = clauseBreak(tokens, k) ? k : this.nextBreak[k - lo + 1]!;
    }
  }

  /** Whether a quotation mark stands among tokens [from, to]. */
  hasMark(from: number, to: number): boolean {
    return from <= to && this.at(this.nextMark, from) <= to;
  }

  /** The first clause break in tokens [from, last], or last + 1. */
  breakFrom(from: number): number {
    return this.at(this.nextBreak, from);
  }

  private at(table: Int32Array, k: number): number {
    if (k > this.last) return this.last + 1;
    return table[Math.max(k, this.lo) - this.lo]!;
  }
}

/** A semicolon, an opening parenthesis, a dash, or a comma before "which", "who", "while" or "but". */
function clauseBreak(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.text === ';' || t.text === '(' || DASH.test(t.text) || (t.text === ',' && /^(which|who|while|but)$/.test(tokens[k + 1]?.normal ?? ''));
}

/**
 * The closing dash of an aside opened by the dash at tokens[k], within a few words, in a clause that
 * starts at tokens[clauseStart]: "the ferry — built in 1990 — is unsafe" goes on after it. -1 when
 * tokens[k] is no dash or nothing closes it there (a dash that ends the clause: "the pier will hold —
 * for now"), and when the clause already has its verb or no verb follows the closing dash: "the pier
 * will hold — a view the board does not share — and …" ends at the first dash.
 */
export function dashAsideClose(tokens: Token[], k: number, last: number, clauseStart: number): number {
  if (k >= last || !isDash(tokens, k) || hasVerb(tokens, clauseStart, k - 1)) return -1;
  for (let j = k + 2; j < last && j <= k + 12; j++) {
    if (isDash(tokens, j)) return verbAt(tokens, j + 1) ? j : -1;
    if (/^[;()]$/.test(tokens[j]!.text) || isQuoteMark(tokens[j]!)) return -1;
  }
  return -1;
}

/** A verb or auxiliary at tokens[k], or right after an adverb there ("— still has", "— will"). */
function verbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]?.pos === 'ADV' ? tokens[k + 1] : tokens[k];
  return t?.pos === 'VERB' || t?.pos === 'AUX';
}

/** A dash: an em or en dash, "--", or a hyphen with a space on both sides ("the pier - built in 1990 -"). */
export function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return DASH.test(t.text) || (t.text === '-' && tokens[k - 1]?.end !== t.start && tokens[k + 1]?.start !== t.end);
}

/**
 * The dash that opens an aside closed by the dash at tokens[close], at most 25 tokens back and not
 * right before it ("Reyes — author of a book on the race — said"); -1 when there is none after `lo`.
 */
export function dashAsideOpening(tokens: Token[], close: number, lo: number): number {
  if (close <= lo || !isDash(tokens, close)) return -1;
  let open = close - 1;
  while (open > lo && close - open < 25 && !isDash(tokens, open)) open--;
  return open <= lo || !isDash(tokens, open) || open === close - 1 ? -1 : open;
}

/** An em or en dash, or "--", as a token's whole text. */
export const DASH = /^(?:—|–|--)$/;

/** A full stop, question or exclamation mark, comma, colon or semicolon: the word after it may open a clause. */
export function isClausePunctuation(t: Token): boolean {
  return /^[.!?,;:]$/.test(t.text);
}

/** A comma, colon, semicolon, bracket, dash or quotation mark: where a phrase read word by word stops. */
export function isPhraseBreak(t: Token): boolean {
  return /^[,;:()]$/.test(t.text) || DASH.test(t.text) || isQuoteMark(t);
}
