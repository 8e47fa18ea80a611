import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isTimeWord } from '../../nlp/time-words.js';
import { negated, withheldQuestion } from '../frame.js';
import { CONTRASTING_SUBORDINATORS } from '../../nlp/words.js';

/**
 * A refusal to speak, which reports no words: "declined to comment (on the lawsuit)", "refused to
 * elaborate", "declined a request for comment". `lemma` is the object cue's and tokens[from, to] its object.
 * (What follows a comma is a report of its own: "…, saying only that …" still is one.)
 */
export function refusedComment(tokens: Token[], lemma: string, from: number, to: number, cue = -1): boolean {
  // "did not want to say more", "never meant to comment": a negated wish to speak is a refusal too.
  // (Its object starts after the cue's "to".)
  if (WISHES.has(lemma) && cue >= 0 && negated(tokens, cue)) return refusedAct(tokens, from, to) || saidNoMore(tokens, from);
  if (!cueLexicon().refusalVerbs.has(lemma)) return false;
  // (Past a time phrase before the infinitive: "declined last week to say whether …".)
  while (from < to && timeWordAt(tokens, from) && tokens[from]!.normal !== 'to') from++;
  const first = tokens[from]!;
  if (first.normal === 'to' && from + 1 <= to) {
    if (refusedQuestion(tokens, from + 1)) return true;
    // "declined to be drawn into the row", "refused to be drawn on his future": the press's phrase for no comment.
    // (Not a literal drawing in: "refused to be drawn into a war" reports a refusal to fight; only a row, a question or
    // a topic, "drawn on his future", or nothing after it.)
    if (tokens[from + 1]!.normal === 'be' && tokens[from + 2]?.normal === 'drawn' && drawnOnATopic(tokens, from + 3, to)) return true;
    // "refused to withdraw a claim that …", "declined to repeat the allegation": an act on a statement made before
    // refuses it, and gives no words now.
    if (statementRefused(tokens, from + 1, to)) return true;
    // (A clause of its own stays a report, "refused to confirm that he would run"; a report noun's "that", "comment on
    // reports that the club was sold", is only the topic, and a determiner "that" opens no clause: "comment on that report".)
    // (Nor does a clause of time or reason after the topic: "declined to comment on the pumps while the inquiry was
    // under way", "… because the case was pending".)
    return refusedAct(tokens, from + 1, to) && !tokens.slice(from + 2, to + 1).some((t, k) => ((t.normal === 'that' && t.pos !== 'DET') || (t.pos === 'SCONJ' && !adverbialClauseOpener(t.normal))) && !nounsThat(tokens, from + 2 + k));
  }
  return requestForComment(tokens, from, to);
}

/**
 * The object cue at tokens[i] is a speech act withheld: "declined to discuss the terms", "would not discuss
 * the report", "refused to address the claims". Its object is only the topic; nothing about it was said.
 */
export function withheldSpeechAct(tokens: Token[], i: number): boolean {
  const lex = cueLexicon();
  if (!lex.refusedSpeechActs.has(tokens[i]!.lemma)) return false;
  if (negated(tokens, i)) return true;
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--; // "declined to even discuss"
  return tokens[k]?.normal === 'to' && lex.refusalVerbs.has(tokens[k - 1]?.lemma ?? '');
}

/** A word opening a clause of time, reason or contrast, which tells when or why, never what was said. */
function adverbialClauseOpener(word: string): boolean {
  return cueLexicon().timeClauseOpeners.has(word) || CONTRASTING_SUBORDINATORS.has(word) || word === 'because';
}

/** Verbs of wishing whose negation before "to" withholds speech as a refusal does. */
const WISHES: ReadonlySet<string> = new Set(['want', 'wish', 'mean', 'intend', 'care']);

/**
 * tokens[verb] withholds speech: "comment", "name the buyer", "give a reason"; not "give up the seat",
 * "identify with a party" or "provide funding", whose objects are no words.
 */
function refusedAct(tokens: Token[], verb: number, to: number): boolean {
  const lex = cueLexicon();
  if (!lex.refusedSpeechActs.has(tokens[verb]!.lemma) || lex.refusedActParticles.has(tokens[verb + 1]?.normal ?? '')) return false;
  if (!lex.refusedGivingVerbs.has(tokens[verb]!.lemma)) return true;
  // (The object runs to its first preposition: "a reason for the delay", "the buyer's name".)
  const after = tokens.slice(verb + 1, to + 1);
  const stop = after.findIndex((t) => t.pos === 'ADP');
  return after.slice(0, stop < 0 ? after.length : stop).some((t) => t.pos === 'NOUN' && lex.refusedDetailObjects.has(t.normal));
}

/**
 * The refused act at tokens[verb] has a statement (cues.json report_nouns) as its object, right after it or after
 * determiners and modifiers: "withdraw a claim", "retract his earlier remark", "repeat the allegation". (Not
 * "endorse the plan", a stance refused, which stays a report.)
 */
function statementRefused(tokens: Token[], verb: number, to: number): boolean {
  if (tokens[verb]?.pos !== 'VERB') return false;
  for (let k = verb + 1; k <= to && k <= verb + 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') return cueLexicon().reportNouns.has(t.lemma) && !(tokens[k + 1]?.pos === 'NOUN');
    if (!/^(DET|ADJ|ADV|PRON)$/.test(t.pos)) return false;
  }
  return false;
}

/** tokens[k] is the "that" of a report noun's clause (cues.json report_nouns): "reports that …", "the claims that …". */
function nounsThat(tokens: Token[], k: number): boolean {
  return tokens[k]!.normal === 'that' && tokens[k - 1]?.pos === 'NOUN' && cueLexicon().reportNouns.has(tokens[k - 1]!.lemma);
}

/** "say more", "speak further", "say anything": speech with no content named. */
function saidNoMore(tokens: Token[], verb: number): boolean {
  return /^(say|speak|talk|go)$/.test(tokens[verb]!.lemma) && /^(more|further|anything|much)$/.test(tokens[verb + 1]?.normal ?? '');
}

/** The content is a request for comment: "a request for comment", "repeated requests for comment on Friday". */
function requestForComment(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 2 <= to; k++) {
    if (/^requests?$/.test(tokens[k]!.normal) && tokens[k + 1]!.normal === 'for' && tokens[k + 2]!.normal === 'comment') return true;
  }
  return false;
}

/**
 * A question refused: "declined to say whether the shop would reopen", "refused to tell reporters how
 * many jobs …". The cue at tokens[cue] is the infinitive after a finite "declined to" / "refused to"
 * (an adverb between: "declined again to say"); what was not answered is no one's words. ("refused to
 * say that …" is left to the report cue, as is "did not say whether …".)
 */
export function refusedQuestion(tokens: Token[], cue: number): boolean {
  if (tokens[cue - 1]?.normal !== 'to' || !(withheldQuestion(tokens, cue) || questionAfterHearer(tokens, cue))) return false;
  // (An adverb or a short time phrase may stand before "to": "declined again to", "declined last week to".)
  for (let k = cue - 2; k >= 0 && k >= cue - 4; k--) {
    const verb = tokens[k]!;
    if (verb.pos === 'VERB' && cueLexicon().refusalVerbs.has(verb.lemma)) return true;
    if (!/^(ADV|ADJ|NOUN|DET|ADP|PROPN)$/.test(verb.pos) || !(k === cue - 2 && verb.pos === 'ADV') && !timeWordAt(tokens, k)) return false;
  }
  return false;
}

/** "tell reporters how many …", "tell them whether …": a hearer of one to three words, then the question. */
function questionAfterHearer(tokens: Token[], cue: number): boolean {
  if (tokens[cue]!.lemma !== 'tell') return false;
  for (let k = cue + 1; k <= cue + 3; k++) {
    if (cueLexicon().questionWords.has(tokens[k]?.normal ?? '')) return k > cue + 1;
    if (!/^(PRON|NOUN|PROPN|DET|ADJ)$/.test(tokens[k]?.pos ?? '')) return false;
  }
  return false;
}

/** A word of a time phrase before "to": "last week", "on Friday", "again this year" (time-words.ts isTimeWord and the words around one). */
function timeWordAt(tokens: Token[], k: number): boolean {
  return isTimeWord(tokens[k]!.normal) || /^(last|this|next|on|again|earlier|later)$/.test(tokens[k]!.normal);
}

/** Nouns of talk a refusal "to be drawn into" keeps out of: "the row", "the debate", "the question". */
const TALK_NOUNS: ReadonlySet<string> = new Set(['row', 'rows', 'debate', 'question', 'questions', 'argument', 'dispute', 'controversy', 'speculation', 'discussion', 'feud', 'spat', 'details', 'specifics']);

/** After "to be drawn": nothing, "on/about/over" anything, or "into" a row, a debate, a question. */
function drawnOnATopic(tokens: Token[], k: number, to: number): boolean {
  if (k > to) return true;
  const preposition = tokens[k]!.normal;
  if (/^(on|about|over|as)$/.test(preposition)) return true;
  if (preposition !== 'into') return false;
  for (let j = k + 1; j <= to && j <= k + 4; j++) if (TALK_NOUNS.has(tokens[j]!.normal)) return true;
  return false;
}
