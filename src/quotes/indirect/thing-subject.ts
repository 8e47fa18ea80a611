import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isRoleWord, ORGANIZATION_HEADS, BODY_KIND_WORDS } from '../../nlp/words.js';
import { isThingPlural } from '../../lexicon/thing-plurals.js';
import { isIrregularParticiple } from '../../lexicon/irregular-participles.js';

/** Cues whose object may be a hearer or, without "that", the reported clause's own subject. */
const HEARER_OR_SUBJECT_CUES = new Set(['warn', 'tell', 'assure', 'remind']);

/** Determiners that open a plain noun phrase (a possessive like "her" may be the hearer herself). */
const PLAIN_DETERMINERS = /^(the|a|an|this|these|those|its|some|no|any)$/;

/** Agent nouns name people (investors, reporters, donors, residents, employees, historians …); not the things in data/thing-plurals.json (payments, errors). */
const AGENT_ENDING = /(ers|ors|ists|ians|ees|ents|ants)$/;

/**
 * "He warned the bonds would leave the city exposed": after warn/tell/assure/remind without "that", a plain
 * noun phrase of things right before a verb is the reported clause's subject, no hearer skipped. A noun that
 * names people or a body ("warned investors …", "told the council …") stays the hearer.
 */
export function thingSubjectAfterCue(tokens: Token[], lemma: string, from: number, last: number): boolean {
  if (!HEARER_OR_SUBJECT_CUES.has(lemma) || !PLAIN_DETERMINERS.test(tokens[from]?.normal ?? '')) return false;
  let k = from + 1;
  while (k <= last && k < from + 5 && /^(ADJ|NOUN|NUM)$/.test(tokens[k]!.pos)) k++;
  const head = tokens[k - 1]!;
  if (k === from + 1 || head.pos !== 'NOUN' || k > last) return false;
  const verb = tokens[k]!;
  if (!/^(AUX|VERB)$/.test(verb.pos) || /ing$/.test(verb.normal) || reducedRelativeAt(tokens, k, last)) return false;
  return !hearerNoun(head.normal);
}

/**
 * "told a conference held in Geneva that …", "warned a forum attended by bankers …": a participle right
 * after the hearer's noun, before a preposition, describes the hearer; it is not the reported clause's verb.
 */
export function reducedRelativeAt(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k];
  // (Participles not in -ed come from data/irregular-participles.json: "held", "shown".)
  if (!t || k >= last || t.pos !== 'VERB' || !(/ed$/.test(t.normal) || isIrregularParticiple(t.normal))) return false;
  return /^(by|in|at|on|for)$/.test(tokens[k + 1]!.normal);
}

function hearerNoun(word: string): boolean {
  const lex = cueLexicon();
  return (AGENT_ENDING.test(word) && !isThingPlural(word)) || lex.peopleNouns.has(word) || isRoleWord(word) || ORGANIZATION_HEADS.has(word) || BODY_KIND_WORDS.has(word) || /^(people|public|staff|crew|cast|team|class|nation|country|world|room|house|chamber|court|jury|panel|colleagues|allies|aides|families|friends|members|fans|voters|troops|police|audience|crowd|committee|board|council)$/.test(word);
}

/**
 * Where the content may start after a participle on the hearer ("told a forum attended by bankers that …"):
 * past a "that" closing the participle's phrase when a subject, not a verb, follows it ("bankers that lend"
 * is a relative); else at the phrase's preposition, for the adverbial rules to read.
 */
export function pastReducedRelative(tokens: Token[], k: number, last: number): number {
  let m = k + 2;
  while (m <= last && m < k + 8 && tokens[m]!.normal !== 'that' && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[m]!.pos)) m++;
  const that = tokens[m];
  if (m > k + 2 && m < last && that?.normal === 'that' && !/^(VERB|AUX)$/.test(tokens[m + 1]!.pos)) return m + 1;
  return k + 1;
}
