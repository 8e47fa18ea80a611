import type { ExtractedQuote, Token } from '../types.js';
import { tokensStartingBefore } from '../nlp/token-search.js';
import { isPluralBodyNoun } from '../lexicon/plural-body-nouns.js';
import { jointBodiesStart } from './joint-bodies.js';
import { sourceText } from './speaker-phrase.js';

type Place = { sentenceAt: (offset: number) => { start: number; end: number } };

/** How many sentences before the quote's own (in its paragraph) may open with the pair. */
const MAX_SENTENCES_BACK = 2;

/**
 * "FreshWay Foods and Harvest Table Inc. announced a merger. The companies said …": a plural description of bodies
 * ("the companies", "the two firms", "both banks"; data/plural-body-nouns.json) as a speaker stands for the two
 * bodies named together before it — a sentence nearby opening with the pair, else the latest such pair that spoke
 * within a paragraph. Left unresolved when no pair is there ("The companies" after one body or none).
 */
export function resolveJointBodyDescriptions(quotes: ExtractedQuote[], text: string, tokens: Token[], place: Place): void {
  for (const q of quotes) {
    if (q.speaker !== null || q.speaker_start === null || !q.speaker_mention) continue;
    const m = /^(?:the\s+(?:two\s+)?|both\s+)(\p{L}+)$/iu.exec(q.speaker_mention);
    if (!m || !isPluralBodyNoun(m[1]!.toLowerCase())) continue;
    const at = q.speaker_start;
    const pair = pairOpeningSentenceBefore(text, tokens, place, at) ?? pairThatSpokeBefore(quotes, text, at);
    if (!pair) continue;
    q.speaker = pair;
    q.speaker_kind = 'organization';
    if (q.speaker_role === m[1]!.toLowerCase()) q.speaker_role = null;
  }
}

/** Two bodies' names joined by "and" as the subject of the sentence holding `at`, or of one of the few before it in its paragraph. */
function pairOpeningSentenceBefore(text: string, tokens: Token[], place: Place, at: number): string | null {
  let span = place.sentenceAt(at);
  for (let n = 0; n <= MAX_SENTENCES_BACK; n++) {
    const s = tokensStartingBefore(tokens, span.start);
    let v = s;
    while (v < tokens.length && tokens[v]!.start < span.end && tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX') v++;
    const from = v < tokens.length && tokens[v]!.start < at ? jointBodiesStart(tokens, s, v) : -1;
    if (from >= 0) return sourceText(tokens, from, v, text);
    if (span.start <= 0) break;
    const before = place.sentenceAt(Math.max(0, span.start - 2));
    if (before.start >= span.start || /\n\s*\n/.test(text.slice(before.end, span.start))) break;
    span = before;
  }
  return null;
}

/** The latest pair of bodies ("X and Y", an organisation) that spoke before `at`, no more than one paragraph break back. */
function pairThatSpokeBefore(quotes: ExtractedQuote[], text: string, at: number): string | null {
  let best: ExtractedQuote | null = null;
  for (const p of quotes) {
    const from = p.speaker_start ?? p.start;
    if (from >= at || p.speaker_kind !== 'organization' || !/ and /.test(p.speaker ?? '')) continue;
    if ((text.slice(from, at).match(/\n\s*\n/g) ?? []).length > 1) continue;
    if (!best || from > (best.speaker_start ?? best.start)) best = p;
  }
  return best?.speaker ?? null;
}
