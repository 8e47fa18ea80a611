import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { hyphenInWord } from './speaker.js';
import { SUBJECT_PRONOUNS, SUBORDINATORS } from '../nlp/words.js';

/** Tokens of a that-clause searched for the verb after it. */
const MAX_CLAUSE_TOKENS = 60;

/**
 * The verb after a report noun's that-clause running over tokens[from, to], when the clause ends
 * before it: the first finite verb no clause inside is waiting for ("Okafor's assertion that the vote
 * was rigged drew anger": "drew"; "her claim that the count was wrong has been disputed": "has"). The
 * that-clause needs one verb ("was rigged"); "that", "which", "who", "because" and the like open a
 * clause that needs another ("that the ferry which sank was safe"), and so do "and" before a subject
 * and a verb of saying or knowing, which may take a clause without "that" ("that officials knew the
 * pier was unsafe"). A verb right after "and" or "to", a participle and a verb inside a group ("has
 * been disputed") begin no new clause. -1 when none is left over.
 */
export function mainVerbAfterClause(tokens: Token[], from: number, to: number): number {
  // (Within a clause's usual length: each report noun of a sentence asks, and a scan to the sentence's end
  // each time made a sentence of many such nouns quadratic. A longer clause is left as it is.)
  const end = Math.min(to, from + MAX_CLAUSE_TOKENS);
  let owed = 1;
  // Inside a verb group, and whether it has its main verb yet: "was rigged" has, "has been" has not.
  let inGroup = false;
  let hasMain = false;
  for (let k = from; k <= end; k++) {
    const t = tokens[k]!;
    // A comma or dash may close a clause opened before it whose verb this count cannot place ("that to
    // pay for it, she needs …", "that Britain — a member — …"): the clause is left as it is.
    if (t.text === ',' || /^[—–-]+$/.test(t.text) && !hyphenInWord(tokens, k)) return -1;
    if (/^(VERB|AUX)$/.test(t.pos) && !pluralNounReadAsVerb(tokens, k)) {
      // (A verb after the group's main verb opens a group of its own: "was rigged drew".)
      if ((!inGroup || hasMain) && finiteStart(tokens, k)) {
        if (owed === 0) return k;
        owed--;
        if (cueLexicon().report.has(t.lemma)) owed++;
        hasMain = false;
      }
      inGroup = true;
      hasMain ||= t.pos === 'VERB';
      continue;
    }
    // (Adverbs and "not" inside a verb group: "was not rigged", "has long been".)
    if (inGroup && (t.pos === 'ADV' || t.pos === 'PART') && t.normal !== 'to') continue;
    inGroup = false;
    hasMain = false;
    if (/^(that|which|who|whom|whose)$/.test(t.normal) || t.pos === 'SCONJ' || SUBORDINATORS.has(t.normal)) owed++;
    // "the programs she has proposed": a subject pronoun right after a noun opens a relative clause.
    else if (SUBJECT_PRONOUNS.test(t.normal) && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')) owed++;
    // "and the count was wrong": a conjunction before a subject opens a clause; before a verb it joins
    // two verbs of one clause ("was facing a threat and needed to adjust").
    else if (t.pos === 'CCONJ') {
      if (/^(VERB|AUX|ADV)$/.test(tokens[k + 1]?.pos ?? '')) inGroup = true;
      else owed++;
    } else if (t.normal === 'to') inGroup = true; // "to make": an infinitive, no clause of its own
  }
  return -1;
}

/** "ferry slips belong": a word in "-s" between a noun and a verb is a plural noun, whatever the tagger read. */
function pluralNounReadAsVerb(tokens: Token[], k: number): boolean {
  return tokens[k]!.pos === 'VERB' && /[^s]s$/.test(tokens[k]!.normal) && tokens[k - 1]?.pos === 'NOUN' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '');
}

/** A verb that can open a finite verb group: an auxiliary, or a verb that is no participle. */
function finiteStart(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'AUX') return true;
  // ("so-called": half of a compound.)
  if (/ing$/.test(t.normal) || hyphenInWord(tokens, k - 1)) return false;
  // "the plan approved by the board", "immigrants convicted of crimes": a past participle after its
  // noun, with a preposition after it.
  const participle = /ed$/.test(t.normal) && (tokens[k + 1]?.normal === 'by' || (/^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') && tokens[k + 1]?.pos === 'ADP'));
  return !participle;
}
