import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { frameAtToken, type Frame } from './frame.js';
import { classify, type SpeakerPhrase } from './speaker.js';
import { PERSONAL_SUBJECTS, PRONOUN_GENDER } from '../nlp/words.js';
import { genderOfFirstName } from '../nlp/names.js';
import { outerLabelVerb } from './outer-label-verb.js';

/**
 * "wanted to know if Lund still backed the curfew she once called “heartless”": a label verb (cues.json
 * relative_label_verbs) right before the opening mark at tokens[openToken], its object left out because it
 * heads a relative clause, and the clause's own subject (a pronoun, a name or a short noun phrase) before the verb. That subject
 * gave the label, so the frame is theirs, not the main clause's. Null when the words do not read so.
 */
export function relativeLabelFrame(tokens: Token[], openToken: number, lo: number): Frame | null {
  let cue = openToken - 1;
  const as = tokens[cue]?.normal === 'as';
  if (as) cue--;
  const verb = tokens[cue];
  if (cue <= lo || verb?.pos !== 'VERB' || !cueLexicon().relativeLabelVerbs.has(verb.lemma)) return null;
  // ("described the plan as …" needs its "as"; "called “…”" does not.)
  if (verb.lemma === 'describe' && !as) return null;
  // The subject, before a perfect's "had" and adverbs: "she had once called".
  let end = cue - 1;
  while (end > lo && (tokens[end]!.pos === 'ADV' || /^(has|have|had)$/.test(tokens[end]!.normal))) end--;
  let start = end;
  if (!PERSONAL_SUBJECTS.test(tokens[end]!.normal)) {
    if (tokens[end]!.pos === 'PROPN') while (start > lo && tokens[start - 1]!.pos === 'PROPN') start--;
    else start = nounSubjectStart(tokens, end, lo);
    if (start < 0) return null;
  }
  if (start <= lo) return null;
  // The relative clause's head: a noun right before its subject ("the curfew she …") or a relative pronoun.
  const before = tokens[start - 1]!;
  if (!headsRelative(before)) return null;
  // ("described the moment Kovac called as “…”": the head is an outer label verb's object; the label is that verb's.)
  if (as && outerLabelVerb(tokens, start, lo) >= 0) return null;
  const speaker = classify(tokens, start, end + 1);
  if (!speaker) return null;
  // "whether Lund still backed the curfew she once called …": "she" is the subject of the clause the
  // relative hangs on; the mention stays the pronoun.
  const host = speaker.kind === 'pronoun' ? hostSubject(tokens, start - 1, lo, speaker.name) : null;
  return frameAtToken(tokens, cue, host ? { ...host, start: speaker.start, end: speaker.end, text: speaker.text, phraseStart: undefined } : speaker);
}

/**
 * The person named as subject of the clause whose object ends at tokens[head] ("Lund still backed the
 * curfew"): a run of capitalised names, adverbs, a verb, then the object's noun phrase. Only for "he" or
 * "she", and not a given name of the other gender. Null when the words do not read so.
 */
function hostSubject(tokens: Token[], head: number, lo: number, pronoun: string): SpeakerPhrase | null {
  const want = PRONOUN_GENDER.get(pronoun);
  if (want !== 'male' && want !== 'female') return null;
  let k = head;
  while (k > lo && /^(NOUN|ADJ|DET|NUM)$/.test(tokens[k - 1]!.pos)) k--;
  if (tokens[k]!.pos !== 'DET' && tokens[k]!.pos !== 'NOUN') return null;
  k--;
  if (k <= lo || tokens[k]!.pos !== 'VERB') return null;
  k--;
  while (k > lo && tokens[k]!.pos === 'ADV') k--;
  const end = k + 1;
  while (k >= lo && tokens[k]!.pos === 'PROPN') k--;
  const start = k + 1;
  if (start === end || (k >= lo && !/^(SCONJ|PUNCT|CCONJ)$/.test(tokens[k]!.pos) && tokens[k]!.normal !== 'whether')) return null;
  const named = classify(tokens, start, end);
  if (named?.kind !== 'person') return null;
  const gender = genderOfFirstName(named.name.split(' ')[0]!);
  return gender === 'unknown' || gender === want ? named : null;
}

// Words that open a noun phrase as the label's subject: "his solicitor", "the union".
const SUBJECT_OPENERS = /^(the|his|her|their|its|our|my|your|this|these|those)$/;

/** tokens[k] can head the relative clause after it: a noun ("the curfew she …") or a relative pronoun. */
function headsRelative(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' || /^(which|whom|that)$/.test(token?.normal ?? '');
}

/**
 * Where a common-noun subject ending at tokens[end] starts, or -1: an opener and up to two nouns or
 * adjectives before the noun ("his solicitor", "the rail union") or, with no opener, a plural noun after at
 * most one modifier ("critics", "local residents"). Either reading must leave a head before it, so "backed the
 * curfew local residents called" takes "local residents", "the curfew" being the head.
 */
function nounSubjectStart(tokens: Token[], end: number, lo: number): number {
  if (tokens[end]!.pos !== 'NOUN') return -1;
  for (let k = end; k > lo && end - k <= 2; k--) {
    if (k < end && !/^(NOUN|ADJ)$/.test(tokens[k]!.pos)) break;
    if (SUBJECT_OPENERS.test(tokens[k - 1]!.normal)) {
      if (k - 1 > lo && headsRelative(tokens[k - 2])) return k - 1;
      break;
    }
  }
  // Bare: a plural ("critics"; its lemma differs) and at most one modifier before it.
  if (!/s$/.test(tokens[end]!.normal) || tokens[end]!.lemma === tokens[end]!.normal) return -1;
  if (end - 1 > lo && /^(NOUN|ADJ)$/.test(tokens[end - 1]!.pos) && headsRelative(tokens[end - 2])) return end - 1;
  return headsRelative(tokens[end - 1]) ? end : -1;
}
