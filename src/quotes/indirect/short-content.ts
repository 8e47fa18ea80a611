import type { Token } from '../../types.js';
import { pluralNoun } from '../../nlp/retag-speech.js';
import type { Frame, TokenView } from '../frame.js';
import { isQuoteMark } from '../speaker.js';
import { opensNounPhrase } from '../nominal.js';
import { isQuestionOpener } from './clause-openers.js';
import { SUBJECT_PRONOUNS } from '../../nlp/words.js';
import { isDayWord } from '../../nlp/time-words.js';
import { schedulingVerbs } from '../../lexicon/scheduling-verbs.js';
import { isLinkingVerbForm } from '../../lexicon/linking-verbs.js';
import { isStandaloneQuantifier } from '../../lexicon/standalone-quantifiers.js';

/** Object pronouns that follow a verb, never a noun ("her" is left out: it is a possessive too). */
const OBJECT_PRONOUNS_AFTER_VERB = new Set(['him', 'them', 'it', 'us', 'me', 'themselves', 'himself', 'herself', 'itself', 'ourselves', 'myself']);

/** Verbs whose past tense is their plain form, which the tagger often reads as nouns: "the exit fit a pattern". */
const UNCHANGED_PASTS = new Set(['fit', 'cost', 'hit', 'set', 'put', 'cut', 'hurt', 'quit', 'spread']);

/**
 * A present-tense verb (or a past in "-ed") the tagger read as a noun, between its subject's noun and its
 * object's determiner: "the ferry job marks his return", "each year of schooling yields a rise". (A noun phrase
 * puts no determiner right after its head; a preposition may follow one: "ferry workers at the dock".)
 */
export function verbReadAsNoun(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN') continue;
    // (Not a noun after its adjective: "said hello to old friends the next morning" has no verb.)
    const subject = /^(NOUN|PROPN|PRON)$/.test(tokens[k - 1]!.pos);
    const next = tokens[k + 1]!.normal;
    if (subject && /[^s]s$/.test(t.normal) && opensNounPhrase(next)) return true;
    // … and before a number, after a singular noun it agrees with: "the new edition lists 654 restaurants",
    // "the menu costs 90 euros" (a plural noun before it, "the years 2020 to 2024", is a noun and its label).
    if (subject && tokens[k - 1]!.pos === 'NOUN' && !/s$/.test(tokens[k - 1]!.normal) && /[^s]s$/.test(t.normal) && tokens[k + 1]!.pos === 'NUM') return true;
    // … and a linking verb before its adjective, after the subject's noun or number: "the release date of July
    // 2026 remains unchanged" (no noun takes a bare adjective after it).
    if ((subject || tokens[k - 1]!.pos === 'NUM') && isLinkingVerbForm(t.normal) && tokens[k + 1]!.pos === 'ADJ' && tokens[k + 2]?.pos !== 'NOUN') return true;
    // … and a past tense in "-ed" read so: "the tremor fitted a familiar pattern" (not "-eed": "the seed").
    if (subject && /^\p{Ll}{3,}[^e]ed$/u.test(t.text) && opensNounPhrase(next)) return true;
    // … and a past that is its plain form, after a determiner and the subject's noun: "the exit fit a wider
    // pattern", "the delay cost the studio". (Not "the fit was tight": no noun before it.)
    if (tokens[k - 1]!.pos === 'NOUN' && tokens[k - 2]?.pos === 'DET' && UNCHANGED_PASTS.has(t.normal) && opensNounPhrase(next)) return true;
    // "her fans call themselves the …", "critics call it …": no noun takes an object pronoun right after
    // it, so a word between a subject's noun and one is a verb, whatever its ending. ("her" may be a
    // possessive: "told the dock workers her plan".)
    if (subject && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos) && OBJECT_PRONOUNS_AFTER_VERB.has(next)) return true;
    // "he forgave the driver", "they rebuilt it": no noun follows a nominative pronoun straight, so a word
    // read as one between it and an object is the verb, an irregular past included. ("it" is left out:
    // it is an object too.)
    if (/^(he|she|they|we|i)$/.test(tokens[k - 1]!.normal) && (opensNounPhrase(next) || OBJECT_PRONOUNS_AFTER_VERB.has(next))) return true;
    // "Ruiz trails Ortega by four points": a lower-case word in "-s" between two names is the verb joining
    // them; a compound noun's head is written with capitals inside a name ("Harbor Works Authority").
    if (tokens[k - 1]!.pos === 'PROPN' && /^\p{Ll}+[^s]s$/u.test(t.text) && tokens[k + 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k + 1]!.text)) return true;
    // "the crew deserved better", "the levy passed easily": a past in "-ed" after its subject's noun and
    // before a last adverb or adjective, with nothing a noun could head after it.
    if (subject && k + 1 === to && /^\p{Ll}{3,}[^e]ed$/u.test(t.text) && /^(ADJ|ADV)$/.test(tokens[to]!.pos)) return true;
  }
  return false;
}

/** A scheduling verb read as a noun in tokens (from, to) (schedulingVerbAt). Only for words before their frame: after a cue, "confirmed it on Friday: …" would read its object as the clause. */
export function schedulingVerbIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]!.pos === 'NOUN' && schedulingVerbAt(tokens, k)) return true;
  return false;
}

/** Words after a scheduling verb that say when: "returns next week", "airs tonight", "debuts Friday". */
const WHEN_WORDS = new Set(['next', 'this', 'later', 'tonight', 'tomorrow', 'today', 'soon', 'again', 'early', 'late']);

/**
 * "The series returns on Channel 4 next week", "The Harbour Awards return in March", "“Night Ward” airs
 * Sundays": a verb of a show coming out or back (data/scheduling-verbs.json) read as a noun, right after
 * its subject (a noun, a name or a quoted title) and before a preposition or a time word. The bare form
 * only after a plural subject ("the awards return"), since "the return of" is a noun.
 */
function schedulingVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const before = tokens[k - 1]!;
  if (!/^\p{Ll}+$/u.test(t.text) || !next) return false;
  const bare = schedulingVerbs().has(t.normal);
  const third = !bare && ((/[^s]s$/.test(t.normal) && schedulingVerbs().has(t.normal.slice(0, -1))) || (/(ch|sh)es$/.test(t.normal) && schedulingVerbs().has(t.normal.slice(0, -2))));
  if (!bare && !third) return false;
  // (A common noun's phrase opens on a determiner or owner: "the show returns", "its awards return";
  // a bare compound is more often one noun phrase: "tax returns in a drawer".)
  let d = k - 1;
  while (d > 0 && /^(NOUN|ADJ)$/.test(tokens[d]!.pos)) d--;
  const determined = /^(DET|PRON)$/.test(tokens[d]!.pos) && d < k - 1;
  const subject = before.pos === 'PROPN' || isQuoteMark(before) || (before.pos === 'NOUN' && determined);
  if (!subject || (bare && !/s$/i.test(before.text))) return false;
  return (next.pos === 'ADP' && next.normal !== 'of') || WHEN_WORDS.has(next.normal) || isDayWord(next.normal.replace(/s$/, ''));
}

/**
 * A reply that stands for a clause: "said so", "said yes", "said no to the merger", "say the same of
 * the mayor", "said she would". Only as the whole content or before its complement, so "says so much about" is none.
 */
export function elliptical(tokens: Token[], from: number, to: number): boolean {
  // The tokenizer may keep a sentence's full stop on a last word: "said no.".
  const first = tokens[from]!.normal.replace(/\.$/, '');
  const next = tokens[from + 1]?.normal;
  if (/^(so|yes|no|otherwise)$/.test(first)) return to === from || (first === 'no' && next === 'to');
  // "Lee said she would.", "they said it could not": a pronoun and an auxiliary stand for the clause.
  // (Not after a question word: "asked where he was" is no reply.)
  if (SUBJECT_PRONOUNS.test(first) && tokens[from + 1]?.pos === 'AUX' && !isQuestionOpener(tokens[from - 1]?.normal ?? '')) return to === from + 1 || (to === from + 2 && /^(not|n't|n’t)$/.test(tokens[to]!.normal));
  return first === 'the' && next === 'same' && (to === from + 1 || /^(of|about|for|thing)$/.test(tokens[from + 2]?.normal ?? ''));
}

/**
 * Three words make a report when they are a clause with its subject ("they were angry", "it would
 * not", "40 people came"), not a relative clause's rest ("TV shows that make her laugh") nor a leftover of a quotation.
 */
export function shortClause(tokens: Token[], from: number, to: number, relative: boolean): boolean {
  // "what the auditors said was plain waste": inside a relative clause the subject is the pronoun before the frame.
  // A number or a quantifier before its noun opens a subject as a determiner does: "said 12 people came",
  // "said most patients recovered" (the tagger reads "most", "many", "few" there as adjectives).
  const countedSubject = (tokens[from]!.pos === 'NUM' || isStandaloneQuantifier(tokens[from]!.normal)) && tokens[from + 1]?.pos === 'NOUN';
  return (relative || countedSubject || nounReadAsVerb(tokens, from) || /^(PRON|PROPN|NOUN|DET)$/.test(tokens[from]!.pos)) && !tokens.slice(from, to + 1).some(isQuoteMark);
}

/**
 * "said waits had grown", "said pay had fallen": a noun the tagger reads as a verb ("waits", "calls",
 * "pay", "work") is the subject when an auxiliary follows it; a verb's plain or "-s" form is never
 * followed by one. (Not a form in "-ed" or "-ing", which may be a participle's phrase.)
 */
function nounReadAsVerb(tokens: Token[], k: number): boolean {
  const word = tokens[k]!;
  return word.pos === 'VERB' && /^\p{Ll}+$/u.test(word.text) && !/(ed|ing)$/.test(word.text) && tokens[k + 1]?.pos === 'AUX';
}

/**
 * Two words make a report when they close the sentence as a plural noun and its verb: "said exports grew.",
 * "said prices fell." (A pronoun's clause stays too short: "said she agreed" answers a question asked before.)
 */
export function twoWordClause(tokens: Token[], from: number, to: number): boolean {
  const subject = tokens[from]!;
  return to === from + 1 && subject.pos === 'NOUN' && /^\p{Ll}+s$/u.test(subject.text) && subject.lemma !== subject.normal && tokens[to]!.pos === 'VERB' && /^[.!]$/.test(tokens[to + 1]?.text ?? '');
}

/**
 * Two words make a report when a group of people says "they" of itself and the verb closes the sentence:
 * "Some visitors said they understood.", "Residents said they agreed." The plural speaker is who "they" are,
 * so the clause is the group's own view, not an answer about someone else ("said she agreed" stays too short).
 */
export function groupOwnViewClause(view: TokenView, frame: Frame, from: number, to: number): boolean {
  const tokens = view.tokens;
  if (to !== from + 1 || tokens[from]!.normal !== 'they' || tokens[to]!.pos !== 'VERB' || !/^[.!]$/.test(tokens[to + 1]?.text ?? '')) return false;
  if (frame.speaker.kind === 'pronoun' || frame.speaker.end > frame.cueStart) return false;
  const h = view.tokenAtOrAfter(frame.speaker.end) - 1;
  const head = tokens[h];
  if (!head) return false;
  // (A plural noun; or, for an unnamed group, a word in "-s" the tagger took for a name at the sentence start: "Residents".)
  return pluralNoun(tokens, h) || (frame.speaker.kind === 'anonymous' && /^\p{L}\p{Ll}+[^s']s$/u.test(head.text));
}

/**
 * Two words make a report when a quantifier standing alone is the subject of a verb that closes the sentence:
 * "Kessler said none had.", "said most agreed". Unlike "said she agreed", the quantifier itself is the news (how
 * many). The tagger reads it as an adverb or a determiner (nlp/quantifier-subjects.ts makes it a pronoun only
 * right after a cue), so this goes by the word (data/standalone-quantifiers.json), not its tag.
 */
export function quantifierClause(tokens: Token[], from: number, to: number): boolean {
  return to === from + 1 && isStandaloneQuantifier(tokens[from]!.normal) && /^(VERB|AUX)$/.test(tokens[to]!.pos) && /^[.!;]$/.test(tokens[to + 1]?.text ?? '');
}

/** The frame sits inside a relative clause: "what the auditors said was …", "which officials said will …". */
export function inRelative(view: TokenView, frame: Frame): boolean {
  const first = view.tokenAtOrAfter(Math.min(frame.speaker.phraseStart ?? frame.speaker.start, frame.cueStart));
  return /^(what|which|that|who)$/.test(view.tokens[first - 1]?.normal ?? '');
}
