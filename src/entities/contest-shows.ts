import { workWords } from '../lexicon/work-words.js';
import { alternatives } from '../nlp/words.js';
import { namingVerbAlternation } from '../lexicon/naming-verbs.js';

/**
 * A TV contest named beside its kind: "the Channel 9 singing contest Voicebox", "Voicebox, the BBC's
 * Saturday-night talent show," — a contest's kind word (data/work-words.json contest_show_kind: singing, talent,
 * baking …) and "contest", "competition" or "show" name a televised contest, so the name beside them is a show's.
 */
const SHOW_NOUN = String.raw`(?:contest|competition|show|series)`;
// The show's name: one to four capitalised words (after the phrase, not run on by another capitalised word).
// (Every run of letters is bounded, so a text of one endless word costs a linear scan, not a quadratic one.)
const TITLE_WORDS = String.raw`(\p{Lu}[\p{L}\d'’-]{0,40}(?:\s+\p{Lu}[\p{L}\d'’-]{0,40}){0,3})`;
const TITLE = String.raw`${TITLE_WORDS}(?![\p{L}\d]|\s+\p{Lu})`;
// The phrase's opening: an article or a broadcaster's possessive ("the", "ITV's", "the BBC's", "Channel 4's").
const OPENING = String.raw`(?:\b(?:the|a|an)\s+|\p{Lu}[\p{L}\d+]{0,40}(?:\s+[\p{Lu}\d][\p{L}\d+]{0,40})?['’]s\s+)`;

// A verb after the name: a past form or a verb of speaking, winning, being ("finished", "said", "won", "is").
const VERB_AFTER = /^\s+(?:\p{Ll}+ed|said|says|won|wins|came|took|was|is|has|had|will|would|told|beat|lost|sang|made)\b/u;

// "Lee called the singing competition “A Joke,”": after a verb that coins a label, the words after the phrase are
// the speaker's description of the contest, not its name.
let labelVerbBefore: RegExp | undefined;
function labelledBySpeaker(text: string, at: number): boolean {
  labelVerbBefore ??= new RegExp(String.raw`(?<![\p{L}-])(?:${namingVerbAlternation('speaker_names_it')})\s+$`, 'iu');
  return labelVerbBefore.test(text.slice(Math.max(0, at - 20), at));
}

let patterns: { kindThenNoun: RegExp; before: RegExp; after: RegExp } | undefined;

function contestPatterns(): { kindThenNoun: RegExp; before: RegExp; after: RegExp } {
  if (patterns) return patterns;
  const kind = String.raw`(?:${alternatives(workWords('contest_show_kind'))})`;
  // (Up to three words between the opening and the kind: "the long-running ITV singing contest".)
  const phrase = String.raw`${OPENING}(?:[\p{L}\d'’-]{1,40}\s+){0,3}?${kind}\s+${SHOW_NOUN}`;
  patterns = {
    kindThenNoun: new RegExp(String.raw`${kind}\s+${SHOW_NOUN}`, 'iu'),
    // (The name may stand in quotation marks: the cooking competition “Knife Fight.”)
    before: new RegExp(String.raw`${phrase}\s+[“"‘']?${TITLE}`, 'gu'),
    // ("the final of Voicebox, ITV's talent show": a word in small letters before the name, so no sentence's
    // first word nor part of a longer name is taken.)
    // (The phrase ends the apposition: "Dermot Kale, the BBC's talent show presenter," is a presenter.)
    after: new RegExp(String.raw`(?<=\b\p{Ll}[\p{L}'’-]{0,40}\s)${TITLE_WORDS},\s+${phrase}(?=\s*[,.;:)]|\s*$)`, 'gu'),
  };
  return patterns;
}

/** The names of televised contests the text names beside their kind, with where each is. */
export function contestShowNames(text: string): { name: string; start: number }[] {
  const { kindThenNoun, before, after } = contestPatterns();
  const names: { name: string; start: number }[] = [];
  // (Most articles name no contest: one cheap test spares them the two full patterns.)
  if (!kindThenNoun.test(text)) return names;
  for (const pattern of [before, after]) {
    for (const m of text.matchAll(pattern)) {
      // "In the dance competition Kwabena Osei finished third": a name right after the phrase that a verb follows is a contestant.
      if (pattern === before && VERB_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))) continue;
      if (pattern === before && labelledBySpeaker(text, m.index!)) continue;
      names.push({ name: m[1]!, start: pattern === before ? m.index! + m[0].length - m[1]!.length : m.index! });
    }
  }
  return names;
}

/** Whether the mention at start..end is a televised contest's name by its kind beside it. */
export function namedAsContestShow(text: string, start: number): boolean {
  return contestShowNames(text.slice(Math.max(0, start - 80), start + 120)).some((n) => n.start === Math.min(80, start));
}
