import type { Token } from '../types.js';
import { isKindNoun } from './apposition-heads.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { inModelLexicon } from '../nlp/analyze.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isJobKindNoun } from '../entities/job-kind-bodies.js';
import { isRoleWord } from '../nlp/words.js';

/** Longest name after an opening kind word: "Promoter Larkspur Live" (two), "Distributor Halcyon Film Group" (three). */
const MAX_NAME_WORDS = 3;

/**
 * "Airline Skyhop said …", "Broadcaster Telvio said …", "Promoter Larkspur Live said …": a kind of body
 * (data/organisations.json kind_nouns, or job_kind_nouns, which are also jobs) opening the sentence, capitalised
 * only for that, before a name whose first word is no English word and no given name: the body's kind, as "rival
 * carrier Skyhop" is in small letters; the words after it are the body's name. ("Promoter Sally Brennan" stays a
 * person by her given name; a kind word inside a known name stays, "Network Rail": its second word is an English
 * word.) tokens[s, e) is the run.
 */
export function kindNounOpeningSentence(tokens: Token[], s: number, e: number): boolean {
  if (e - s < 2 || e - s > MAX_NAME_WORDS + 1) return false;
  const [kind, name] = [tokens[s]!, tokens[s + 1]!];
  const before = tokens[s - 1];
  const opensSentence = !before || /^[.!?“"\n]$/.test(before.text);
  if (!opensSentence || !/^\p{Lu}\p{Ll}+$/u.test(kind.text) || !(isKindNoun(kind.normal) || isJobKindNoun(kind.normal))) return false;
  if (!tokens.slice(s + 1, e).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  const whole = sourceRun(tokens, s, e);
  if (genderOfFirstName(name.text) !== 'unknown' || isKnownOrganisation(whole) || lookupOutlet(whole)) return false;
  // A job's word ("Broadcaster", "Promoter") opens no body's name, so the name after it may be English words; a
  // body's kind may ("Network Rail"), so one word after it must be none. Two words or more end in an English word
  // ("Larkspur Live", "Halcyon Pictures"), as a person's surname seldom does ("Broadcaster Dermot Ashe").
  const job = isRoleWord(kind.normal) || isJobKindNoun(kind.normal);
  if (e - s === 2) return job || !inModelLexicon(name.normal);
  return inModelLexicon(tokens[e - 1]!.normal) && (job || !inModelLexicon(name.normal));
}

/**
 * "Network Rail said", "Studio Canal said": a capitalised kind of body (data/organisations.json kind_nouns) before
 * capitalised English words, the first no given name, is a body's name whole, kind word and all: a person's name
 * opens with neither. tokens[s, e) is the run.
 */
export function kindNounOpensBodyName(tokens: Token[], s: number, e: number): boolean {
  if (e - s < 2 || e - s > MAX_NAME_WORDS + 1) return false;
  const [kind, name] = [tokens[s]!, tokens[s + 1]!];
  if (!/^\p{Lu}\p{Ll}+$/u.test(kind.text) || !isKindNoun(kind.normal)) return false;
  if (!tokens.slice(s + 1, e).every((t) => /^\p{Lu}/u.test(t.text))) return false;
  return inModelLexicon(name.normal) && genderOfFirstName(name.text) === 'unknown';
}

function sourceRun(tokens: Token[], s: number, e: number): string {
  return tokens.slice(s, e).map((t) => t.text).join(' ');
}
