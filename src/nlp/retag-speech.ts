import { auxTaggedForms } from '../lexicon/aux-tagged-forms.js';
import type { Token } from '../types.js';
import { retagged } from './retagged.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isQuoteMarkRun } from './words.js';
import { isGivenNameToken } from './names.js';

/** The words of a short subject between "as" and its cue: a name, or a description with its article. */
const SUBJECT_WORD = /^(PROPN|NOUN|ADJ|DET|PART)$/;

/**
 * "As Dana Reyes points out, …" / "As Reyes notes, …": the model reads a present-tense cue after a name
 * as a plural noun ("points", "notes"), so the "as" frame found no cue where the past tense works. After
 * "as" and a short subject (a name, or a description: "As the mayor notes"), a word in "-s" whose base is
 * a speech or report verb, closing the phrase at a comma (a particle may come first: "points out"), is
 * that verb.
 */
export function retagCueAfterAsSubject(tokens: Token[]): void {
  const cues = cueLexicon();
  for (let i = 2; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    // (The last letter first: the pattern, tried on every noun, was most of this pass's cost.)
    if (t.pos !== 'NOUN' || t.text.charCodeAt(t.text.length - 1) !== 115 || !/^\p{Ll}+s$/u.test(t.text)) continue;
    const base = t.normal.slice(0, -1);
    if (!cues.speech.has(base) && !cues.report.has(base)) continue;
    if (!closesAtComma(tokens, i)) continue;
    // (The subject may be a description too: "As the mayor points out", "As the county's auditor notes".)
    if (!/^(PROPN|NOUN)$/.test(tokens[i - 1]!.pos)) continue;
    let k = i - 1;
    while (k > i - 6 && k > 0 && SUBJECT_WORD.test(tokens[k]!.pos)) k--;
    if (k === i - 1 || tokens[k]!.normal !== 'as') continue;
    tokens[i] = retagged(t, 'VERB', base);
  }
}

/**
 * The cue at tokens[i] closes its phrase at a comma: right after it, after a particle ("points out,"), or
 * after a short phrase a preposition opens ("points out in her memoir,", "notes in the report,").
 */
function closesAtComma(tokens: Token[], i: number): boolean {
  let j = i + 1;
  if (/^(ADV|PART)$/.test(tokens[j]?.pos ?? '') || (tokens[j]?.pos === 'ADP' && (tokens[j + 1]?.text === ',' || tokens[j + 1]?.pos === 'ADP'))) j++;
  if (tokens[j]?.text === ',') return true;
  if (tokens[j]?.pos !== 'ADP') return false;
  for (let k = j + 1; k <= j + 5; k++) {
    if (tokens[k]?.text === ',') return k > j + 1;
    if (!PHRASE_WORD.test(tokens[k]?.pos ?? '')) return false;
  }
  return false;
}

/**
 * "“…,” the owners state in the report" / "“…,” the analysts claim.": after a quotation and its comma, a
 * description (its article and up to four words) then a speech verb's bare form that the model reads as a
 * noun ("state", "claim"), closing its clause (a full stop or comma, or a preposition opening a phrase):
 * that word is the cue, a present tense after a plural subject (its last word ending in "s").
 */
export function retagBareCueAfterQuotation(tokens: Token[]): void {
  const cues = cueLexicon();
  for (let i = 4; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !cues.speech.has(t.normal) || !/^\p{Ll}+$/u.test(t.text)) continue;
    const next = tokens[i + 1];
    if (next && !/^[.,;]$/.test(next.text) && next.pos !== 'ADP') continue;
    let k = i - 1;
    while (k > i - 5 && k > 0 && /^(NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos)) k--;
    if (k === i - 1 || tokens[k]!.pos !== 'DET') continue;
    // A bare form agrees with a plural subject only ("the owners state"; "the new state in the north said" is a noun).
    if (!/\p{Ll}s$/u.test(tokens[i - 1]!.text)) continue;
    // The quotation's comma, then its closing mark, right before the article (or the mark, then the comma).
    const a = tokens[k - 1]?.text ?? '';
    const b = tokens[k - 2]?.text ?? '';
    if (!((isQuoteMarkRun(a) && b.endsWith(',')) || (a === ',' && isQuoteMarkRun(b)))) continue;
    tokens[i] = retagged(t, 'VERB', t.normal);
  }
}

/** Words of a short prepositional phrase: "in her memoir", "on the radio last week". */
const PHRASE_WORD = /^(DET|PRON|ADJ|NOUN|PROPN|NUM)$/;

/**
 * "Exit polling shows he won …" / "Polling suggests …": the model reads "polling" before a finite verb as
 * a verb (or, opening the sentence, as a name), so the poll found no report or became a person. Before a
 * verb in "-s" or "-ed" it is the noun, the subject of that verb. A capitalised "Polling" inside a name
 * ("Harbor Polling shows") stays the name's.
 */
export function retagPollingBeforeVerb(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.normal !== 'polling' || t.pos === 'NOUN') continue;
    const prev = tokens[i - 1];
    const opens = !prev || /^[.!?“"‘(:—–-]$/.test(prev.text) || prev.text.includes('\n');
    if (t.text !== 'polling' && !opens) continue;
    const next = tokens[i + 1]!;
    if (next.pos !== 'VERB' || !/^\p{Ll}+(?:s|ed)$/u.test(next.text) || next.normal === next.lemma) continue;
    tokens[i] = retagged(t, 'NOUN', 'polling');
  }
}

/**
 * "while his critics call it “…”", "residents describe them as …": a bare speech or weak cue the model reads
 * as a noun after a plural noun (its present tense agreeing with it) and before an object pronoun, which no
 * noun takes ("the call it made" has a singular noun before it, or an article).
 */
export function retagBareCueBeforeObject(tokens: Token[]): void {
  const cues = cueLexicon();
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.text) || !(cues.speech.has(t.normal) || cues.weak.has(t.normal))) continue;
    if (!OBJECT_PRONOUN.test(tokens[i + 1]!.normal)) continue;
    if (!pluralSubjectBefore(tokens, i)) continue;
    tokens[i] = retagged(t, 'VERB', t.normal);
  }
}

/**
 * A plural subject right before tokens[i]: a plural noun ("critics call it"), "who" ("opponents, who call
 * it"), or a plural noun with an "of" phrase ("opponents of the plan call it"). No noun follows "who".
 */
function pluralSubjectBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  if (prev.normal === 'who') return true;
  if (pluralNoun(tokens, i - 1)) return true;
  if (prev.pos !== 'NOUN') return false;
  for (let k = i - 2; k >= 1 && k >= i - 5; k--) {
    if (tokens[k]!.normal === 'of') return pluralNoun(tokens, k - 1);
    if (!/^(DET|ADJ|NOUN|NUM)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** A plural common noun, also when the model reads one opening its sentence as a name ("Opponents of …"). */
export function pluralNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!/\p{Ll}s$/u.test(t.text) || /ss$/.test(t.normal)) return false;
  return (t.pos === 'NOUN' && t.lemma !== t.normal) || (t.pos === 'PROPN' && opensSentence(tokens, k) && /^\p{Lu}\p{Ll}+s$/u.test(t.text));
}

const OBJECT_PRONOUN = /^(it|him|her|them|me|us)$/;

/** Whether tokens[i] opens its sentence: nothing before it, or a full stop, an opening mark or a line break. */
export function opensSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || /^[.!?“"‘(:—–-]$/.test(prev.text) || prev.text.includes('\n');
}

/**
 * "Jolly said the vote was close.": the model reads some surnames as an adjective or an adverb ("Jolly",
 * "Bright"), or as an auxiliary English has no such spelling of ("Das", read as a slangy "does"), and the cue beside them finds no speaker. A capitalised word of that kind is a name when the
 * article writes it with a capital inside a sentence elsewhere too ("council member Tom Jolly") and never in
 * small letters, and it stands where a speaker does:
 * - before a speech verb, opening its sentence or right after a closing quotation mark ("“…,” Jolly said");
 * - after a speech verb that opens its sentence (maybe after an adverb) or follows a closing quotation mark,
 *   with a stop, comma, colon or semicolon after the name ("Also said Jolly: “…”", "“…,” added Jolly.").
 * - right after a given name inside a sentence ("chairman Tom Jolly"), where the model read it so too.
 * (Not before a cue that a name follows, "“…,” Bright said Reyes", whose speaker is that name.)
 */
export function retagSurnamesReadAsAdjectives(tokens: Token[]): void {
  const cues = cueLexicon();
  let spellings: Spellings | null = null;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'ADJ' && t.pos !== 'ADV' && !(t.pos === 'AUX' && !isAuxTaggedForm(t.text))) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    const speechVerb = (k: number) => tokens[k]?.pos === 'VERB' && cues.speech.has(tokens[k]!.lemma);
    const before = speechVerb(i + 1) && tokens[i + 2]?.pos !== 'PROPN' && (opensSentence(tokens, i) || afterClosingMark(tokens, i));
    const after = !before && speechVerb(i - 1) && /^[.,:;]$/.test(tokens[i + 1]!.text) && (opensSentence(tokens, i - 1) || afterClosingMark(tokens, i - 1) || (tokens[i - 2]?.pos === 'ADV' && opensSentence(tokens, i - 2)));
    // … or right after a given name inside a sentence: "chairman Tom Jolly", the full name the others stand for.
    const prev = tokens[i - 1];
    const touchesPrev = prev !== undefined && prev.end + 1 === t.start;
    // (Such an auxiliary after any capitalised proper noun too: "engineer Meera Das", whatever the given name.)
    const surname = !before && !after && touchesPrev && ((isGivenNameToken(prev) && !opensSentence(tokens, i - 1)) || (t.pos === 'AUX' && prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text)));
    if (!before && !after && !surname) continue;
    // (Read the article's spellings once, at the first candidate: most articles have none.)
    spellings ??= spellingsOf(tokens);
    // (Capitalised inside a sentence somewhere besides here: a word after a quotation's mark counts itself.)
    const elsewhere = surname || (spellings.capitalisedInside.get(t.text) ?? 0) - (opensSentence(tokens, i) ? 0 : 1) > 0;
    if (elsewhere && !spellings.written.has(t.normal)) tokens[i] = retagged(t, 'PROPN', t.normal);
  }
}

/**
 * An English word the tagger may rightly call AUX (data/aux-tagged-forms.json: auxiliaries, their contractions,
 * and "get", "let" in their auxiliary uses): "Das", which the model reads as one, is not.
 */
function isAuxTaggedForm(word: string): boolean {
  return auxTaggedForms().has(word.toLowerCase());
}

/** Whether tokens[i] comes right after a closing quotation mark: "“…,” Jolly said", "“…” added Jolly". */
function afterClosingMark(tokens: Token[], i: number): boolean {
  const mark = tokens[i - 1];
  if (!mark) return false;
  // (A straight mark closes when it touches the word or comma before it: ',"' not ' "'.)
  return mark.text === '”' || mark.text === '’' || (mark.text === '"' && tokens[i - 2]?.end === mark.start);
}

/** Words written with a capital inside a sentence, how often, and every word as written. */
interface Spellings {
  capitalisedInside: Map<string, number>;
  written: Set<string>;
}

function spellingsOf(tokens: Token[]): Spellings {
  const capitalisedInside = new Map<string, number>();
  const written = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k]!.text;
    written.add(text);
    if (/^\p{Lu}/u.test(text) && !opensSentence(tokens, k)) capitalisedInside.set(text, (capitalisedInside.get(text) ?? 0) + 1);
  }
  return { capitalisedInside, written };
}

/** Possessive determiners, which the model may tag as pronouns. */
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/;

/**
 * "An engineer on one of the grounded planes said …": the model reads "said" after a verb or a plural noun as the
 * adjective of "the said property". That adjective follows an article or a possessive only; anywhere else "said"
 * is the verb.
 */
export function retagSaidReadAsAdjective(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || t.text !== 'said') continue;
    const prev = tokens[i - 1]!;
    if (prev.pos === 'DET' || POSSESSIVE.test(prev.normal)) continue;
    tokens[i] = retagged(t, 'VERB', 'say');
    // ("… of the grounded planes said": the word in "-s" it follows, after an article and maybe a participle, is
    // the subject's plural noun, not a verb.)
    if (prev.pos === 'VERB' && /\p{Ll}s$/u.test(prev.text) && (tokens[i - 2]?.pos === 'DET' || (/^(ADJ|VERB)$/.test(tokens[i - 2]?.pos ?? '') && tokens[i - 3]?.pos === 'DET'))) tokens[i - 1] = retagged(prev, 'NOUN', prev.normal.slice(0, -1));
  }
}
