import type { Token } from '../types.js';
import { tokensStartingBefore } from '../nlp/token-search.js';
import { classify, descriptionHead, isQuoteMark, subjectBefore, type SpeakerPhrase } from './speaker.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';

type Place = { sentenceAt: (offset: number) => { start: number; end: number } };

/** Words that introduce a document as new, not one already named: "in a statement", "sent its memo", "a joint statement". */
const INTRODUCING = /^(a|an|its|his|her|their)$/;

/**
 * "Westbridge City confirmed the sale in a statement. “…,” the statement read", "Commissioner Richard Haines sent
 * a memo to players. “…,” the memo said": a document speaking as "the NOUN" stands for whoever issued it in the
 * sentence before, in the same paragraph — the subject of the clause that brings it in with "a"/"an"/a possessive,
 * or the one it is "from" ("a statement from the club"). A document's words are its author's. The issuer (a person
 * or a body), or null when that sentence brings in no such document or its subject is neither.
 */
export function documentIssuer(text: string, tokens: Token[], place: Place, at: number, noun: string): SpeakerPhrase | null {
  const here = place.sentenceAt(at);
  if (here.start <= 0) return null;
  const before = place.sentenceAt(Math.max(0, here.start - 2));
  if (before.start >= here.start || /\n\s*\n/.test(text.slice(before.end, here.start))) return null;
  const lo = tokensStartingBefore(tokens, before.start);
  let k = -1;
  for (let j = lo; j < tokens.length && tokens[j]!.start < before.end; j++) {
    // (Lower case only: "the Post" is a newspaper, not a post.)
    if (tokens[j]!.text !== noun || tokens[j]!.pos !== 'NOUN') continue;
    const det = tokens[j - 1]?.pos === 'ADJ' ? j - 2 : j - 1;
    if (det >= lo && INTRODUCING.test(tokens[det]!.normal)) k = j;
  }
  if (k < 0) return null;
  // (An unnamed person, "A Lumen spokesperson said in a statement", issues it too: see unnamedPersonIssuer.)
  const fits = (sp: SpeakerPhrase | null) => !!sp && (sp.kind === 'person' || sp.kind === 'organization' || unnamedPersonIssuer(sp));
  // "a statement from Westbridge City": the sender named after it.
  if (tokens[k + 1]?.normal === 'from') {
    let e = k + 2;
    if (tokens[e]?.normal === 'the') e++;
    while (e < tokens.length && tokens[e]!.start < before.end && /^\p{Lu}/u.test(tokens[e]!.text)) e++;
    const sender = e > k + 2 ? classify(tokens, k + 2, e) : null;
    return fits(sender) ? sender : null;
  }
  // The verb governing the document is the nearest before it; its subject speaks ("… confirmed the sale in a
  // statement", "… sent a memo"). Words quoted earlier in the sentence are no part of the clause.
  let v = k - 1;
  while (v > lo && tokens[v]!.pos !== 'VERB') v--;
  if (v <= lo || tokens[v]!.pos !== 'VERB') return null;
  let from = lo;
  for (let j = lo; j < v; j++) if (isQuoteMark(tokens[j]!)) from = j + 1;
  if (from >= v) return null;
  const subject = subjectBefore(tokens, v, from);
  return fits(subject) ? subject : null;
}

/**
 * An issuer described, not named, whose description is headed by a word for a person: "a company spokesperson",
 * "one aide". A document it issued speaks for that unnamed one, not for whoever was named before it.
 */
export function unnamedPersonIssuer(sp: SpeakerPhrase): boolean {
  return sp.kind === 'anonymous' && isPersonNoun(descriptionHead(sp));
}
