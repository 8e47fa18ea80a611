import type { Token } from '../types.js';
import { kindOfOutletWord, recogniseOutlet } from '../lexicon/outlets.js';
import { cueLexicon, type CueLexicon } from '../lexicon/cues.js';
import { GROUP_QUANTIFIERS, groupWord, isPluralNoun, PERSONAL_SUBJECTS, POSSESSIVE_PRONOUNS, POSSESSIVES, SUBJECT_PRONOUNS, SUBORDINATORS, THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';
import { isDayWord } from '../nlp/time-words.js';
import { classify, documentLike, evidenceLike, hyphenInWord, isQuoteMark, personLike, skipTimeAdverbial, wordBefore, type SpeakerPhrase } from './speaker.js';
import { revealingSay, writersPhraseWithSay } from './idioms.js';
import { tellerFromBeforeThat } from './passive.js';
import { quantifiedSpeaker } from './quantified-speakers.js';
import { DASH, dashAsideOpening, isClausePunctuation } from './sentence-scan.js';
import { type CueMode, type Cue } from './frame-types.js';
import { reportNounParticipleBeforeQuotation } from './report-noun-participle.js';

// Finding the cue: whether a token is a verb or noun of speech in its context, and the small tests on verbs around it.

/**
 * The phrase at tokens[i] ("as quoted by …") follows a comma right after a subject and its speech verb:
 * "…, he said, as quoted by …", "…, Lee told reporters, as quoted by …".
 */
function afterOwnCue(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  for (let k = i - 2; k >= 0 && k > i - 6; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && cueLexicon().speech.has(t.normal === 'told' ? 'tell' : t.lemma)) return true;
  }
  return false;
}

/** tokens[i] opens a sentence or a clause set off by a comma (or a colon, semicolon, dash or bracket). */
function followsClauseBreak(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || isClausePunctuation(before) || before.text === '(' || DASH.test(before.text);
}

/**
 * tokens[i] follows a closing quotation mark with a comma just inside it, and a determined or named
 * source follows: "“…,” per the bylaws", "“…,” per Mayor Ostrava" (not "“ten dollars,” per person").
 */
function afterQuotedComma(tokens: Token[], i: number): boolean {
  const mark = tokens[i - 1];
  const next = tokens[i + 1];
  return !!mark && isQuoteMark(mark) && tokens[i - 2]?.text === ',' && !!next && (next.pos === 'DET' || next.pos === 'PROPN' || POSSESSIVE_PRONOUNS.has(next.normal));
}

/**
 * Does the phrase from tokens[s] to the next comma name who or what reported ("Per Variety", "Per court
 * documents", "Per a spokesperson")? Not "Per capita", "Per his request", "Per the terms of the deal".
 */
function namesASource(tokens: Token[], s: number): boolean {
  let e = s;
  while (e < tokens.length && e < s + 8 && !isClausePunctuation(tokens[e]!)) e++;
  const phrase = classify(tokens, s, e);
  if (!phrase) return false;
  return phrase.kind === 'anonymous' ? personLike(phrase) || documentLike(phrase) || evidenceLike(phrase) : phrase.kind !== 'pronoun';
}

/**
 * Is tokens[i] a cue? Verbs by lemma from the lexicon; "according to" and similar phrases.
 * Returns the cue's token range.
 */
export function cueAt(tokens: Token[], i: number, mode: CueMode = 'speech'): Cue | null {
  if (compoundModifierHalf(tokens, i) || stateOwnedMedium(tokens, i)) return null;
  const lex = cueLexicon();
  const t = tokens[i]!;
  const phrases = lex.phrases.get(t.normal);
  if (phrases) {
    for (const phrase of phrases) {
      const n = phrase.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = tokens[i + k]!.normal === phrase.words[k];
      // "went on to say": the cue is the verb after "to".
      if (ok && phrase.kind === 'speech' && tokens[i + n]?.normal === 'to' && tokens[i + n + 1]?.pos === 'VERB') continue;
      // "went on" is speech only next to a quotation ("“…,” Reed went on.", "Reed went on: “…”", "went on
      // about “…”"), not in "The meeting went on until midnight." nor "The list goes on."
      // … and so is a turn taken, "cut in", "chimed in" ("“—and then,” Reed cut in, “…”"), not "the
      // budget cut in March".
      if (ok && (phrase.words[n - 1] === 'on' || phrase.words[n - 1] === 'in') && !nextToQuotation(tokens, i, i + n)) continue;
      // "made the following statement:" announces the words after it and reports no clause ("When the pier
      // closed, the mayor released the following statement: …" reports no "When the pier closed").
      if (ok && mode === 'report' && phrase.words.includes('following')) continue;
      // "Per the Ledger, …": a one-word source phrase only where it opens a clause, not "ten dollars per ticket".
      // (The comma may sit inside a quotation's closing mark: "“…,” per the bylaws".)
      if (ok && phrase.kind === 'according' && n === 1 && ((!followsClauseBreak(tokens, i) && !afterQuotedComma(tokens, i)) || !namesASource(tokens, i + 1))) continue;
      // "in the words of its host, Dana Pryce, “…”": only a source whose comma stands right before the opening mark;
      // elsewhere ("“…,” in the words of one aide", "was, in the words of an aide, the heir") it credits a phrase, not a
      // quotation; nor does it report the clause around it ("The show was, in the words of X, “…”" reports only the words).
      if (ok && phrase.before_quotation && (mode === 'report' || !sourceThenQuotation(tokens, i + n))) continue;
      // "“…,” he said, as quoted by the Ledger": the speaker has his own cue; the phrase names the medium.
      if (ok && phrase.kind === 'according' && tokens[i]!.normal === 'as' && afterOwnCue(tokens, i)) continue;
      if (ok) return { first: i, last: i + n - 1, according: phrase.kind === 'according', medium: phrase.kind === 'medium' };
    }
  }
  // Most tokens are no verb: the tests below run only where the tagger's reading leaves a cue possible
  // (this runs on every token of every sentence).
  if (attributiveParticiple(tokens, i)) return null;
  // "Lee shrugged: “Let them talk.”": a gesture right before a colon and an opening mark introduces the words;
  // so does one before a dash ("Kiprono smiled — “…”"), the colon's stand-in in much news copy.
  if (mode !== 'report' && lex.colonGestureVerbs.has(t.normal) && /^(?::|[—–]|--)$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2] && isQuoteMark(tokens[i + 2]!)) return { first: i, last: i, according: false, medium: false };
  if (t.pos === 'VERB' || t.pos === 'AUX') return verbCue(tokens, i, t.normal === 'told' ? 'tell' : t.lemma, mode, lex);
  // "with a High Court judge ruling that …": the tagger reads the participle as a noun.
  if (t.pos === 'NOUN' && mode === 'report' && rulingNoun(tokens, i, lex)) return { first: i, last: i, according: false, medium: false };
  // ("…, warning that delays would be “very costly.”": the participle gives the words quoted in its clause.)
  const participleOfNoun = t.pos === 'NOUN' && mode !== 'report' ? reportNounParticipleBeforeQuotation(tokens, i) : null;
  if (participleOfNoun) return verbCue(tokens, i, participleOfNoun, mode, lex);
  if (t.pos === 'NOUN') return nounTaggedCue(tokens, i, mode, lex);
  // A past-tense cue read as an adjective after a pronoun, a name or a closing mark ("she elaborated").
  if (t.pos === 'ADJ' && t.normal.endsWith('ed')) {
    const prev = tokens[i - 1];
    const lemma = prev && (PERSONAL_SUBJECTS.test(prev.normal) || prev.pos === 'PROPN' || isQuoteMark(prev)) ? pastLemma(t.normal, lex) : null;
    return lemma ? verbCue(tokens, i, lemma, mode, lex) : null;
  }
  // … and "said" read as one after a quantified subject ("Another said …", as in "another said firm").
  if (t.pos === 'ADJ' && t.normal === 'said' && i > 0 && quantifiedSpeaker(tokens, i - 1, 0)) return verbCue(tokens, i, 'say', mode, lex);
  return null;
}

/** A short source phrase from tokens[from] (no verb, no sentence end) whose comma is followed right away by an opening quotation mark. */
function sourceThenQuotation(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && k > from) {
      if (tokens[k + 1] && isQuoteMark(tokens[k + 1]!)) return true;
      continue;
    }
    // (A capitalised word the tagger reads as a verb is a name's: "Marta Quell".)
    if (isQuoteMark(t) || ((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text)) || /^[.!?;:]$/.test(t.text)) return false;
  }
  return false;
}

/** Whether a cue ends at tokens[k]: a verb there, or a phrase of up to three words ending there ("cut in"). */
export function cueEndsAt(tokens: Token[], k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 2; j--) if (cueAt(tokens, j)?.last === k) return true;
  return false;
}

/**
 * A participle between a preposition, determiner or number and its noun describes the noun, it says nothing:
 * "from noted harbour scholars", "the announced fare cuts", "one widely shared reply" (an adverb in -ly between).
 */
function attributiveParticiple(tokens: Token[], i: number): boolean {
  const adverb = tokens[i - 1]?.pos === 'ADV' && tokens[i - 1]!.normal.endsWith('ly');
  const prev = tokens[adverb ? i - 2 : i - 1];
  const next = tokens[i + 1];
  // (String tests, not regex literals: a literal is a new RegExp object at every call, and this runs on every token.)
  if (!prev || !next || !tokens[i]!.normal.endsWith('ed') || prev.normal === 'that') return false;
  return (prev.pos === 'ADP' || prev.pos === 'DET' || (prev.pos === 'NUM' && prev.normal === 'one')) && (next.pos === 'ADJ' || next.pos === 'NOUN');
}

/** A cue the tagger read as a noun. */
function nounTaggedCue(tokens: Token[], i: number, mode: CueMode, lex: CueLexicon): Cue | null {
  const t = tokens[i]!;
  // The tagger sometimes reads a 3rd-person cue as a plural noun ("Deadline reports that …").
  // … but not after a determiner, adjective or possessive: "the posts", "late-night posts", "Smith's claims".
  const prev = tokens[i - 1];
  // … and any cue before an object pronoun, which no noun takes ("Lee and Reed call them …").
  const beforeObject = /^(them|him|me|us)$/.test(tokens[i + 1]?.normal ?? '');
  // … nor after a hyphenated modifier, an adjective the tagger split: "his early-morning tweets" (a
  // hyphenated name still speaks: "Lee-Hart reports").
  // … nor after a name in a share of things, a modifier there, no subject: "30% of Tory claims", "half of
  // Labour posts" (not "The Bank of Elwin reports").
  const ofName = prev?.pos === 'PROPN' && tokens[i - 2]?.normal === 'of' && shareBefore(tokens, i - 3);
  // … nor between a bare common noun and an -ing modifier: "defamation claims involving films are …".
  const modifiedNoun = prev?.pos === 'NOUN' && /^\p{Ll}/u.test(prev.text) && /^\p{Ll}+ing$/u.test(tokens[i + 1]?.text ?? '');
  const nounCue = (NOUN_TAGGED_CUES.has(t.normal) || beforeObject) && !ofName && !modifiedNoun && !endsVerbsPrepositionalPhrase(tokens, i) && !(prev && (/^(DET|ADJ|NUM)$/.test(prev.pos) || /^['’]s$/i.test(prev.text) || POSSESSIVES.has(prev.text.toLowerCase()) || (i > 1 && hyphenInWord(tokens, i - 2) && prev.pos !== 'PROPN')));
  // ("point out" is the cue in two words.)
  if (mode === 'report' && plainFormReport(tokens, i)) return { first: i, last: t.normal === 'point' ? i + 1 : i, according: false, medium: false };
  if (!nounCue) return null;
  // In reported speech, "border states that might …" / "the reports that were filed" are nouns with a relative
  // clause, and "states" is a cue only before "that".
  const relative = tokens[i + 1]?.normal === 'that' && /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '');
  // (Or closing the sentence after its subject and a comma: "…, the filing states.")
  if (mode === 'report' && (relative || (THAT_ONLY_NOUN_CUES.has(t.normal) && !closingCue(tokens, i) && (tokens[i + 1]?.normal !== 'that' || !subjectOfThatOnlyCue(tokens, i - 1))))) return null;
  const lemma = t.normal === 'told' ? 'tell' : t.normal.replace(/s$/, '').replace(/^sai$/, 'say').replace(/^tol$/, 'tell');
  return verbCue(tokens, i, lemma, mode, lex);
}

/**
 * tokens[i] closes a prepositional phrase on a verb before it: "who argues in the program notes that …",
 * "wrote in the liner notes". The phrase is the verb's, so the word is its noun, never a subject's cue
 * ("The company notes that …" has no verb and preposition before it).
 */
function endsVerbsPrepositionalPhrase(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.pos !== 'NOUN' || !/^\p{Ll}/u.test(tokens[k]!.text)) return false;
  while (k > i - 5 && k >= 0 && /^(NOUN|ADJ|DET)$/.test(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text)) k--;
  if (tokens[k]?.pos !== 'ADP') return false;
  const verb = tokens[k - 1]?.pos === 'ADV' ? tokens[k - 2] : tokens[k - 1];
  return verb?.pos === 'VERB';
}

// A possessive of someone named, or "our", before a noun phrase: "its board", "our union".
const THIRD_OR_OUR: ReadonlySet<string> = new Set([...THIRD_PERSON_POSSESSIVES, 'our']);

/** tokens[k] ends a share of a whole: a number, a percentage ("30%", "30 percent"), "half", "most", "some", "many". */
function shareBefore(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (t.pos === 'NUM' || /^(%|percent|per cent|half|most|some|many|few|all|none|majority|share|number)$/.test(t.normal));
}

/**
 * Whether the word before "estimates/charges/fears/states that" can be that verb's subject: a name, a
 * pronoun, a plural ("analysts estimate"… "critics charge that") or a noun after a determiner or a
 * possessive ("the agency estimates that"). A bare singular noun is a modifier of a noun and its
 * complement clause: "budget estimates that the ferry …", "union charges that it hid …".
 */
function subjectOfThatOnlyCue(tokens: Token[], k: number): boolean {
  // "Voss — a harbour clerk since 2019 — estimates that …": the subject stands before the aside.
  const open = dashAsideOpening(tokens, k, 0);
  if (open >= 0) return subjectOfThatOnlyCue(tokens, open - 1);
  const t = tokens[k];
  if (!t) return false;
  // (A capitalised word inside the sentence is a name, whatever the tagger read: "Ms. Quell charges that".)
  if (t.pos === 'PROPN' || t.pos === 'PRON' || (/^\p{Lu}/u.test(t.text) && k > 0 && tokens[k - 1]!.pos !== 'PUNCT')) return true;
  if (t.pos !== 'NOUN') return false;
  if (/[^s'’]s$/.test(t.normal)) return true;
  // "the agency", "the party leadership", "the city's budget office".
  let j = k - 1;
  while (j > k - 5 && /^(NOUN|PROPN|ADJ)$/.test(tokens[j]?.pos ?? '')) j--;
  return /^(DET|PART)$/.test(tokens[j]?.pos ?? '') || THIRD_OR_OUR.has(tokens[j]?.normal ?? '');
}

// "the" or a possessive of someone named: "…, the filing states.", "…, its filing states."
const THE_OR_THIRD: ReadonlySet<string> = new Set(['the', ...THIRD_PERSON_POSSESSIVES]);

/**
 * A cue closing its sentence after a comma and a definite subject: "…, the filing states." A plural noun
 * there ends no noun phrase ("…, the states."), since "the NOUN states" has no head before the period.
 */
function closingCue(tokens: Token[], i: number): boolean {
  if (!/^[.!?]$/.test(tokens[i + 1]?.text ?? '')) return false;
  let k = i - 1;
  while (k > i - 4 && /^(NOUN|PROPN|ADJ)$/.test(tokens[k]?.pos ?? '')) k--;
  return k < i - 1 && THE_OR_THIRD.has(tokens[k]?.normal ?? '') && tokens[k - 1]?.text === ',';
}

/** A report verb's plain form read as a noun, after a plural subject or a share and before a clause. */
function plainFormReport(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || !PLAIN_FORM_CUES.has(t.normal)) return false;
  // "Polls show that …" / "critics say it …" / "a third say they …": a plural subject or a share, then
  // "show" or "say" read as a noun, then a clause.
  const pluralSubject = isPluralNoun(prev) || (t.normal === 'say' && groupWord(prev) && prev.normal !== 'who');
  // (Also the other plain forms that double as plural nouns: "some critics fear the plan will …", "unions
  // claim it …", and after a quantifier or "who": "many fear the pier will …", "tenants who doubt it …".)
  const pluralSubjectOf = /^(show|say)$/.test(t.normal) ? pluralSubject : isPluralNoun(prev) || GROUP_QUANTIFIERS.has(prev.normal) || prev.normal === 'who';
  // "pilots point out that …": the clause follows the particle.
  const k = t.normal === 'point' ? (tokens[i + 1]?.normal === 'out' ? i + 2 : -1) : i + 1;
  // … or inside a relative clause whose verb follows: "a route that many pilots say is safest".
  const clauseNext = k > 0 && (/^(SCONJ|DET|PRON|PROPN|NUM)$/.test(tokens[k]?.pos ?? '') || (/^(AUX|VERB)$/.test(tokens[k]?.pos ?? '') && relativeBefore(tokens, i - 1)));
  return pluralSubjectOf && clauseNext;
}

/** tokens[first…last] is a participle right after the phrase `speaker`, then adverbs and "by": "a letter read aloud by". */
export function documentParticiple(tokens: Token[], first: number, last: number, speaker: SpeakerPhrase): boolean {
  if (tokens[first - 1]?.end !== speaker.end || !/(?:ed|en|read)$/.test(tokens[first]!.normal)) return false;
  let k = last + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.normal === 'by';
}

/**
 * A news outlet's name right before tokens[i], maybe with "has"/"have" between: "Deadline hears",
 * "The Ledger has heard". (A capitalised run, read whole as an outlet.)
 */
function outletSubjectBefore(tokens: Token[], i: number): boolean {
  let end = i - 1;
  if (end >= 0 && /^(has|have)$/.test(tokens[end]!.normal)) end--;
  if (end < 0) return false;
  let start = end;
  while (start > 0 && start > end - 5 && (/^\p{Lu}/u.test(tokens[start - 1]!.text) || /^(the|of|&)$/.test(tokens[start - 1]!.normal))) start--;
  for (let s = start; s <= end; s++) {
    // "Viewers of the BBC heard": an outlet after "of" completes another subject; it does not hear.
    if (tokens[s]!.normal === 'of') return false;
    if (/^\p{Lu}/u.test(tokens[s]!.text) && recogniseOutlet(tokens.slice(s, end + 1).map((t) => t.text).join(' '))) return true;
  }
  return false;
}

/** A ruling verb with a judging subject before it and a that-clause after it: "the court ruled that …". */
function rulingVerb(tokens: Token[], i: number, lemma: string, lex: CueLexicon): boolean {
  return lex.judgingReports.has(lemma) && (thatOpensClause(tokens, i + 1) || rulingTagAfterClause(tokens, i)) && judgingSubjectBefore(tokens, i, lex);
}

/**
 * "The ban is lawful, the appeals court ruled on Wednesday.": the ruling verb as a tag after the clause it
 * reports, as "said" is — its subject right after a comma, only a day after the verb before the punctuation.
 */
function rulingTagAfterClause(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.normal === 'on' && isDayWord(tokens[k + 1]?.normal ?? '')) k += 2;
  else if (isDayWord(tokens[k]?.normal ?? '')) k++;
  if (!/^[,.;]$/.test(tokens[k]?.text ?? '')) return false;
  for (let s = i - 1; s > 0 && s >= i - 7; s--) {
    if (tokens[s - 1]!.text === ',') return true;
    if (!/^(NOUN|PROPN|ADJ|DET|NUM|PART)$/.test(tokens[s]!.pos)) return false;
  }
  return false;
}

/**
 * A judge, court or panel heading the subject right before tokens[i], maybe after has/had or a day: "the High Court
 * judge ruled", "Judge Ann Lee ruled", "a panel of three judges ruled". The judging word is the subject's
 * last noun or in the name ending there; one inside a prepositional phrase is no subject ("Players on the
 * court ruled").
 */
function judgingSubjectBefore(tokens: Token[], i: number, lex: CueLexicon): boolean {
  let last = i - 1;
  // ("A federal judge on Tuesday ruled": the day between the subject and its verb.)
  if (last > 0 && isDayWord(tokens[last]!.normal)) last -= tokens[last - 1]!.normal === 'on' ? 2 : 1;
  if (last >= 0 && /^(has|have|had)$/.test(tokens[last]!.normal)) last--;
  const head = tokens[last];
  if (!head) return false;
  let start = last;
  if (head.pos === 'PROPN') {
    while (start > 0 && start > last - 4 && tokens[start - 1]!.pos === 'PROPN') start--;
    if (!tokens.slice(start, last + 1).some((t) => lex.judgingSubjects.has(t.normal))) return false;
  } else if (head.pos !== 'NOUN' || !lex.judgingSubjects.has(head.normal)) return false;
  // The subject's start, through its modifiers and determiner: "the federal appeals court".
  while (start > 0 && start > last - 6 && /^(NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[start - 1]!.pos)) start--;
  // (The tagger reads a clause's opener as a preposition too: "even after federal judge ruled that …".)
  const before = tokens[start - 1];
  if (before?.pos !== 'ADP' || SUBORDINATORS.has(before.normal)) return true;
  // ("a panel of judges": the panel heads it.)
  return before.normal === 'of' && lex.judgingSubjects.has(tokens[start - 2]?.normal ?? '');
}

/**
 * "with a tribunal ruling that the fee was unlawful": a ruling the tagger reads as a noun (cues.json
 * judging_report_nouns) reports only right after a judging noun and its determiner ("a county judge ruling"),
 * the phrase opened by "with" or a comma, and before a clause with a subject of its own. Not "the court
 * ruling that ended the strike" (a relative "that") nor "The tennis court ruling that …" (a sentence's
 * subject, which needs a verb of its own).
 */
function rulingNoun(tokens: Token[], i: number, lex: CueLexicon): boolean {
  const lemma = lex.judgingReportNouns.get(tokens[i]!.normal);
  if (!lemma || !lex.judgingReports.has(lemma)) return false;
  if (!thatOpensClause(tokens, i + 1) || !/^(DET|PRON|PROPN|NOUN|NUM|ADJ)$/.test(tokens[i + 2]?.pos ?? '')) return false;
  if (!lex.judgingSubjects.has(tokens[i - 1]?.normal ?? '')) return false;
  // The judge's modifiers back to its determiner: "a High Court judge", "a county judge".
  let det = i - 2;
  while (det >= 0 && det > i - 6 && /^(ADJ|PROPN|NOUN)$/.test(tokens[det]!.pos)) det--;
  return tokens[det]?.pos === 'DET' && /^(with|,)$/.test(tokens[det - 1]?.normal ?? '');
}

/** Verbs whose subject got the words from someone named after "from": "heard from her agent that …". */
export const HEARD_FROM: ReadonlySet<string> = new Set(['hear', 'learn']);

/**
 * "heard from her agent that …", "learned from two aides that …": a cue in any mode, whose speaker is the
 * one heard from (passive.ts tellerFromBeforeThat); not "heard the news", "learned from experience that …".
 */
function heardFromSomeone(tokens: Token[], i: number, lemma: string): boolean {
  return HEARD_FROM.has(lemma) && tokens[i + 1]?.normal === 'from' && tellerFromBeforeThat(tokens, i, Math.min(tokens.length - 1, i + 16)) !== null;
}

/**
 * A verb of this lemma reports a clause here: any report verb; an outlet's verb after an outlet ("Deadline
 * hears"); a ruling verb after a judge; a that-only verb before "that".
 */
function reportsInContext(tokens: Token[], i: number, lemma: string, lex: CueLexicon): boolean {
  if (lex.report.has(lemma)) return true;
  const outletReport = lex.outletReports.has(lemma) && outletSubjectBefore(tokens, i);
  const thatOnlyReport = lex.thatOnlySpeechReports.has(lemma) && thatOpensClause(tokens, i + 1);
  return outletReport || thatOnlyReport || rulingVerb(tokens, i, lemma, lex);
}

/** A verb of this lemma gives words in this mode: a speech verb, or in a clause a weak one too. */
function speaksInMode(lemma: string, mode: CueMode, lex: CueLexicon): boolean {
  return lex.speech.has(lemma) || (mode === 'clause' && lex.weak.has(lemma));
}

/** Determiners before an object's noun. */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** tokens[i] as a cue of this lemma, if the lexicon lists it for the mode and nothing around it undoes it. */
function verbCue(tokens: Token[], i: number, lemma: string, mode: CueMode, lex: CueLexicon): Cue | null {
  if (writersPhraseWithSay(tokens, i) || revealingSay(tokens, i, lex.revealingAmounts)) return null;
  const asIt = mode !== 'report' && asSubjectPutsIt(tokens, i, lemma, lex);
  const known = (mode === 'report' ? reportsInContext(tokens, i, lemma, lex) : speaksInMode(lemma, mode, lex) || asIt || labelsObjectAs(tokens, i, lemma, mode, lex)) || heardFromSomeone(tokens, i, lemma);
  if (!known) return null;
  if (asIt) return { first: i, last: i + 1, according: false, medium: false };
  // "referred to the pier as “…”" gives the words; "referred to the statement, which said …" does not.
  // "put it bluntly: “…”" and "the question he puts to guests: “…”" give the words; "had put “profits first”" does not.
  if (mode === 'clause' && lex.weakItOnly.has(lemma) && !lex.speech.has(lemma) && !lex.weakItOnly.get(lemma)!.has(tokens[i + 1]?.normal ?? '')) return null;
  if (mode === 'clause' && lex.weakAsOnly.has(lemma) && !lex.speech.has(lemma) && !toThingAs(tokens, i)) return null;
  // "The bill did not say how …": what someone did not say reports nothing.
  // … but a person declining to say it reports the question left open: "Reyes would not say whether …".
  // … and a belief denied is still held and stated: "Reyes doesn't think the levy will pass".
  // … and a clause denied is still reported: "the agency did not report that the pier had closed", "is
  // not predicting she will win".
  // … except a yes-no question a statement left open: "The agency did not say whether it had opened an inquiry".
  // (Only "did not" and "whether"/"if": PolNeAR annotates "would not say if …" and "did not say when …" as reports.)
  if (mode === 'report' && negated(tokens, i) && (!withheldQuestion(tokens, i) || openPolarQuestion(tokens, i)) && !BELIEF_VERBS.has(lemma) && !clauseFollows(tokens, i)) return null;
  const next = tokens[i + 1]?.normal;
  // "called for “a full audit”": a demand whose words the quotation right after "for" gives; the verb and
  // its particle are the cue (elsewhere "called for calm" reports no words).
  if (next === 'for' && mode === 'clause' && lex.weak.has(lemma) && tokens[i + 2] && isQuoteMark(tokens[i + 2]!)) return { first: i, last: i + 1, according: false, medium: false, weak: true };
  // (Not the subject of a clause reported: "said goodbye was the hardest word", "said the prayer vigil would go ahead".)
  if (next && lex.notCueBefore.get(lemma)?.has(next) && !subjectOfClauseAt(tokens, i + 1)) return null;
  // "had read the script twice": an object that gives the verb another sense (object_cue_other_senses) after its determiner
  // or a number ("recalled three batches").
  // (A verb that takes no clause has no clause's subject there: "the passenger who started the fight had been
  // banned" — "had been" is the passenger's.)
  const takesClause = lex.speech.has(lemma) || lex.report.has(lemma);
  if (next && (OBJECT_DETERMINERS.has(next) || tokens[i + 1]!.pos === 'NUM') && lex.objectCueOtherSenses.get(lemma)?.has(tokens[i + 2]?.normal ?? '') && !(takesClause && subjectOfClauseAt(tokens, i + 2))) return null;
  if (permissionOnly(tokens, i)) return null;
  if (nounAfterArticle(tokens, i)) return null;
  // "said" as an adjective ("the said company") or participle after "was" ("it was said") is no cue with a speaker.
  return { first: i, last: i, according: false, medium: false, weak: mode === 'clause' && !lex.speech.has(lemma) };
}

/**
 * tokens[k] is "that" opening a clause, not a determiner: "replied that officials would wait", not "answers
 * that question" (a bare singular noun after it is the determiner's) — unless a finite verb follows that
 * noun, its predicate: "replied that money was short", "answered that demand grew".
 */
function thatOpensClause(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k]?.normal !== 'that' || !next) return false;
  if (!(next.pos === 'NOUN' && next.lemma === next.normal && /^\p{Ll}/u.test(next.text))) return true;
  return finiteVerb(tokens[k + 2]);
}

/** An auxiliary or an inflected verb that is no participle in -ing ("was", "would", "grew", "rises"). */
function finiteVerb(t: Token | undefined): boolean {
  if (!t) return false;
  return t.pos === 'AUX' || (t.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('ing'));
}

/** A full stop, "?" or "!" among tokens[from, to). */
export function sentenceEndBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (/^[.!?]$/.test(tokens[k]!.text)) return true;
  return false;
}

/** The word before tokens[cue]'s adverbs, auxiliaries and time adverbial: "who" in "who on Monday has also called". */
export function wordBeforeVerbGroup(tokens: Token[], cue: number, lo: number): number {
  let k = cue - 1;
  while (k > lo && /^(ADV|AUX)$/.test(tokens[k]!.pos)) k--;
  if (k < lo) return -1;
  k = skipTimeAdverbial(tokens, k, lo);
  while (k > lo && /^(ADV|AUX)$/.test(tokens[k]!.pos)) k--;
  return k;
}

/**
 * "VERB to X as" or "VERB to X “…”": "to", then up to six words of a noun phrase (no punctuation, auxiliary or
 * relative word), then "as" or a quotation.
 */
/**
 * "hailed the deal as “historic”", "portrayed the rivals as “…”": a label verb (cues.json as_label_verbs) that
 * is no cue elsewhere gives its subject the words when its object runs, with no clause break, to "as" and the
 * opening mark.
 */
function labelsObjectAs(tokens: Token[], i: number, lemma: string, mode: CueMode, lex: CueLexicon): boolean {
  if (mode !== 'clause' || !lex.asLabelVerbs.has(lemma)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 12; k++) {
    const t = tokens[k]!;
    if (t.normal === 'as') return k > i + 1 && !!tokens[k + 1] && isQuoteMark(tokens[k + 1]!);
    if (isQuoteMark(t) || /^(PUNCT|AUX)$/.test(t.pos)) return false;
  }
  return false;
}

function toThingAs(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.normal !== 'to') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 8; k++) {
    const t = tokens[k]!;
    if (t.normal === 'as') return k > i + 2;
    // ("referred to her “sex tape”": words quoted in the object are the subject's too.)
    if (isQuoteMark(t)) return true;
    if (/^(PUNCT|AUX)$/.test(t.pos) || /^(who|which|that)$/.test(t.normal)) return false;
  }
  return false;
}

/**
 * "“…,” as she puts it", "as one pilot phrased it, “…”": a weak verb (cues.json as_it_verbs) between "as"
 * and its subject and "it" speaks the words beside it. The cue is the verb with its "it".
 */
/** The cue ending at tokens[cueToken] is an "as SUBJECT puts it" clause: it attributes only the quotation beside it. */
export function asItCue(tokens: Token[], cueToken: number): boolean {
  return tokens[cueToken]?.normal === 'it' && cueToken > 0 && asSubjectPutsIt(tokens, cueToken - 1, tokens[cueToken - 1]!.lemma, cueLexicon());
}

function asSubjectPutsIt(tokens: Token[], i: number, lemma: string, lex: CueLexicon): boolean {
  if (!lex.asItVerbs.has(lemma) || tokens[i + 1]?.normal !== 'it') return false;
  let k = i - 1;
  while (k >= 0 && k > i - 5 && /^(PRON|PROPN|NOUN|DET|ADJ|NUM|ADV)$/.test(tokens[k]!.pos) && tokens[k]!.normal !== 'as') k--;
  return k >= 0 && k < i - 1 && tokens[k]!.normal === 'as';
}

/**
 * The verb at tokens[i] follows a participle of permission and "to": "because she was not authorized to
 * discuss the talks", "is not allowed to comment". The speaker's permission is meant, not a report.
 */
export function permissionOnly(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.normal === 'to' && cueLexicon().permissionParticiples.has(tokens[i - 2]?.normal ?? '');
}

/**
 * A plain form the tagger read as a verb after "a"/"an" and a noun, or after "the following": "left a Twitter
 * comment", "an op-ed response", "made the following comment". A singular subject would need "comments"; this is a noun phrase, and its modifier
 * ("Twitter") no speaker. A past tense spelled like the plain form is still a verb: "as an aide put it".
 */
const SAME_IN_PAST = new Set(['put', 'read', 'set', 'cut', 'let', 'cast', 'broadcast', 'forecast', 'bet', 'quit', 'hit', 'spread', 'upset']);

function nounAfterArticle(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.normal !== t.lemma || SAME_IN_PAST.has(t.normal)) return false;
  // "made the following comment: “…”": "the following" before a plain form makes it a noun as "a" does.
  if (tokens[i - 1]?.normal === 'following' && tokens[i - 2]?.normal === 'the') return true;
  let k = i - 1;
  while (k > i - 4 && k >= 0 && (tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k--;
  return k < i - 1 && k >= 0 && (tokens[k]!.normal === 'a' || tokens[k]!.normal === 'an');
}

/** A past participle after a form of "be" (adverbs between): "was called for", "is endorsed", "were told". */
export function isPassiveCue(tokens: Token[], cue: number, lo: number): boolean {
  const b = wordBefore(tokens, cue - 1, lo);
  return b >= lo && tokens[b]!.lemma === 'be' && /(?:ed|en|wn|told|said|seen)$/.test(tokens[cue]!.normal) && !perfectSaid(tokens, b, cue) && !predicateBetween(tokens, b, cue);
}

/**
 * "because the smoke was thick said": a word read as an adverb between "be" and the cue that no passive
 * holds (not in -ly, not one of the passive's usual adverbs) is a predicate adjective; the cue starts anew.
 */
function predicateBetween(tokens: Token[], b: number, cue: number): boolean {
  for (let k = b + 1; k < cue; k++) if (!/ly$/.test(tokens[k]!.normal) && !cueLexicon().passiveAdverbs.has(tokens[k]!.normal)) return true;
  return false;
}

/** "he's said he will …": a contracted "has" before "said", read as "is" (not "he's said to be …", "it's said"). */
function perfectSaid(tokens: Token[], b: number, cue: number): boolean {
  return /^['’]s$/.test(tokens[b]!.text) && tokens[cue]!.normal === 'said' && tokens[cue + 1]?.normal !== 'to' && /^(he|she)$/.test(tokens[b - 1]?.normal ?? '');
}

/** A phrase at [from, to) that follows a closing mark closely or is followed by a colon, comma or mark. */
function nextToQuotation(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (next && (next.text === ':' || next.text === ',' || next.normal === 'about' || isQuoteMark(next))) return true;
  for (let k = from - 1; k >= 0 && k >= from - 4 && !/^[.!?]$/.test(tokens[k]!.text); k--) if (isQuoteMark(tokens[k]!)) return true;
  return false;
}

/** A relative pronoun opens the noun phrase ending at tokens[end]: "that many economists", "which even critics". */
function relativeBefore(tokens: Token[], end: number): boolean {
  for (let k = end; k >= 0 && k > end - 4; k--) {
    if (/^(that|which|who)$/.test(tokens[k]!.normal)) return k < end;
    if (!/^(DET|ADJ|NOUN|PROPN|ADV|NUM)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** Verbs of belief whose negation states a belief of its own: "doesn't think …", "does not believe …". */
const BELIEF_VERBS = new Set(['think', 'believe', 'expect', 'feel', 'know', 'agree', 'understand', 'doubt']);

/** Verbs of telling whose negation withholds an answer: "would not say whether …", "hasn't disclosed how …". */
const WITHHOLDING_VERBS = new Set(['say', 'tell', 'disclose', 'reveal', 'specify', 'explain', 'confirm', 'indicate']);

/**
 * A clause right after a cue other than of telling: "that", or a subject pronoun and its verb ("… she
 * will", "… it would"); "did not say she would run" withholds what she will do.
 */
function clauseFollows(tokens: Token[], i: number): boolean {
  // "did not say/confirm that …" withholds the clause as much as "did not say she would run".
  if (WITHHOLDING_VERBS.has(cueLemma(tokens[i]!))) return false;
  const next = tokens[i + 1];
  if (next?.normal === 'that' && next.pos === 'SCONJ') return true;
  return SUBJECT_PRONOUNS.test(next?.normal ?? '') && /^(AUX|VERB)$/.test(tokens[i + 2]?.pos ?? '');
}

/** "did not say whether …", "doesn't say if …": a plain "do" negation of "say" before a yes-no question. */
function openPolarQuestion(tokens: Token[], i: number): boolean {
  if (tokens[i]!.lemma !== 'say') return false;
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV' && !/^(not|n't|n’t)$/.test(tokens[k]!.normal)) k--;
  if (!/^(not|n't|n’t)$/.test(tokens[k]?.normal ?? '') || tokens[k - 1]?.lemma !== 'do') return false;
  let q = i + 1;
  if (isDayWord(tokens[q]?.normal ?? '') || /^(publicly|exactly)$/.test(tokens[q]?.normal ?? '')) q++;
  return /^(whether|if)$/.test(tokens[q]?.normal ?? '');
}

/**
 * The noun at tokens[k] (a compound's nouns after it) heads a clause: an auxiliary or verb follows it. A listed
 * word the tagger takes for no noun ("hello" as an interjection) modifies the clause's subject when a noun and
 * then a verb follow it: "said the hello campaign had worked" (the noun itself may be tagged a verb there).
 */
function subjectOfClauseAt(tokens: Token[], k: number): boolean {
  const word = tokens[k];
  if (!word || /^(AUX|VERB|PUNCT)$/.test(word.pos)) return false;
  if (word.pos !== 'NOUN') {
    const head = tokens[k + 1];
    if (head?.pos === 'VERB' && /^(AUX|VERB)$/.test(tokens[k + 2]?.pos ?? '') && !/(?:ing|ed)$/.test(head.normal)) return true;
    if (head?.pos !== 'NOUN') return false;
  }
  while (tokens[k + 1]?.pos === 'NOUN') k++;
  return /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '');
}

/** A negated verb of telling before a question word (a time word between): "wouldn't say Tuesday how …". */
export function withheldQuestion(tokens: Token[], i: number): boolean {
  if (!WITHHOLDING_VERBS.has(cueLemma(tokens[i]!))) return false;
  let k = i + 1;
  if (isDayWord(tokens[k]?.normal ?? '') || /^(publicly|exactly)$/.test(tokens[k]?.normal ?? '')) k++;
  return /^(whether|if|what|when|how|who|why|where|which)$/.test(tokens[k]?.normal ?? '');
}

/** A verb or auxiliary among tokens[from..to]: the words hold a clause. */
export function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX' || pastReadAsAdjective(tokens, i, from) || verbReadAsNoun(tokens, i, from)) return true;
  return false;
}

/** "She swam to the pier": a word right after a subject pronoun is its verb, whatever the tagger read. */
function verbReadAsNoun(tokens: Token[], i: number, from: number): boolean {
  return i > from && tokens[i]!.pos === 'NOUN' && /^(he|she|they)$/.test(tokens[i - 1]!.normal);
}

/**
 * A past-tense verb the tagger read as an adjective: "that officials (illegally) concentrated voters …".
 * After a subject (adverbs between) and before an object, an "-ed" word is the clause's verb.
 */
function pastReadAsAdjective(tokens: Token[], i: number, from: number): boolean {
  if (tokens[i]!.pos !== 'ADJ' || !tokens[i]!.normal.endsWith('ed')) return false;
  let k = i - 1;
  while (k > from && tokens[k]!.pos === 'ADV') k--;
  return k >= from && /^(NOUN|PROPN|PRON)$/.test(tokens[k]!.pos) && /^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[i + 1]?.pos ?? '');
}

/** A verb negated by "not", "n't" or "never" right before it (adverbs between). */
export function negated(tokens: Token[], i: number): boolean {
  // "had not wanted to say more", "never meant to publicly suggest": a negated wish to speak is no report either.
  const to = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
  if (to >= 1 && tokens[to]?.normal === 'to' && WISHING_TO.has(tokens[to - 1]!.lemma)) return negated(tokens, to - 1);
  let k = i - 1;
  while (k >= 0 && k > i - 4 && tokens[k]!.pos === 'ADV' && !/^(not|n't|never)$/.test(tokens[k]!.normal)) k--;
  return k >= 0 && /^(not|n't|n’t|never)$/.test(tokens[k]!.normal);
}

/** Verbs of wishing before a cue's "to" ("did not want to say"): their negation is the cue's. */
const WISHING_TO: ReadonlySet<string> = new Set(['want', 'wish', 'mean', 'intend', 'care', 'dare', 'like', 'need']);

/**
 * The second half of a hyphenated compound whose first half is no agent, no cue of its own: the
 * object in "a Lee-supporting union" (the union supports Lee), a degree in "best-known". With an
 * agent, "court-ordered" or "Lee-endorsed", the first half did the act, as PolNeAR reads it.
 */
export function compoundModifierHalf(tokens: Token[], i: number): boolean {
  if (i < 2 || !hyphenInWord(tokens, i - 1)) return false;
  return tokens[i]!.normal.endsWith('ing') || !/^(NOUN|PROPN|PRON)$/.test(tokens[i - 2]!.pos);
}

/**
 * "state" describing a medium run by the state ("in remarks to state broadcaster CCTV that …", "told state media",
 * "the state news agency"): an adjective the tagger may read as the verb, no cue. Only where a noun phrase opens:
 * after a preposition, a determiner or a verb of telling; after a subject "state" is the verb ("The new rules state
 * media outlets must register").
 */
export function stateOwnedMedium(tokens: Token[], i: number): boolean {
  // (The word first: cueAt asks this of every token, and almost none is "state".)
  if (tokens[i]!.normal !== 'state') return false;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  const opensNounPhrase = !!before && (/^(ADP|DET)$/.test(before.pos) || before.normal === 'to' || tellingVerb(before.normal));
  return opensNounPhrase && !!next && (kindOfOutletWord(next.normal) !== null || STATE_MEDIUM_NOUNS.has(next.normal));
}

/** Media nouns after "state" besides the kinds of outlet in data/outlets.json (nounKinds). */
const STATE_MEDIUM_NOUNS: ReadonlySet<string> = new Set(['media', 'television', 'tv', 'radio', 'news', 'press', 'outlet', 'outlets', 'broadcasters', 'newspapers']);

/** A cue token's lemma, "told" read as "tell" (the tagger's lemma of it varies). */
export function cueLemma(t: Token): string {
  return t.normal === 'told' ? 'tell' : t.lemma;
}

/** "elaborated" → "elaborate", "insisted" → "insist", when the lexicon knows the verb. */
function pastLemma(word: string, lex: ReturnType<typeof cueLexicon>): string | null {
  for (const cand of [word.slice(0, -1), word.slice(0, -2), word.replace(/ied$/, 'y')]) {
    if (lex.speech.has(cand) || lex.weak.has(cand) || lex.report.has(cand)) return cand;
  }
  return null;
}

/** Plain forms of report verbs the tagger may read as nouns after a plural subject ("polls show that …", "critics fear the …"). */
const PLAIN_FORM_CUES = new Set(['show', 'say', 'fear', 'claim', 'argue', 'warn', 'believe', 'insist', 'predict', 'suggest', 'think', 'doubt', 'estimate', 'charge', 'point']);
const NOUN_TAGGED_CUES = new Set(['says', 'said', 'tells', 'told', 'adds', 'added', 'reports', 'claims', 'writes', 'notes', 'explains', 'insists', 'argues', 'warns', 'reveals', 'confirms', 'states', 'tweets', 'posts', 'estimates', 'charges', 'fears']);
/** Cues read as nouns that are cues only before "that" (data/cues.json): "the agency estimates that …", not "estimates of the cost". */
const THAT_ONLY_NOUN_CUES = cueLexicon().thatOnlyNounCues;

/** "told", "tells": a verb of telling someone (cues.json addressing_verbs, not "addressed"), whose object heard the words. */
export function tellingVerb(word: string): boolean {
  return cueLexicon().tellingVerbs.has(word);
}
