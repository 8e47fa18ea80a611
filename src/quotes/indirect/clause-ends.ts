import type { Token } from '../../types.js';
import { cueLemma, hasVerb } from '../frame.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isQuoteMark } from '../speaker.js';
import { PERSONAL_SUBJECTS, SIMULTANEOUS_CONTRASTS, SUBORDINATORS } from '../../nlp/words.js';
import { subjectAfterAdverbial, subjectAndVerbAt } from './clause-openers.js';
import { beforeAuxiliaries, relativeShareStart, whoBeforeFirstPredicate } from './relative-pronouns.js';

/**
 * The frame opens inside a subordinate clause and its content right after it: "when Lee thanked the
 * city and said it was good to be back, a woman waved", "If Reyes says the plan works, …". The clause
 * opener starts the sentence or follows a comma or a conjunction, within a few words before the cue.
 */
export function insideSubordinateClause(tokens: Token[], cue: number, lo: number, from: number): boolean {
  for (let k = cue + 1; k < from; k++) if (tokens[k]!.text === ',') return false; // "As X reported, CLAUSE"
  for (let k = cue - 1; k >= lo && k > cue - 12; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ',' || isQuoteMark(t)) return false;
    // (The tagger reads a time clause's opener as a preposition: "After Reed argued that …, the council …";
    // "as" tagged so is a preposition: "as a candidate".)
    const opener = t.pos === 'SCONJ' || t.pos === 'ADV' || (t.pos === 'ADP' && t.normal !== 'as');
    if (opener && SUBORDINATORS.has(t.normal)) return k === lo || /^(,|and|but|or)$/.test(tokens[k - 1]!.normal);
  }
  return false;
}

/** The cue opens a relative clause set off by a comma: "Dale Hume, who says …", "the Ledger, which has argued …". */
export function relativeOnSpeaker(tokens: Token[], cue: number, lo: number): boolean {
  let k = beforeAuxiliaries(tokens, cue - 1, lo);
  // ("Reed, who directed the film and has since said …": the clause's second predicate.)
  if (/^(and|but)$/.test(tokens[k]?.normal ?? '') && cueLexicon().speech.has(tokens[cue]!.lemma)) k = whoBeforeFirstPredicate(tokens, k, lo) ?? k;
  return (k > lo && /^(who|which)$/.test(tokens[k]!.normal) && tokens[k - 1]!.text === ',') || relativeShareStart(tokens, k, lo) >= 0;
}

/**
 * The cue opens a relative clause closing an indefinite description set off after a comma, "Ana Holt, a
 * ferry porter who says …": the main clause resumes after it as after ", who", so the content ends there.
 * (Up to four words between "a"/"an" and "who", none a verb. Only for cutting the content: a main-clause
 * cue inside the clause's longer content still gets its own report.)
 */
export function cueInIndefiniteApposition(tokens: Token[], cue: number, lo: number): boolean {
  const who = beforeAuxiliaries(tokens, cue - 1, lo);
  if (tokens[who]?.normal !== 'who') return false;
  for (let k = who - 1; k > lo && k >= who - 5; k--) {
    const t = tokens[k]!;
    if (/^(a|an)$/.test(t.normal)) return k < who - 1 && tokens[k - 1]!.text === ',';
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * The content of a cue in a relative clause cut where the main clause resumes: "Hume, who says the
 * harbour needs dredging, voted against it" reports "the harbour needs dredging". The main clause's verb
 * follows a comma; a comma opening an aside of its own (", which …") is no such place.
 */
export function endOfRelativeClause(tokens: Token[], from: number, to: number): number {
  // An aside opened by a comma inside the content closes at the next one: "says Ms. Ruiz, under fire
  // for the delays, should resign" goes on after "delays,".
  // (From the first word on: "that prices, already high, would rise" opens its aside at once.)
  let aside = false;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!;
    if (/^(who|which|whose|where)$/.test(next.normal)) return to;
    if (aside) aside = false;
    else if ((next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.normal)) || cueAfterAdverbs(tokens, k + 1)) && (hasVerb(tokens, from, k - 1) || nounObject(tokens, from))) return k - 1;
    else aside = true;
  }
  return to;
}

/** Content opening with a determiner or number is the cue's object, no clause ("who proposed a levy, praised …"). */
function nounObject(tokens: Token[], from: number): boolean {
  return /^(DET|NUM)$/.test(tokens[from]!.pos) && !/^(that|this|these|those)$/.test(tokens[from]!.normal);
}

/**
 * The main clause resuming with an adverb before its speech verb: "Smith, who told Reuters that the deal
 * was dead, now says …" (up to two adverbs, then a cue verb or an auxiliary).
 */
function cueAfterAdverbs(tokens: Token[], k: number): boolean {
  let v = k;
  while (v < k + 2 && tokens[v]?.pos === 'ADV') v++;
  const verb = tokens[v];
  if (v === k || !verb) return false;
  const lex = cueLexicon();
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.normal) && (lex.speech.has(verb.lemma) || lex.report.has(verb.lemma)));
}

/** The content cut at the comma before the main clause: a subject and its verb ("…, a woman waved"). */
export function endOfSubordinateClause(tokens: Token[], from: number, to: number): number {
  const comma = commaBeforeMainClause(tokens, from + 2, to);
  // (Only a clause ends there: "once he had said his piece, he was ready" reports no clause to cut.)
  if (comma < 0 || !hasVerb(tokens, from, comma - 1)) return to;
  // (A comma inside a closing mark ends the clause after the mark: the quotation is whole in it.)
  return isQuoteMark(tokens[comma + 1]!) ? comma + 1 : comma - 1;
}

/**
 * An object cue's object cut at the comma before the main clause: "Though Reed never criticized the toll
 * by name, the new fares were her target" reports "the toll by name". Unlike a reported clause, an
 * object needs no verb of its own.
 */
export function endOfSubordinateObject(tokens: Token[], from: number, to: number): number {
  const comma = commaBeforeMainClause(tokens, from + 1, to);
  return comma >= 0 ? comma - 1 : to;
}

/** The first comma in tokens[first, to) after which a main clause opens, or -1. */
function commaBeforeMainClause(tokens: Token[], first: number, to: number): number {
  // (The comma may sit inside a closing mark: "After I told her the shop was “a palace,” she shrugged".)
  for (let k = first; k < to; k++) if (tokens[k]!.text === ',' && mainClauseAt(tokens, isQuoteMark(tokens[k + 1]!) ? k + 2 : k + 1, to)) return k;
  return -1;
}

/** A main clause opens at tokens[k], maybe after an adverbial phrase: "a woman waved", "at the forum this week she said". */
function mainClauseAt(tokens: Token[], k: number, to: number): boolean {
  if (subjectAndVerbAt(tokens, k, to)) return true;
  if (tokens[k]?.pos !== 'ADP') return false;
  for (let j = k + 1; j <= to && j < k + 9; j++) {
    if (PERSONAL_SUBJECTS.test(tokens[j]!.normal)) return /^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '');
    if (subjectAfterAdverbial(tokens, k, j, to)) return true;
    if (!/^(ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}

/**
 * The content cut before a second party's report after a comma: "Vick said the pier works, while Reyes
 * argued it does not", "Pilots said they wanted the ferry, while most riders favored the bridge". The
 * while-clause has a subject of its own and its verb attributes something to it (a verb of speech, report
 * or stance, or a refusal to speak: contrastAttributes). Otherwise it is still what the speaker said, and stays in: "said rents
 * rose 10%, while wages rose 2%", "said the bridge would cost more, while a tunnel would cost twice that",
 * "said the pier would close, while repairs are made, for six weeks". "though" and "although" stay in too:
 * a speaker's own concession ("said the plan works, though it costs more"), unless the clause only records a
 * refusal to speak (", though Keane declined to comment").
 */
export function endBeforeContrast(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to - 1; k++) {
    if (tokens[k]!.text !== ',' || !subjectAndVerbAt(tokens, k + 2, to) || !hasVerb(tokens, from, k - 1)) continue;
    if (SIMULTANEOUS_CONTRASTS.has(tokens[k + 1]!.normal) && contrastAttributes(tokens, k + 2, to)) return k - 1;
    // a concession that only records a refusal to speak is the writer's, not the speaker's point:
    // "Variety reported that a film is planned, though Keane declined to comment"
    if (CONCEDING.has(tokens[k + 1]!.normal) && refusesToSpeak(tokens, k + 2, to)) return k - 1;
    // … and so is a second party's report conceded against it: "Reuters reported that the storm had damaged a
    // dam, though the power company said the structure was safe" (the company's report is its own).
    if (CONCEDING.has(tokens[k + 1]!.normal) && othersReport(tokens, k + 2, to)) return k - 1;
  }
  return to;
}

const CONCEDING: ReadonlySet<string> = new Set(['though', 'although']);

/** The clause at tokens[k] has a subject other than a personal pronoun and a verb of speech or report first: "the company said …". */
function othersReport(tokens: Token[], k: number, to: number): boolean {
  if (PERSONAL_SUBJECTS.test(tokens[k]!.normal)) return false;
  const lex = cueLexicon();
  for (let v = k; v <= to; v++) {
    if (tokens[v]!.pos !== 'VERB') continue;
    const lemma = cueLemma(tokens[v]!);
    return lex.speech.has(lemma) || lex.report.has(lemma);
  }
  return false;
}

/** The clause at tokens[k] has as its first verb a refusal to speak: "Keane declined to comment". */
function refusesToSpeak(tokens: Token[], k: number, to: number): boolean {
  const lex = cueLexicon();
  for (let v = k; v <= to; v++) {
    if (tokens[v]!.pos !== 'VERB') continue;
    return lex.refusalVerbs.has(cueLemma(tokens[v]!)) && tokens[v + 1]?.normal === 'to' && lex.refusedSpeechActs.has(tokens[v + 2]?.lemma ?? '');
  }
  return false;
}

/**
 * The clause at tokens[k] has a subject that is no personal pronoun (which is most often the speaker
 * again: "said the levy would pass, while she expected the bond to fail") and a first verb of speech,
 * report or stance, which gives it an attribution of its own.
 */
function contrastAttributes(tokens: Token[], k: number, to: number): boolean {
  if (PERSONAL_SUBJECTS.test(tokens[k]!.normal)) return false;
  const lex = cueLexicon();
  for (let v = k; v <= to; v++) {
    if (tokens[v]!.pos !== 'VERB') continue;
    const lemma = cueLemma(tokens[v]!);
    // a second party's refusal to speak is its own act too: ", while Reyes declined to comment"
    if (lex.refusalVerbs.has(lemma) && tokens[v + 1]?.normal === 'to' && lex.refusedSpeechActs.has(tokens[v + 2]?.lemma ?? '')) return true;
    return lex.speech.has(lemma) || lex.report.has(lemma) || lex.weak.has(lemma) || lex.bareObjectCues.has(lemma) || lex.plainStances.has(lemma);
  }
  return false;
}

/**
 * The content cut before an apposition that sums the clause up under a label of its own: "said she had sold
 * her car, a decision she described as “painful”", "…, a move he called a mistake". The apposition is the
 * speaker's next act (its quotation a partial of its own), not part of the reported clause. Only a noun
 * that sums up an act (cues.json summing_apposition_nouns) and a label verb (relative_label_verbs) read so:
 * "signed a striker, a player he described as quick" and "had a gun, a pistol they said was stolen" keep
 * their apposition, which names the clause's object.
 */
export function endBeforeSummingApposition(tokens: Token[], from: number, to: number): number {
  const lex = cueLexicon();
  const at = (i: number): Token | undefined => (i < to ? tokens[i] : undefined); // never past the content
  for (let k = from + 2; k < to - 2; k++) {
    // k: the comma; k + 1: the article opening the apposition; the clause before it must have its verb.
    if (tokens[k]!.text !== ',' || !/^(a|an)$/.test(tokens[k + 1]!.normal) || !hasVerb(tokens, from, k - 1)) continue;
    // head: the apposition's noun, after any modifiers ("a costly decision", "a cost-cutting move").
    let head = k + 2;
    while (head < k + 5 && /^(ADJ|NOUN)$/.test(at(head)?.pos ?? '') && /^(ADJ|NOUN)$/.test(at(head + 1)?.pos ?? '')) head++;
    if (at(head)?.pos !== 'NOUN' || !lex.summingAppositionNouns.has(at(head)!.normal)) continue;
    // subject: the relative clause's own subject, maybe after "that"/"which" ("a move that he called …").
    let subject = head + 1;
    if (/^(that|which)$/.test(at(subject)?.normal ?? '')) subject++;
    if (!PERSONAL_SUBJECTS.test(at(subject)?.normal ?? '')) continue;
    // verb: the label verb right after the subject; "described" needs its "as" ("described as “painful”").
    const verb = at(subject + 1);
    if (!verb || verb.pos !== 'VERB' || !lex.relativeLabelVerbs.has(verb.lemma)) continue;
    if (verb.lemma === 'describe' && at(subject + 2)?.normal !== 'as') continue;
    return k - 1;
  }
  return to;
}
