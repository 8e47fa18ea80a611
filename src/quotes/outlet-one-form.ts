import type { Quote } from '../types.js';
import { regExpLiteral } from '../text/regexp-literal.js';

type OutletFields = Pick<Quote, 'outlet' | 'speaker' | 'speaker_kind'>;

/**
 * "told the Weather Channel … told The Weather Channel", "Yomiuri Shimbun said … reported by The Yomiuri Shimbun":
 * one outlet, written one way throughout the article's quotes — with its capital "The" where the article writes
 * the name with it inside a sentence (the gazetteer or a small "the" may leave it off), so speaker, outlet and the
 * outlets list agree. A "The" opening a sentence shows nothing ("The Financial Times reported" stays Financial
 * Times). Only forms that differ by that article are joined; longer and shorter names are left to
 * outlet-full-names.ts.
 */
export function writeEachOutletOneWay(quotes: OutletFields[], text: string): void {
  const names = new Set(quotes.flatMap((q) => [q.outlet, q.speaker_kind === 'outlet' ? q.speaker : null]).filter((n): n is string => !!n && !n.startsWith('The ')));
  const withThe = new Set([...names].map(bare).filter((name) => writtenWithThe(text, name)));
  if (withThe.size === 0) return;
  const form = (name: string | null): string | null => (name && !name.startsWith('The ') && withThe.has(bare(name)) ? `The ${bare(name)}` : name);
  for (const q of quotes) {
    q.outlet = form(q.outlet);
    if (q.speaker_kind === 'outlet') q.speaker = form(q.speaker);
  }
}

/**
 * Whether the text writes "The NAME" with its capital article inside a sentence (after a word, a comma or the like).
 * (The pattern opens with the literal "The", which V8 skips ahead to; what must stand before it is checked by hand.
 * Opening with that character class, or a lookbehind, tried it at every offset of the article: twice the time.)
 */
function writtenWithThe(text: string, name: string): boolean {
  const pattern = new RegExp(`The[ \\t]+${regExpLiteral(name)}(?![\\p{L}\\d])`, 'gu');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (wordOrClauseMarkBefore(text, m.index)) return true;
    // (The next try starts one past this one, as the whole pattern's search would.)
    pattern.lastIndex = m.index + 1;
  }
  return false;
}

const WORD_OR_CLAUSE_MARK = /^[\p{L}\d,;)]$/u;

/** Spaces or tabs end right before `at`, and a letter, digit, comma, semicolon or closing bracket before them. */
function wordOrClauseMarkBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  if (k === at || k === 0) return false;
  // (The character before the spaces whole, a letter outside the basic plane being two code units.)
  const low = text.charCodeAt(k - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && k >= 2 && text.charCodeAt(k - 2) >= 0xd800 && text.charCodeAt(k - 2) <= 0xdbff;
  return WORD_OR_CLAUSE_MARK.test(text.slice(pair ? k - 2 : k - 1, k));
}

const bare = (name: string): string => name.replace(/^the\s+/i, '');
