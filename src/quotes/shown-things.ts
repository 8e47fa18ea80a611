import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Attribution } from './attribution.js';
import { cueLexicon, isCueVerbForm } from '../lexicon/cues.js';
import { SUBJECT_PRONOUNS_WITH_YOU } from '../nlp/words.js';
import { contextWords } from '../lexicon/context-words.js';

/** A noun for painted words, "notice", "warning": shown text only after a verb of painting (data/context-words.json). */
function paintedWordThing(word: string): boolean {
  return contextWords('painted_word_things').includes(word.toLowerCase());
}

/** A verb of painting or writing words onto a surface: "painted", "scrawled" (data/context-words.json painting_verbs). */
function paintingVerb(word: string): boolean {
  return contextWords('painting_verbs').includes(word.toLowerCase());
}

// Grammar words between a cue and a reported clause's verb that are no part of its subject.
const CLAUSE_GLUE = new Set(['that', 'had', 'have', 'has', 'were', 'was', 'been', 'also', 'then', 'earlier']);

// A word that may name the written thing: "a sign", "placards", "his T-shirt".
const THING = /[\p{L}-]+/gu;
const DETERMINER = '(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|one|two|three|several|some|many|dozens\\s+of|hundreds\\s+of)';

let showingObject: RegExp | null = null;

/**
 * The words before a shown thing when it is the object of a showing verb: "held up a", "waved",
 * "posted a photo of a", "wore T-shirts" — the verb, maybe a picture of, a determiner, up to two modifiers.
 */
function showingObjectPattern(): RegExp {
  if (showingObject) return showingObject;
  const { shownMediaNouns } = cueLexicon();
  const showingVerbs = [...cueLexicon().showingVerbs, ...contextWords('painting_verbs')];
  const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
  showingObject = new RegExp(
    `\\b(${alt(showingVerbs)})(?:\\s+(?:up|aloft|out|high))?\\s+(?:${DETERMINER}\\s+)?` +
      `(?:(?:[\\p{L}-]+\\s+){0,2}(?:${alt(shownMediaNouns)})\\s+of\\s+(?:${DETERMINER}\\s+)?)?((?:[\\p{L}'’-]+\\s+){0,2})$`,
    'iu',
  );
  return showingObject;
}

/**
 * Words shown on a thing made to carry words, the object of a showing verb in the clause before the colon,
 * with no cue of its own: "He posted a photo of a sign taped to the gate: “No Swimming Today!”", "She
 * held up a placard: “…”". The thing carries the words; the poster or holder does not speak them. Not
 * "saw signs of progress:" or "pointed to the scoreboard:", "standing in front of a banner:" (no showing
 * verb: the words are the subject's comment). A cue after the thing is the quotation's own ("held up a
 * sign and shouted: “…”"), and so is a cue before the showing verb ("Holt said there were signs …: “…”");
 * a comma ends the thing's clause ("Under a banner, the mayor said: “…”"); a noun for someone's own words
 * nearer the colon is what the colon introduces ("… of the sign with the message: “…”").
 */
export function shownOnAThing(text: string, span: MarkedSpan, attribution: Attribution | null, paragraph: Paragraph): boolean {
  const window = text.slice(Math.max(paragraph.start, span.open - 200), span.open);
  if (!/:\s*$/.test(window)) return false;
  const offset = span.open - window.length;
  const sentence = window.slice(Math.max(0, ...[...window.matchAll(/[.!?][”"’]?\s+(?=\p{Lu})/gu)].map((m) => m.index! + m[0].length)));
  const sentenceStart = offset + window.length - sentence.length;
  const { shownWordThings: nouns, ownWordsNouns, objectPrepositions } = cueLexicon();
  // The nearest thing the showing verb takes as its object; an earlier one when the nearest hangs off it
  // ("wore a T-shirt with a slogan:" — the T-shirt is worn, the slogan is on it).
  const things = [...sentence.matchAll(THING)].filter((m) => nouns.has(m[0].toLowerCase()) || paintedWordThing(m[0]));
  let last: RegExpExecArray | undefined;
  let shown: RegExpExecArray | null = null;
  for (let i = things.length - 1; i >= 0 && !shown; i--) {
    last = things[i] as RegExpExecArray;
    shown = showingObjectPattern().exec(sentence.slice(0, last.index));
  }
  if (!last || !shown || shown[2]!.split(/\s+/).some((w) => objectPrepositions.has(w.toLowerCase()))) return false;
  // "painted a notice on the door:" shows the notice's words; "posted a notice:" may be a body's statement.
  if (!nouns.has(last[0].toLowerCase()) && !paintingVerb(shown[1]!)) return false;
  const verbStart = sentenceStart + shown.index;
  const thingEnd = sentenceStart + last.index + last[0].length;
  const tail = text.slice(thingEnd, span.open);
  if (tail.length > 90 || /[,;—–]/.test(tail.replace(/:\s*$/, ''))) return false;
  // The thing ends its noun phrase: a preposition or participle follows, or the colon ("a sign taped to …",
  // "placards outside …"); not "the sign idea:", where it only modifies the noun after it.
  if (!/^\s*(?::|(?:of|on|in|at|to|from|with|outside|inside|above|over|under|by|near|behind|beside|for)\b|[\p{L}-]+(?:ed|ing)\b)/u.test(tail)) return false;
  const tailWords = tail.split(/[^\p{L}'’-]+/u).filter(Boolean);
  if (tailWords.some((w) => isCueVerbForm(w) || ownWordsNouns.has(w.toLowerCase()))) return false;
  // The quotation's own cue after the thing, or before the showing verb in this sentence, keeps it (a
  // frame with no cue word, "Nurses … waved placards …:", names only the holder).
  if (!attribution?.frame.cue) return true;
  const cue = attribution.frame.cueStart;
  // A cue in a new sentence after the shown words that reports its own clause ("“…” Okafor said he repeats
  // it to hikers") is not the quotation's: the words stay the thing's.
  if (cue > span.close && /^\s+(?:that\s+)?(?:he|she|they|we|i|it)\s+\p{Ll}/u.test(text.slice(attribution.frame.cueEnd, attribution.frame.cueEnd + 40))) return true;
  if (cue >= thingEnd) return false;
  if (cue >= sentenceStart && cue < verbStart) return reportsOthersShowing(text.slice(attribution.frame.cueEnd, verbStart), shown[1]!);
  return true;
}

/**
 * Whether the words between a cue and the showing verb after it are the showing verb's own subject, someone
 * other than the cue's: "Police said demonstrators carried banners …: “…”" reports the showing, the words
 * are the banner's. Not a pronoun, who may be the cue's subject ("Lee said she held up a sign:"), nor "show"
 * or "display", whose subject is often a finding ("Holt said the data showed encouraging signs:").
 */
function reportsOthersShowing(between: string, verb: string): boolean {
  if (/^(?:show|display)/i.test(verb)) return false;
  const words = between.split(/[^\p{L}'’-]+/u).filter(Boolean).map((w) => w.toLowerCase());
  const subject = words.filter((w) => !CLAUSE_GLUE.has(w));
  return subject.length > 0 && subject.length <= 4 && !subject.some((w) => SUBJECT_PRONOUNS_WITH_YOU.test(w));
}

/**
 * "“Say it again,” the sign said", "“Not in our name,” read one placard": a thing made to carry words
 * (cues.json shown_word_things) as the speaker shows them, as "a banner read “…”" does; no one speaks them.
 */
export function saidByAThing(attribution: Attribution | null): boolean {
  const sp = attribution?.frame.speaker;
  if (!sp || sp.kind !== 'anonymous') return false;
  const words = sp.text.toLowerCase().split(/\s+/);
  if (words.length > 3 || !/^(?:a|an|the|his|her|their|its|one|another)$/.test(words[0]!)) return false;
  return cueLexicon().shownWordThings.has(words[words.length - 1]!);
}
