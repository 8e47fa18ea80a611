import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { cueAt } from '../frame.js';
import { hyphenInWord } from '../speaker.js';
import { isTimeAfterCue } from './time-phrases.js';
import { PERSONAL_SUBJECTS, SUBJECT_PRONOUNS } from '../../nlp/words.js';

/** A word that opens a question rather than a clause stated: "asked whether …", "knows what he will do", "asked about …" (cues.json question_words, question_topic_words). */
export function isQuestionOpener(normal: string): boolean {
  return cueLexicon().questionOpeners.has(normal);
}

/** A clause opens at tokens[k]: a name or subject pronoun and its finite verb ("Reed said", "she blamed"). */
export function clauseOpensAt(tokens: Token[], k: number, last: number): boolean {
  let v = k;
  if (PERSONAL_SUBJECTS.test(tokens[k]?.normal ?? '')) v++;
  else while (v <= last && v < k + 4 && tokens[v]!.pos === 'PROPN') v++;
  return v > k && v <= last && /^(VERB|AUX)$/.test(tokens[v]!.pos) && !/ing$/.test(tokens[v]!.normal);
}

/**
 * A short subject and a report cue open at k: "she insisted", "the harbour master said", and a subject
 * with "of" or "for" phrases on its head: "a lawyer for the pilots said", "one of the auditors for the
 * council told".
 */
export function subjectAndCueAt(tokens: Token[], k: number, last: number): boolean {
  let reach = k + 5;
  let phrases = 0;
  for (let j = k + 1; j <= Math.min(last, reach); j++) {
    const t = tokens[j - 1]!;
    // ("one of", "a spokesman for": each phrase, two at most, adds a few words more.)
    if (phrases < 2 && j - 1 > k && SUBJECT_PHRASE_OPENERS.has(t.normal) && /^(NOUN|PROPN|NUM|PRON)$/.test(tokens[j - 2]!.pos) && /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[j]?.pos ?? '')) {
      phrases++;
      reach += 4;
      continue;
    }
    if (!/^(PRON|PROPN|NOUN|DET|ADJ|ADV|NUM|PART)$/.test(t.pos) || (t.pos === 'PART' && !/^['’]s$/.test(t.normal))) return false;
    if (/^(PRON|PROPN|NOUN)$/.test(t.pos) && cueAt(tokens, j, 'report')) return true;
  }
  return false;
}

/** Prepositions that open a phrase on a subject's head noun: "a lawyer for …", "one of …". */
const SUBJECT_PHRASE_OPENERS = new Set(['of', 'for']);

/** tokens[k] is a participle right after a comma: ", noting …", ", citing …" (not ", including …", a preposition). */
export function participleAfterComma(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.text === ',' && isParticiple(tokens[k]);
}

/** A participle in -ing, not one of the words in -ing that work as prepositions (data/cues.json participle_prepositions). */
export function isParticiple(t: Token | undefined): boolean {
  return !!t && t.pos === 'VERB' && /ing$/.test(t.normal) && !cueLexicon().participlePrepositions.has(t.normal);
}

/** A clause opens at tokens[k]: "that", or a subject pronoun and its verb ("she will", "he warned"). */
export function opensClauseAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return t.normal === 'that' || (SUBJECT_PRONOUNS.test(t.normal) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? ''));
}

/**
 * tokens[k] opens a clause right after prepositional phrases [from, k) that end in a noun or number:
 * "in 2008 | the bridge would", "at the time | the plan was". The phrases hold nothing but nouns and
 * their words (no verb: "as some wearing …"), and a time word is theirs ("in a statement Thursday").
 */
export function subjectAfterAdverbial(tokens: Token[], from: number, k: number, last: number): boolean {
  const prev = tokens[k - 1]!;
  const opensPhrase = tokens[k]!.pos === 'DET' || (tokens[k]!.pos === 'PROPN' && prev.pos !== 'PROPN' && !isTimeAfterCue(tokens[k]!.normal));
  if (!opensPhrase || !/^(NOUN|PROPN|NUM)$/.test(prev.pos)) return false;
  // ("said as some fans booed" opens a clause of its own with "as".)
  if (tokens[from]!.normal === 'as') return false;
  for (let j = from; j < k; j++) if (!/^(ADP|DET|NOUN|PROPN|NUM|ADJ)$/.test(tokens[j]!.pos)) return false;
  return subjectAndVerbAt(tokens, k, last);
}

/** A clause opens at tokens[k]: a short noun phrase or pronoun, then a finite verb ("he is", "the plan would"). */
export function subjectAndVerbAt(tokens: Token[], k: number, last: number): boolean {
  let v = k;
  while (v <= last && v < k + 5 && (/^(PRON|DET|PROPN|NOUN|ADJ|NUM|PART)$/.test(tokens[v]!.pos) || ampersandInName(tokens, v))) v++;
  return v > k && v <= last && /^(VERB|AUX)$/.test(tokens[v]!.pos) && !/ing$/.test(tokens[v]!.normal);
}

/** tokens[v] is the "&" inside a firm's name: "Procter & Gamble", "Marks & Spencer". */
function ampersandInName(tokens: Token[], v: number): boolean {
  return tokens[v]!.text === '&' && tokens[v - 1]?.pos === 'PROPN' && tokens[v + 1]?.pos === 'PROPN';
}

/** tokens[k…v) are an amount and nothing else: "4.1 million", "300". */
function amountOnly(tokens: Token[], k: number, v: number): boolean {
  for (let j = k; j < v; j++) if (tokens[j]!.pos !== 'NUM') return false;
  return v > k;
}

/**
 * A clause with no "that" opens at tokens[k]: a noun phrase of up to five words, then a finite verb
 * ("the harbour board will vote", "their ferry had sailed"); not an infinitive ("remember to vote")
 * nor a participle ("learned the trade working nights").
 */
export function bareClauseAt(tokens: Token[], k: number, last: number): boolean {
  // (A question word opens a question, not a clause stated: "knows what he will do".)
  if (!/^(DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(tokens[k]?.pos ?? '') || isQuestionOpener(tokens[k]!.normal)) return false;
  let v = k;
  // (A possessive "'s" is part of the phrase: "the county's ferry".)
  // (A determiner or pronoun after a noun opens a relative clause on it: "maintained the roads the
  // county had built".)
  while (v <= last && v < k + 5 && (/^(PRON|DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[v]!.pos) || (v > k && /^['’]s$/.test(tokens[v]!.text)))) {
    if (v > k && /^(DET|PRON)$/.test(tokens[v]!.pos) && /^(NOUN|PROPN)$/.test(tokens[v - 1]!.pos)) return false;
    v++;
  }
  const verb = tokens[v];
  if (v === k || v > last || !verb) return false;
  if (verb.pos === 'AUX') return true;
  // A verb in its plain form after a noun is more often a noun misread ("posted a Twitter comment"), and
  // a past form before a preposition a participle on the noun ("wrote the script based on …").
  // (… or the first half of a hyphenated modifier: "added a broken-heart emoji".)
  const participle = /(?:ed|en)$/.test(verb.normal) && (tokens[v + 1]?.pos === 'ADP' || hyphenInWord(tokens, v + 1));
  // … and a past form between an amount and a noun modifies the noun: "added 4 million paid members".
  if (amountOnly(tokens, k, v) && /^(NOUN|ADJ)$/.test(tokens[v + 1]?.pos ?? '')) return false;
  return verb.pos === 'VERB' && verb.normal !== verb.lemma && !/ing$/.test(verb.normal) && !participle;
}
