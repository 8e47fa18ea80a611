/** What a speaker phrase is, and the plain ways of building one from tokens: its source text, a description, a quotation mark, the token at an offset. */
import type { SpeakerKind, Token } from '../types.js';
import { isQuoteMarkText } from '../nlp/words.js';
import { tokensStartingBefore } from '../nlp/token-search.js';

/** A speaker phrase found next to a cue: the mention, and what kind of speaker it is. */
export interface SpeakerPhrase {
  start: number;
  end: number;
  text: string;
  kind: SpeakerKind | 'pronoun';
  /** Name tokens for a person ("Chad Stahleski"), the outlet name, or the description. */
  name: string;
  role: string | null;
  /** Title/honorific just before the name ("Mr.", "Sen."), for gender. */
  title: string | null;
  /** Where the whole speaker phrase starts when a role phrase comes before the name. */
  phraseStart?: number;
}

/** Tokens [s, e) as a description of no one named: "a source close to her", "most voters". */
export function description(tokens: Token[], s: number, e: number): SpeakerPhrase {
  const text = sourceText(tokens, s, e);
  return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text, kind: 'anonymous', name: text, role: null, title: null };
}

/** The original text between tokens s and e (keeps the article's own spacing). */
export function sourceText(tokens: Token[], s: number, e: number, text?: string): string {
  if (text) return text.slice(tokens[s]!.start, tokens[e - 1]!.end);
  let out = tokens[s]!.text;
  for (let i = s + 1; i < e; i++) out += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return out;
}

/** Whether the token is a quotation mark of any style. */
export function isQuoteMark(t: Token): boolean {
  return isQuoteMarkText(t.text);
}

/** Index of the token holding offset, searching back from e. */
export function tokenAt(tokens: Token[], offset: number, e: number): number {
  // The last token up to e that starts at or before offset (0 if none): a binary search, since callers
  // pass the article's last token as e and a scan back from there made whole-article passes quadratic.
  if (e <= 0 || tokens[e]!.start <= offset) return e;
  return Math.max(0, tokensStartingBefore(tokens, offset + 1, e) - 1);
}

/**
 * A sentence opening with a preposition's phrase that holds no verb or clause break up to tokens[end] (not
 * included): "In a call with Dana Okafor, …". A name inside it is the phrase's object, not a subject.
 */
export function verblessPrepositionOpening(tokens: Token[], lo: number, end: number): boolean {
  if (tokens[lo]?.pos !== 'ADP') return false;
  for (let k = lo + 1; k < end; k++) {
    // (A capitalised "verb" before a proper noun opens a name: "with Rolling Stone".)
    if (tokens[k]!.pos === 'VERB' && /^\p{Lu}/u.test(tokens[k]!.text) && tokens[k + 1]?.pos === 'PROPN' && k + 1 < end) continue;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || /^[;:—]$/.test(tokens[k]!.text)) return false;
  }
  return true;
}
