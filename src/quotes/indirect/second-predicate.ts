import type { Token } from '../../types.js';
import { cueLemma, hasVerb } from '../frame.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { PERSONAL_SUBJECTS } from '../../nlp/words.js';
import { speakerNextActs } from '../../lexicon/speaker-next-acts.js';
import { descriptionHead, documentLike, personLike, subjectBefore } from '../speaker.js';
import { newClauseAfterComma } from './joined-clause.js';
import { objectWithGapRelativeAt } from './object-gap-relatives.js';

/**
 * The end of a report's content (tokens[from, to]) before a second act of its speaker: "said the pier was
 * unsafe, but cautioned against closing it", "said A and announced B", "said A, but she insisted …",
 * "said A, cautioning that B". That clause is the writer's account of what the speaker went on to do (a report
 * of its own when its verb has one), not part of the first report. Only verbs of speech (cues.json speech)
 * and only in the frame cue's tense, the mark of verbs sharing a subject: "said the mill
 * was sold and announced layoffs" may be either, "say the mill was sold and announced layoffs" is the mill's.
 */
export function endBeforeSecondPredicate(tokens: Token[], cue: number, from: number, to: number): number {
  const past = isPast(tokens[cue]!);
  for (let k = from + 1; k < to; k++) {
    // (Only where the content so far is no clause of its own, or the next verb repeats the cue: in "said the
    // driver stopped, then told the crowd …" the driver does both; "said A, then said B" is the speaker again.)
    if (finiteSpeechAfterComma(tokens, k, to, past) && (!hasVerb(tokens, from, k - 1) || sameVerbAfter(tokens, k, tokens[cue]!))) return endBefore(tokens, from, k);
    if (k < from + 2) continue;
    // "reported the firing, citing sources familiar with it": a noun object too ends before the source cited.
    // (Not an aside before the that-clause: "reported last month, citing delegates, that …".)
    if (tokens[k]!.text === ',' && tokens[k + 1]?.normal === 'citing' && tokens[k + 1]!.pos === 'VERB' && !hasVerb(tokens, from, k - 1) && !tokens.slice(k + 2, to + 1).some((t) => t.normal === 'that')) return endBefore(tokens, from, k);
    // A noun object is no clause that could go on: "confirmed the casting but declined to …" is the speaker's
    // next act; "announced the list on Friday, and within hours fans were posting" a new clause of the writer's.
    if (!hasVerb(tokens, from, k - 1) && (nounObjectNextPredicate(tokens, k, to, past) || newClauseAfterComma(tokens, k, to))) return endBefore(tokens, from, k);
    const verb = secondPredicateAt(tokens, k, to);
    if (verb < 0 || (tokens[k]!.text !== ',' && isPast(tokens[verb]!) !== past) || !hasVerb(tokens, from, k - 1)) continue;
    // (With no comma before "and|but", a person as the content's own subject is the one who goes on to speak:
    // "said the driver got out and shouted that …", "said her son came home and announced …".)
    if (tokens[k]!.text !== ',' && !/^(PUNCT)$/.test(tokens[k - 1]!.pos) && ownPersonSubject(tokens, from, k) && !contrastInCueTense(tokens, from, k, verb)) continue;
    let end = k - 1;
    while (end > from && tokens[end]!.pos === 'PUNCT') end--;
    return end;
  }
  return to;
}

/**
 * The cue verb of a second predicate opened at tokens[k]: "and|but" with adverbs, auxiliaries or a subject
 * pronoun before a finite cue verb ("but cautioned", "and has also urged", ", but she urged"), or a comma
 * before a participle of a speech or report cue ("…, warning that"); else -1.
 */
function secondPredicateAt(tokens: Token[], k: number, to: number): number {
  const lex = cueLexicon();
  const word = tokens[k]!;
  if (word.text === ',') {
    const next = tokens[k + 1];
    if (!next || k + 1 >= to || !/ing$/.test(next.normal)) return -1;
    // "reported that the port would close, citing two officials": the source the report rests on is the
    // speaker's act beside the content, not part of it (PolNeAR's spans end before it).
    if (next.normal === 'citing' && next.pos === 'VERB') return k + 1;
    // (Only a participle that opens a clause of words: "…, cautioning that …", "…, saying the …"; not "…, adding
    // to the cost", a participle with an object.)
    // (… or one whose object is a thing already told, a relative clause on it: "…, confirming a delay that Bloomberg
    // had reported", see objectWithGapRelativeAt.)
    const opensWords = tokens[k + 2]?.normal === 'that' || (next.pos === 'VERB' && tokens[k + 2]?.pos === 'SCONJ') || objectWithGapRelativeAt(tokens, k + 2, to);
    const stem = next.normal.slice(0, -3);
    const isCue = (w: string) => lex.speech.has(w) || lex.report.has(w);
    // (A participle the tagger reads as a noun, "warning", reports nothing, so cutting there would lose B.)
    return opensWords && next.pos === 'VERB' && (isCue(cueLemma(next)) || isCue(stem) || isCue(stem + 'e')) ? k + 1 : -1;
  }
  if (!/^(but|and)$/.test(word.normal) || word.pos !== 'CCONJ') return -1;
  let j = k + 1;
  // ", but she urged …", "— but she insisted …": a subject pronoun only after a comma or a dash, where a new clause opens.
  const pronoun = /^(,|-|–|—|--)$/.test(tokens[k - 1]?.text ?? '') && SPEAKER_PRONOUN.test(tokens[j]?.normal ?? '');
  if (pronoun) j++;
  while (j < to && /^(ADV|AUX|PART)$/.test(tokens[j]!.pos) && tokens[j]!.normal !== 'to') {
    // (A tense moved back is the reported clause's own: "said he had drafted the rota and had pushed for …".)
    if (/^(had|would|could|might|should)$/.test(tokens[j]!.normal)) return -1;
    j++;
  }
  const verb = tokens[j];
  if (!verb || j >= to || verb.pos !== 'VERB' || /ing$/.test(verb.normal) || verb.normal === verb.lemma && !/^(AUX)$/.test(tokens[j - 1]!.pos)) return -1;
  // "took her concerns to her supervisor and was told to keep quiet": a passive verb of speech is what the
  // content's subject heard, the report's own next clause, no new act of the speaker's.
  // (Not after a comma: "said A, and was asked whether B" moves on to the speaker's next exchange.)
  if (tokens[k - 1]!.text !== ',' && /^(is|are|was|were|been|being|be|get|got|gets)$/.test(tokens[j - 1]!.normal)) return -1;
  // (Verbs of speech only: "and hoped to open next autumn" and "but described the talks as slow going" stay
  // part of the report, as our own sets annotate them.)
  // (After a comma, an act the speaker goes on to is the writer's narration too: "said A, but stopped short
  // of B", "said A, and he laughed when …"; without the comma, "said the pier shook and laughed" is no such act.)
  if (/^(,|-|–|—|--)$/.test(tokens[k - 1]?.text ?? '') && nextActAt(tokens, j)) return j;
  // (", and he praised …" right after the pronoun: a new finite clause with the speaker as subject is the writer's
  // narration of the speaker's next act, whatever the verb; no gold set runs a report across it. A moved-back
  // tense, "and he had …", stayed the report's own above.)
  if (pronoun && j === k + 2) return j;
  // (… or, after "and", a report cue of telling with a that-clause of its own: "said he planned to stay and hinted
  // that a tour was possible" goes on to a second report, where "and hoped to open next autumn" names no words. Not
  // a state of mind, "said she welcomed it but worried that …", "and feared that …": the gold sets keep one span.)
  const lemma = cueLemma(verb);
  const toldReport = word.normal === 'and' && lex.report.has(lemma) && !MENTAL_STATES.has(lemma) && tokens[j + 1]?.normal === 'that' && j + 1 < to;
  return lex.speech.has(lemma) || toldReport ? j : -1;
}

/** Report cues that name a state of mind rather than an act of telling (believed, feared, hoped that …). */
const MENTAL_STATES: ReadonlySet<string> = new Set(['believe', 'think', 'feel', 'hope', 'fear', 'worry', 'expect', 'know', 'doubt', 'suspect', 'understand', 'assume', 'guess', 'wonder', 'recognize', 'remember', 'learn', 'anticipate', 'find', 'conclude']);

/**
 * "and|but" (no comma) with adverbs before one of the speaker's next acts (data/speaker-next-acts.json) in the
 * cue's tense, after a content with no verb of its own: "confirmed the casting but declined to give details".
 * (Only those acts here; "claimed vast wealth and said it …" ends before "and said" in next-act-reports.ts, where the said-report is known.)
 */
function nounObjectNextPredicate(tokens: Token[], k: number, to: number, past: boolean): boolean {
  if (!/^(but|and)$/.test(tokens[k]!.normal) || tokens[k]!.pos !== 'CCONJ') return false;
  let j = k + 1;
  while (j < to && tokens[j]!.pos === 'ADV') j++;
  const verb = tokens[j];
  if (!verb || j >= to || verb.pos !== 'VERB' || /ing$/.test(verb.normal)) return false;
  return isPast(verb) === past && nextActAt(tokens, j);
}

/** Whether tokens[j] opens one of the speaker's next acts (data/speaker-next-acts.json): its lemma, then its words. */
export function nextActAt(tokens: Token[], j: number): boolean {
  return speakerNextActs().some(([lemma, ...words]) => tokens[j]?.lemma === lemma && words.every((w, n) => tokens[j + 1 + n]?.normal === w));
}

/** Adverbs that move on to the speaker's next act: ", later said …", ", then told …". */
const SEQUENCE_ADVERBS = /^(later|then|subsequently|afterwards|afterward|eventually|finally)$/;

/** Third-person pronouns that may stand for the frame's speaker. */
export const SPEAKER_PRONOUN = /^(he|she|they)$/;

/**
 * Whether the content tokens[from, k) has a subject of its own that may speak, other than a pronoun for the
 * frame's speaker: "the driver", "her son", "Tom Hale", "we", "the ferry operator", "the memo"; not "the pier", "he".
 */
function ownPersonSubject(tokens: Token[], from: number, k: number): boolean {
  let verb = from;
  while (verb < k && !/^(VERB|AUX)$/.test(tokens[verb]!.pos)) verb++;
  // (An infinitive is no clause of its own: in "asks her brother to stay home and says …" she says it.)
  if (verb >= k || verb === from || tokens[verb - 1]!.normal === 'to') return false;
  const subject = subjectBefore(tokens, verb, from);
  if (!subject) return false;
  if (subject.kind === 'pronoun') return PERSONAL_SUBJECTS.test(subject.name.toLowerCase()) && !SPEAKER_PRONOUN.test(subject.name.toLowerCase());
  return personLike(subject) || documentLike(subject) || agentNoun(descriptionHead(subject));
}

/**
 * "said engineers had restored supply but warned that …": a contrast ("but") whose verb drops the content's
 * moved-back tense ("had restored") for the cue's plain past is the speaker's next act, not the content
 * subject's, whom "had" would have carried on ("had restored supply but had warned"). (With "and", or both in
 * the plain past, "said her son came home and announced …", the content's subject still speaks.)
 */
function contrastInCueTense(tokens: Token[], from: number, k: number, verb: number): boolean {
  if (tokens[k]!.normal !== 'but' || verb !== k + 1) return false;
  let first = from;
  while (first < k && !/^(VERB|AUX)$/.test(tokens[first]!.pos)) first++;
  return first < k && tokens[first]!.normal === 'had' && tokens[first + 1]?.pos === 'VERB';
}

/**
 * A noun for a doer ("operator", "carrier", "lender", "applicant"; cues.json agent_nouns), though no person-noun
 * list has it: a subject that can go on to speak, so no cut. (A list, not an ending: "water", "order" and
 * "agreement" end like doers and never speak.)
 */
function agentNoun(head: string): boolean {
  return cueLexicon().agentNouns.has(head.toLowerCase());
}

/** A verb in the past: "said", "urged", "had", "would" (not "says", "say", "saying"). */
/**
 * ", later said B" / ", then told reporters B" at tokens[k]: a finite verb of speech in the cue's tense right
 * after a comma and an adverb of sequence opens the speaker's next act, joined without "and"; a noun phrase or a clause
 * does not go on that way, so the content ends even when it is a plain object: "denied the claims at first,
 * later said he had been misquoted" reports "the claims at first". (Not a passive participle, ", told by aides".)
 */
export function finiteSpeechAfterComma(tokens: Token[], k: number, to: number, past: boolean): boolean {
  if (tokens[k]!.text !== ',') return false;
  let j = k + 1;
  // (Only after an adverb of sequence: a bare ", wrote …" may be the subject's own verb after an
  // apposition, "said the band and its producer, a longtime friend, wrote …".)
  if (!SEQUENCE_ADVERBS.test(tokens[j]?.normal ?? '')) return false;
  j++;
  const verb = tokens[j];
  if (!verb || j >= to || verb.pos !== 'VERB' || /ing$/.test(verb.normal) || isPast(verb) !== past) return false;
  if (/^(by|as)$/.test(tokens[j + 1]?.normal ?? '')) return false;
  return cueLexicon().speech.has(cueLemma(verb));
}

/** ", then said …" at tokens[k] repeats the cue's own verb (by lemma). */
function sameVerbAfter(tokens: Token[], k: number, cue: Token): boolean {
  return cueLemma(tokens[k + 2]!) === cueLemma(cue);
}

/** The last token before tokens[k], past any punctuation. */
function endBefore(tokens: Token[], from: number, k: number): number {
  let end = k - 1;
  while (end > from && tokens[end]!.pos === 'PUNCT') end--;
  return end;
}

function isPast(verb: Token): boolean {
  if (/^(did|would|could|was|were|had)$/.test(verb.normal)) return true;
  return verb.normal !== verb.lemma && !/(s|ing)$/.test(verb.normal);
}
