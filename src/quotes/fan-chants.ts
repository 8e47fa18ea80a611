// Chants of unnamed fans ("about 2,000 fans chanted “…”"), which no gold set keeps; a named group's chant stays.
import type { Paragraph } from '../types.js';
import type { Attribution } from './attribution.js';
import { winkInstance } from '../nlp/analyze.js';
import { fanStands } from '../lexicon/fan-stands.js';
import { contextWords } from '../lexicon/context-words.js';

/** Verbs of chanting or singing, as a cue: "chanted", "sang", "singing". */
const CHANT_CUE = /^(?:chant|sang|sing|sung)/i;

/** Words before "fans" that do not name the fans' team or group. */
const UNNAMING_BEFORE_FANS = new RegExp(String.raw`^(?:${contextWords('unnaming_before_fans').join('|')}|[\d,]+)$`, 'i');

/**
 * An unnamed crowd counted before its noun (data/context-words.json crowd_counts, or digits), maybe with
 * "about" or "more than" and a describing word: "Several hundred protesters", "thousands of angry marchers",
 * "about 2,000 workers". (Not "the protesters" nor "Small groups of protesters": PolNeAR keeps their chants.)
 */
const COUNTED_CROWD = new RegExp(String.raw`^(?:\p{L}+\s+){0,2}(?:[\d,]+|${contextWords('crowd_counts').join('|')})(?:\s+of)?\s+(?:\p{Ll}+\s+)?(?:${contextWords('chanting_crowds').join('|')}|fans|supporters)$`, 'u');

/** A word for a crowd as such, alone (data/context-words.json bare_crowds): "crowds". */
const BARE_CROWD = new RegExp(String.raw`^(?:${contextWords('bare_crowds').join('|')})$`, 'u');

/** The phrase with its first letter in lower case, as a sentence may capitalise it ("Several hundred …"). */
function lowerFirst(phrase: string): string {
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** A chant whose chanters are just "fans", maybe counted: "about 2,000 fans chanted", not "Lions fans chanted". */
export function unnamedFansChant(text: string, attribution: Attribution | null, paragraph: Paragraph): boolean {
  if (!attribution) return false;
  // ("shouted in unison" is a chant too.)
  if (!CHANT_CUE.test(attribution.frame.cue) && !(/^shout/i.test(attribution.frame.cue) && /^\s+in\s+unison\b/i.test(text.slice(attribution.frame.cueEnd, attribution.frame.cueEnd + 12)))) return false;
  const from = Math.max(paragraph.start, attribution.frame.cueStart - 40);
  const before = text.slice(from, attribution.frame.cueStart);
  // "the away end sang", "the Kop chanted": a stand of the ground is only its unnamed fans, whatever the
  // tagger made of its name.
  if (standBeforeCue(before)) return true;
  // "Outside the Wayne Assembly Plant, workers gathered and chanted": a name the frame took from before an unnamed
  // crowd is no chanter (a place or venue), and the crowd's chant is no quote. (With no name taken the chant
  // stays the crowd's: PolNeAR keeps "the crowd chanted back at him, “…”".)
  if (attribution.person && crowdBeforeCue(before)) return true;
  if (attribution.person) return false;
  // "Several hundred protesters waved flags and chanted": a crowd given only by its number chants, no one speaks.
  if (attribution.frame.speaker && COUNTED_CROWD.test(lowerFirst(attribution.frame.speaker.text))) return true;
  // "In Tessin, crowds chanted": "crowds" with no determiner, count or name is no one in particular.
  // (Not "the crowd", "some protesters", nor "Protesters marching through the streets": PolNeAR keeps those chants.)
  const sp = attribution.frame.speaker;
  if (sp && BARE_CROWD.test(lowerFirst(sp.text)) && /(?:^|[,;:.!?—–]\s*)$/.test(text.slice(paragraph.start, sp.phraseStart ?? sp.start))) return true;
  const m = /(?:^|[\s,;—–(])(?:(\S+)\s+)?(?:fans|supporters)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?$/iu.exec(before);
  if (!m) return false;
  if (!m[1] || !/^\p{Lu}/u.test(m[1]) || UNNAMING_BEFORE_FANS.test(m[1])) return true;
  // A capital only because the sentence opens with it: "Angry fans chanted" describes the fans, as "angry
  // fans" would; "Lions fans chanted" names them.
  const ahead = text.slice(paragraph.start, from + m.index + m[0].indexOf(m[1]));
  return /(?:^|[.!?]["”’)]?\s)\s*$/.test(ahead) && describingWord(m[1].toLowerCase());
}

/** Unnamed crowds (data/context-words.json chanting_crowds) ending the words before a cue, the word before them caught. */
const CROWD_BEFORE_CUE = new RegExp(String.raw`(?:^|[\s,;—–(])(?:([^\s,;:]+)\s+)?(?:${contextWords('chanting_crowds').join('|')})\s+(?:\p{Ll}+ed\s+and\s+|\p{Ll}+ly\s+|also\s+|then\s+)?$`, 'u');

/**
 * The words before a cue end in an unnamed crowd, maybe with one more act first: "workers gathered and ". A
 * capitalised word before the crowd other than "The" names it ("Ford workers chanted"), and that chant stays.
 */
function crowdBeforeCue(before: string): boolean {
  const m = CROWD_BEFORE_CUE.exec(before);
  return !!m && (!m[1] || !/^\p{Lu}/u.test(m[1]) || m[1] === 'The');
}

/** The words before a cue end in a stand, maybe "fans in" one: "the away end ", "supporters in the north stand ". */
function standBeforeCue(before: string): boolean {
  const m = /(\p{L}+)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?$/u.exec(before);
  if (!m || !fanStands().has(m[1]!.toLowerCase())) return false;
  // (The stand's noun after an article or a side of the ground, not a verb's object: "at the end".)
  return !/\b(?:at|in|to|by|from)\s+the\s+(?:\p{L}+\s+)?\p{L}+\s+$/iu.test(before) || /\b(?:fans|supporters)\s+(?:in|on|at)\s+the\s/iu.test(before);
}

/**
 * A chant nobody is given: "the away end sang “…”" where no speaker or cue was found, yet a verb of chanting
 * stands right before the quotation. A quotation nobody said is no quote; a chanter the frame finds keeps it.
 */
export function chantWithoutChanter(text: string, open: number, attribution: Attribution | null, paragraph: Paragraph): boolean {
  if (attribution?.frame.cue || attribution?.person) return false;
  const before = text.slice(Math.max(paragraph.start, open - 30), open);
  return /\b(?:sang|sung|chanted|chanting|singing)\s+(?:back\s+|out\s+|again\s+)?$/i.test(before);
}

/** A word the tagger reads, before "fans", as describing them: an adjective ("angry", "local") or a participle ("travelling"). */
function describingWord(word: string): boolean {
  const nlp = winkInstance();
  const first = nlp.readDoc(`${word} fans chanted.`).tokens().itemAt(0);
  const pos = first.out(nlp.its.pos) as string;
  return pos === 'ADJ' || (pos === 'VERB' && /ing$/.test(word));
}
