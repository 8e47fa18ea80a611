import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isQuoteMark, sourceText, type SpeakerPhrase } from './speaker-phrase.js';
import { isClausePunctuation } from './sentence-scan.js';

/**
 * A speaker picked out of a group named before: "“…,” one of them said", "Another said …", "A third
 * said …". The words alone name no one, so the speaker is a description (kind anonymous) whose mention
 * is the words as written; the phrase ends at tokens[end], right before the cue. It must open its
 * clause (after a quotation mark, a comma or at the sentence's start), so "no one said" or "bought
 * another, she said" is not read as one.
 */
export function quantifiedSpeaker(tokens: Token[], end: number, lo: number): SpeakerPhrase | null {
  if (end < lo) return null;
  const start = quantifiedStart(tokens, end, lo);
  if (start < 0 || !followsBreakOrOpener(tokens, start, lo)) return null;
  const text = sourceText(tokens, start, end + 1);
  return { start: tokens[start]!.start, end: tokens[end]!.end, text, kind: 'anonymous', name: text, role: null, title: null };
}

/** Where a quantified phrase ending at tokens[end] starts: "one of them", "a third", "another"; -1 when none ends there. */
function quantifiedStart(tokens: Token[], end: number, lo: number): number {
  const words = cueLexicon().quantifiedSpeakers;
  const word = tokens[end]!.normal;
  if (words.ofPronouns.has(word) && end - 2 >= lo && tokens[end - 1]!.normal === 'of' && words.alone.has(tokens[end - 2]!.normal)) return end - 2;
  if (words.ordinals.has(word) && end - 1 >= lo && tokens[end - 1]!.normal === 'a') return end - 1;
  return words.alone.has(word) ? end : -1;
}

/**
 * tokens[start] opens a clause: the sentence's first word, or right after a quotation mark or a clause's or
 * sentence's punctuation, or after a word that opens it first (cues.json quantified_speakers.openers: "Yet another
 * said", "and another added").
 */
function followsBreakOrOpener(tokens: Token[], start: number, lo: number, conjunction = true): boolean {
  if (start === lo) return true;
  const before = tokens[start - 1]!;
  if (conjunction && cueLexicon().quantifiedSpeakers.openers.has(before.normal)) return followsBreakOrOpener(tokens, start - 1, lo, false);
  return isQuoteMark(before) || isClausePunctuation(before);
}

/** A description that picks one person out of a group: "One of them", "One of the models", "Another", "A third". */
export function picksOne(description: string): boolean {
  const words = cueLexicon().quantifiedSpeakers;
  const [first = '', second = ''] = description.toLowerCase().split(/\s+/);
  return words.single.has(first) || (first === 'a' && words.ordinals.has(second));
}

/**
 * Where a subject picking one of a group ends, when one opens at tokens[start]: "One of them", "One of the
 * models" (the group's words up to the next comma or verb), "Another"; -1 when none does.
 */
export function pickedOneEnd(tokens: Token[], start: number): number {
  const words = cueLexicon().quantifiedSpeakers;
  const first = tokens[start];
  if (!first || !words.single.has(first.normal)) return -1;
  if (tokens[start + 1]?.normal !== 'of') return start + 1;
  if (words.ofPronouns.has(tokens[start + 2]?.normal ?? '')) return start + 3;
  if (tokens[start + 2]?.pos !== 'DET') return -1;
  let k = start + 3;
  while (k < start + 6 && /^(NOUN|ADJ)$/.test(tokens[k]?.pos ?? '')) k++;
  return k > start + 3 && tokens[k - 1]!.pos === 'NOUN' ? k : -1;
}

/** A description's head word that picks members of a group: "one", "another", "third" (of "a third"). */
export function quantifiedHead(head: string): boolean {
  const words = cueLexicon().quantifiedSpeakers;
  return words.alone.has(head) || words.ordinals.has(head);
}

/**
 * The people a share or a ratio picks from, named after it: "the growers" of "all of the growers" or
 * "half of the tenants", "voters" of "about six in 10 voters" or "nine out of 10 drivers". null when the
 * description (its head word `head`) is no such share.
 */
export function sharedGroup(name: string, head: string): string | null {
  if (isShareWord(head)) return /\s+of\s+(.+)$/i.exec(name)?.[1] ?? null;
  return RATIO.exec(name)?.[1] ?? null;
}

/** A ratio of people, maybe qualified: "six in 10 voters", "about 4 out of 10 drivers". */
const RATIO = /^(?:(?:about|around|nearly|almost|roughly|just|only|over|under|more|fewer|less|than)\s+)*(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|ten)\s+(.+)$/i;

/** A word for a share of a group named after "of": "all", "each", "half" (data/cues.json quantified_speakers.shares). */
export function isShareWord(word: string): boolean {
  return cueLexicon().quantifiedSpeakers.shares.has(word);
}
