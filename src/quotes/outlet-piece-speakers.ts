import type { ExtractedQuote, Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isNewspaperWord, lookupOutlet } from '../lexicon/outlets.js';
import { outletSpeakerInFull, shortFormAt } from './earlier-outlets.js';

/** "The Ledger's story", "Variety's report": a possessive name (up to four capitalised words) and one noun after it. */
const POSSESSIVE_PIECE = /^(?:([Tt]he)\s+)?((?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*)['’]s\s+(\p{Ll}+)$/u;

/** "An article in", "a new report by the": an article, up to two words, a piece noun and "in"/"by"/"from", ending right before an outlet's name. */
const PIECE_IN_BEFORE = /\b(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+(?:in|by|from)\s+([Tt]he\s+)?$/u;
/** "A report in Variety", "an article in the Ledger": the same with the name, as a whole mention. */
const PIECE_IN = /^(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+(?:in|by|from)\s+((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*)$/u;

/**
 * "The Ledger's story claimed that …", "Variety's report said …": a piece an outlet ran in its own voice
 * (cues.json outlet_voice_pieces) as a report's speaker is the outlet speaking, no anonymous source: the speaker
 * becomes the outlet, and the words are as it carried them. The name is a known outlet, the first word of one
 * named in full before, or "The" and a paper's word, spelled out in full when the article named it so before
 * ("The Daily Ledger published … . The Ledger's story claimed …" is The Daily Ledger's).
 */
export function outletPieceSpeakersAsOutlets(quotes: ExtractedQuote[], text: string, tokens: Token[], tokenAt: (offset: number) => number): void {
  const pieces = cueLexicon().outletVoicePieces;
  for (const q of quotes) {
    if (q.speaker_start === null || q.speaker_end === null) continue;
    const inPiece = pieceInOutlet(q, text);
    if (inPiece) {
      Object.assign(q, { speaker: inPiece, speaker_kind: 'outlet', outlet: inPiece });
      continue;
    }
    if (q.speaker_kind !== 'anonymous') continue;
    const m = POSSESSIVE_PIECE.exec(text.slice(q.speaker_start, q.speaker_end));
    if (!m || !pieces.has(m[3]!)) continue;
    const name = m[2]!;
    const nameAt = tokenAt(q.speaker_start + (m[1] ? m[1].length + 1 : 0));
    const outlet = pieceOutlet(name, !!m[1], tokens, nameAt);
    if (outlet) Object.assign(q, { speaker: outlet, speaker_kind: 'outlet', outlet });
  }
}

/**
 * "An article in Variety said …", "A report in the Ledger claimed …": a piece an outlet ran, named with "in"/"by"/"from"
 * and a known outlet, is the outlet speaking, as its possessive is; its name is no person ("Variety" read as one).
 * The mention is the whole phrase (an anonymous description) or the name alone (read as a person); null otherwise.
 */
function pieceInOutlet(q: ExtractedQuote, text: string): string | null {
  const mention = text.slice(q.speaker_start!, q.speaker_end!);
  const pieces = cueLexicon().outletVoicePieces;
  if (q.speaker_kind === 'anonymous') {
    const m = PIECE_IN.exec(mention);
    return m && pieces.has(m[1]!) ? lookupOutlet(m[2]!) : null;
  }
  if (q.speaker_kind !== 'person') return null;
  const before = PIECE_IN_BEFORE.exec(text.slice(Math.max(0, q.speaker_start! - 40), q.speaker_start!));
  if (!before || !pieces.has(before[1]!)) return null;
  return (before[2] ? lookupOutlet(`The ${mention}`) : null) ?? lookupOutlet(mention);
}

/** The outlet a possessive name before a piece stands for, or null (a person's or a body's piece: "the mayor's report"). */
function pieceOutlet(name: string, withThe: boolean, tokens: Token[], at: number): string | null {
  // ("The Ledger" after "The Daily Ledger": the paper named in full.)
  const inFull = withThe && !/\s/.test(name) ? outletSpeakerInFull(tokens, `The ${name}`, at) : null;
  if (inFull) return inFull;
  const known = (withThe ? lookupOutlet(`The ${name}`) : null) ?? lookupOutlet(name);
  if (known) return known;
  const short = !/\s/.test(name) ? shortFormAt(tokens, at) : null;
  if (short) return short;
  return withThe && isNewspaperWord(name) ? name : null;
}
