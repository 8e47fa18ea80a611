import type { Token } from '../types.js';
import { isKindNoun } from './apposition-heads.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { inModelLexicon } from '../nlp/analyze.js';
import { genderOfFirstName } from '../nlp/names.js';

/**
 * "Airline Skyhop said …", "Broadcaster Telvio said …": a kind of body (data/organisations.json kind_nouns) opening
 * the sentence, capitalised only for that, before one capitalised word that is no English word and no given name:
 * the body's kind, as "rival carrier Skyhop" is in small letters; the word after it is the body's name. (A kind word
 * inside a known name stays, "Network Rail": its second word is an English word.) tokens[s, e) is the run.
 */
export function kindNounOpeningSentence(tokens: Token[], s: number, e: number): boolean {
  if (e - s !== 2) return false;
  const [kind, name] = [tokens[s]!, tokens[s + 1]!];
  const before = tokens[s - 1];
  const opensSentence = !before || /^[.!?“"\n]$/.test(before.text);
  if (!opensSentence || !/^\p{Lu}\p{Ll}+$/u.test(kind.text) || !isKindNoun(kind.normal) || !/^\p{Lu}\p{Ll}+$/u.test(name.text)) return false;
  const whole = `${kind.text} ${name.text}`;
  return !inModelLexicon(name.normal) && genderOfFirstName(name.text) === 'unknown' && !isKnownOrganisation(whole) && !lookupOutlet(whole);
}
