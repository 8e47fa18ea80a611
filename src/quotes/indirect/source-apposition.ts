import type { Token } from '../../types.js';
import { ANONYMOUS_HEADS, isRoleWord } from '../../nlp/words.js';
import { hasVerb } from '../frame.js';
import { isQuoteMark } from '../speaker.js';
import { isCitingParticiple } from '../../lexicon/citing-participles.js';

/**
 * "According to a spokeswoman, Mara Okafor, 52, of Port Elwin, the harbour will close": what follows the
 * named source up to the clause describes the source (an age, "of PLACE", a role, a relative clause on
 * it), so the reported clause starts after it. Returns the first token of the words after the source
 * (from itself when nothing describes the source). Only when the whole run of descriptions is followed by
 * a clause with a subject of its own: in "according to police, the suspect, 25, was arrested" the words
 * after "police" are the clause's subject and its apposition.
 */
export function afterSourceApposition(tokens: Token[], from: number, last: number): number {
  let k = from;
  let skipped = false;
  for (;;) {
    const start = tokens[k]?.text === ',' ? k + 1 : k;
    const end = segmentEnd(tokens, start, last);
    // ("of Port Elwin", "in the Gazette", "published by the Courier" follow the source with no comma;
    // every other description is set off by one.)
    // (… and so does a relative clause restricting it: "according to a guard who asked not to be named, …".)
    const described = start === k ? k === from && (sourceModifier(tokens, start, end) || /^(who|whose)$/.test(tokens[start]?.normal ?? '')) : describesSource(tokens, start, end, skipped, last);
    if (!described || end > last || tokens[end]!.text !== ',') break;
    skipped = true;
    k = end;
  }
  if (!skipped) return from;
  const clause = k + 1;
  const subject = tokens[clause];
  return subject && !/^(VERB|AUX)$/.test(subject.pos) && hasVerb(tokens, clause, last) ? k : from;
}

/** The comma (or clause end) closing the segment that opens at tokens[start]. */
function segmentEnd(tokens: Token[], start: number, last: number): number {
  let k = start;
  while (k <= last && tokens[k]!.text !== ',' && !isQuoteMark(tokens[k]!)) k++;
  return k;
}

/** tokens[start, end) describe the source before them: its age, its place, its role or a relative clause on it. */
function describesSource(tokens: Token[], start: number, end: number, afterOther: boolean, last: number): boolean {
  if (end === start) return false;
  if (end - start === 1 && tokens[start]!.pos === 'NUM' && /^\d{1,3}$/.test(tokens[start]!.text)) return true; // "52"
  if (placePhrase(tokens, start, end)) return true;
  // "of Port Elwin, Maine,": a region after a place.
  if (afterOther && tokens.slice(start, end).every((t) => t.pos === 'PROPN')) return true;
  // "who runs the board": a relative clause on the source; "which first reported the grounding" on a paper or body.
  if (/^(who|whose|which)$/.test(tokens[start]!.normal)) return true;
  // "citing league sources": where the source had it from.
  if (end - start >= 2 && isCitingParticiple(tokens[start]!.normal) && !hasVerb(tokens, start + 1, end - 1)) return true;
  // "a think tank", "an advocacy group": an indefinite noun phrase after a named source says what it is,
  // when the clause after it comes whole up to its verb ("…, a new levy, the first in years, would …" is the subject's).
  if (!afterOther && indefiniteDescription(tokens, start, end) && end < last && hasVerb(tokens, end + 1, segmentEnd(tokens, end + 1, last) - 1)) return true;
  return rolePhrase(tokens, start, end);
}

/**
 * tokens[start, end) is "a/an" and nouns or adjectives only, ending in a noun: "a think tank", "a nonprofit
 * research group"; its noun may have an of-phrase of the same kind, or a number: "a survey of 3,000 voters".
 */
function indefiniteDescription(tokens: Token[], start: number, end: number): boolean {
  if (end - start < 2 || !/^(a|an)$/.test(tokens[start]!.normal) || tokens[end - 1]!.pos !== 'NOUN') return false;
  const small = (t: Token) => /^(NOUN|ADJ)$/.test(t.pos) && /^\p{Ll}/u.test(t.text);
  const of = tokens.findIndex((t, k) => k > start + 1 && k < end && t.normal === 'of');
  if (of < 0) return tokens.slice(start + 1, end).every(small);
  return tokens.slice(start + 1, of).every(small) && tokens[of - 1]!.pos === 'NOUN' && tokens.slice(of + 1, end).every((t) => small(t) || t.pos === 'NUM' || /^(the|a|an)$/.test(t.normal));
}

/**
 * Right after the source, a phrase on it with no verb of its own: a preposition's phrase ("a report in
 * the Gazette", "a poll by Gallup", "officials in Port Elwin") or a participle that describes a report ("a
 * story published by the Courier").
 */
function sourceModifier(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (!first || end - start < 2) return false;
  // (An adverb may open the participle: "first reported by Kotaku", "previously published by the Ledger".)
  const participle = first.pos === 'ADV' && SOURCE_PARTICIPLES.has(tokens[start + 1]?.normal ?? '') ? start + 1 : start;
  const lead = first.pos === 'ADP' && first.normal !== 'that' ? start : SOURCE_PARTICIPLES.has(tokens[participle]!.normal) ? participle + 1 : -1;
  if (lead < 0) return false;
  // (A participle describing a poll inside it is no verb of a clause: "of the harbour survey commissioned by X for Y".)
  return tokens.slice(lead + 1, end).every((t) => (!/^(VERB|AUX|SCONJ|PRON)$/.test(t.pos) || (t.pos === 'VERB' && SOURCE_PARTICIPLES.has(t.normal))) && !/^(that|who|which)$/.test(t.normal));
}

/** "of Port Elwin", "from the Harbour Board": a preposition of origin and a name. */
function placePhrase(tokens: Token[], start: number, end: number): boolean {
  if (!/^(of|from)$/.test(tokens[start]?.normal ?? '') || end - start < 2) return false;
  return tokens.slice(start + 1, end).every((t) => t.pos === 'PROPN' || (t.pos === 'DET' && t.normal === 'the') || t.pos === 'PUNCT');
}

/**
 * "a spokeswoman for the board", "the port's chief engineer": a noun phrase with no verb whose head (its
 * last noun before a preposition) is a role or a person's description.
 */
function rolePhrase(tokens: Token[], start: number, end: number): boolean {
  if (hasVerb(tokens, start, end - 1)) return false;
  let head: Token | null = null;
  for (let k = start; k < end && tokens[k]!.pos !== 'ADP'; k++) if (tokens[k]!.pos === 'NOUN') head = tokens[k]!;
  return !!head && (isRoleWord(head.normal) || (ANONYMOUS_HEADS.has(head.normal) && !DOCUMENT_HEADS.has(head.normal)));
}

/** Heads among the anonymous ones that name a document, not a person. */
const DOCUMENT_HEADS = new Set(['statement', 'report', 'reports', 'study']);

/** Participles that describe a report or poll after its noun: "a poll released Sunday", "a survey conducted by …". */
export const SOURCE_PARTICIPLES = new Set(['released', 'published', 'conducted', 'issued', 'commissioned', 'obtained', 'filed', 'compiled', 'taken', 'posted', 'sent', 'shared', 'seen', 'reviewed', 'based', 'reported']);
