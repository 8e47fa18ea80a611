import type { Token } from '../../types.js';
import { objectRequiredVerbs } from '../../lexicon/object-required-verbs.js';
import { afterTimePhrase } from './time-phrases.js';

/** Tags of the relative clause's own subject ("that Bloomberg", "that the trade paper", "that she"). */
const SUBJECT_TAGS = /^(DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/;
/** How many words that subject may hold. */
const SUBJECT_WORDS = 4;
/** Prepositions of a place, medium or time after the verb ("published in a story", "reported at the time"). */
const SETTING_PREPOSITIONS = /^(in|at)$/;

/**
 * "confirmed a delay that Bloomberg had reported last week", "denied a claim that Variety published on
 * Monday": "that" at tokens[k], after a noun, opens a clause whose verb needs an object
 * (data/object-required-verbs.json) but has none — only a time, an adverb or a setting follows it before the
 * clause ends. The missing object is the noun before "that": a relative clause on it, no content reported.
 * (A passive verb needs no object: "the claim that the film had been rushed" is the claim's content.)
 */
export function objectGapRelative(tokens: Token[], k: number, last: number): boolean {
  if (tokens[k]?.normal !== 'that' || !/^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')) return false;
  let j = k + 1;
  while (j <= last && j - k - 1 < SUBJECT_WORDS && SUBJECT_TAGS.test(tokens[j]!.pos)) j++;
  if (j === k + 1) return false;
  let passive = false;
  while (j <= last && (/^(AUX|ADV)$/.test(tokens[j]!.pos) || (tokens[j]!.pos === 'PART' && tokens[j]!.normal === 'not'))) {
    if (tokens[j]!.pos === 'AUX') passive = tokens[j]!.lemma === 'be';
    j++;
  }
  const verb = tokens[j];
  if (!verb || verb.pos !== 'VERB' || !objectRequiredVerbs().has(verb.lemma) || (passive && !/ing$/.test(verb.normal))) return false;
  return onlyAdverbialsAfter(tokens, j + 1, last);
}

/** From tokens[k] to the clause's end (the sentence's or a comma) there are only times, adverbs and settings. */
function onlyAdverbialsAfter(tokens: Token[], k: number, last: number): boolean {
  while (k <= last && !/^[,;.!?]$/.test(tokens[k]!.text)) {
    const pastTime = afterTimePhrase(tokens, k, last + 1);
    if (pastTime > k) { k = pastTime; continue; }
    if (tokens[k]!.pos === 'ADV') { k++; continue; }
    if (SETTING_PREPOSITIONS.test(tokens[k]!.normal)) {
      let n = k + 1;
      while (n <= last && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[n]!.pos)) n++;
      if (n === k + 1) return false;
      k = n;
      continue;
    }
    return false;
  }
  return true;
}

/** How many words the noun phrase before such a relative clause may hold ("a two-month delay"). */
const OBJECT_WORDS = 5;

/**
 * A noun phrase at tokens[k] closed by such a relative clause: "…, confirming a delay that Bloomberg had reported
 * earlier". A participle of speech before it is the speaker's next act on a thing already told, not more words.
 */
export function objectWithGapRelativeAt(tokens: Token[], k: number, last: number): boolean {
  let j = k;
  while (j <= last && j < k + OBJECT_WORDS && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[j]!.pos) && tokens[j]!.normal !== 'that') j++;
  return j > k && objectGapRelative(tokens, j, last);
}
