// Terms the writer sets apart ("the so-called “…”", "the debate over “…”", "known within the police as “…”"): labels, not words reported, unless a speaker relays them.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Attribution } from './attribution.js';
import { winkInstance } from '../nlp/analyze.js';
import { cueLexicon } from '../lexicon/cues.js';
import { followsOneOf } from '../lexicon/naming-words.js';
import { hasOwnCue } from './own-cue.js';

/** "known within/inside/in … as" right before the opening mark, not opening the sentence ("Known inside the ministry as “…”,"). */
const KNOWN_IN_GROUP_BEFORE = /\b([Kk])nown\s+(?:in|inside|within)\s+(?:[\p{L}'’-]+\s+){1,3}as\s*$/u;

/**
 * "The district is known within the police as “…,” Chief Lasko said.": a label a group uses, relayed by a
 * speaker's cue after it in its sentence, is that speaker's words. (Not a fronted "Known inside the ministry
 * as “…,” Moore said …": there the label describes the subject whose cue follows.)
 */
export function knownAmongRelayed(text: string, span: MarkedSpan, attribution: Attribution | null, paragraph: Paragraph): boolean {
  if (!attribution?.frame.cue || attribution.frame.cueStart < span.close || !hasOwnCue(text, span, attribution)) return false;
  const m = KNOWN_IN_GROUP_BEFORE.exec(text.slice(Math.max(paragraph.start, span.open - 60), span.open));
  // (A capital "Known" opens its sentence: the fronted participle phrase.)
  return !!m && m[1] === 'k';
}

/**
 * Quoted words right after a debate noun and the preposition of its topic: "the long debate over ‘super
 * shoes’", "a row about “forever chemicals”". The writer names what is argued over; no one is quoted.
 */
export function topicOfDebate(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const noun = /\b([\p{L}-]+)\s+(?:over|about|around|surrounding|regarding)\s+(?:so-called\s+)?$/u.exec(text.slice(Math.max(paragraph.start, span.open - 40), span.open));
  return !!noun && cueLexicon().debateNouns.has(noun[1]!.toLowerCase());
}

/** Words after a closing mark that are no noun the quoted term could modify: "the so-called “rebels” that …". */
const NO_HEAD_NOUN = /^(?:that|which|who|whom|whose|is|are|was|were|be|been|has|have|had|and|or|but|nor|to|of|in|on|at|for|with|as|by|from|into|would|will|could|can|may|might|should|must|do|does|did|than|then|when|while|if|because)$/;

/**
 * A term set apart by a label word (term_label_words: "so-called") right before its opening mark and followed
 * by a noun in small letters it modifies: "the so-called “natural” labeling". The writer's scare quotes.
 */
export function labelledTermBeforeNoun(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  if (!followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().termLabelWords)) return false;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(span.close + 1, span.close + 40));
  return !!next && !NO_HEAD_NOUN.test(next[1]!);
}

/** Auxiliaries and modals: after a quoted term they make it a clause's subject ("the so-called “glut” could …"). */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|would|will|could|can|may|might|should|must|do|does|did)$/;

/**
 * A term set apart by a label word ("so-called") and then the verb of its clause, maybe after an adverb:
 * "said the so-called “glut” could also be seasonal". The term is the clause's subject, in the writer's
 * scare quotes, whoever the clause is reported for.
 */
export function labelledTermBeforeVerb(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  if (!followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().termLabelWords)) return false;
  const next = /^\s+(?:(?:\p{Ll}+ly|also|still|now|then|never|already)\s+)?(\p{Ll}[\p{L}-]*)/u.exec(text.slice(span.close + 1, span.close + 60));
  if (!next) return false;
  if (AUXILIARY.test(next[1]!)) return true;
  const nlp = winkInstance();
  const quoted = text.slice(span.start, span.end).toLowerCase();
  const tokens = nlp.readDoc(`The ${quoted} ${next[1]} it.`).tokens();
  return tokens.itemAt(tokens.length() - 3).out(nlp.its.pos) === 'VERB';
}
