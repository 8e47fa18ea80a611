/**
 * "Stellar Live, the tour's promoter, said": a name set off before a definite description of a body, or of what
 * a body does (data/organisations.json body_description_heads, kind_nouns), is the body's, when its first word
 * is no given name and it runs to two words or more (one word alone may be a surname: "Hearn, the fight's
 * promoter"; a given name keeps the person: "Eddie Hearn, the fight's promoter"; so does a name shaped like a person's
 * before a role a person may hold: "Mukesh Ambani, the group's owner"). So is a name set off after such a description
 * opening the sentence: "The promoter, Southbound Live, said".
 */
import type { ExtractedQuote } from '../types.js';
import { isBodyDescriptionHead, isPersonDescriptionHead, organisationData } from '../lexicon/organisations.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { genderOfFirstName, isFamilyFirstName, isHonorific } from '../nlp/names.js';
import { inModelLexicon } from '../nlp/analyze.js';

/** A definite description set off by commas right after a name: ", the Ohio-based chain of … stores,". */
const SET_OFF_DESCRIPTION = /^,[ \t]+(the[ \t]+[^,.;:“”"()]{1,80}?),/iu;

export function giveDescribedNamesTheirBody(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (q.speaker_kind !== 'person' || !q.speaker || q.speaker_end === null || q.speaker !== q.speaker_mention) continue;
    const words = q.speaker.split(/\s+/);
    if (words.length < 2 || genderOfFirstName(words[0]!) !== 'unknown' || isHonorific(words[0]!.toLowerCase())) continue;
    // (… and the mirror: "The promoter, Southbound Live, said", the description opening the clause before the name.)
    const before = text.slice(Math.max(0, q.speaker_start! - 60), q.speaker_start!);
    const m = SET_OFF_DESCRIPTION.exec(text.slice(q.speaker_end, q.speaker_end + 100)) ?? OPENING_DESCRIPTION.exec(before) ?? serviceHeadBefore(before);
    const head = m ? headNoun(m[1]!) : '';
    if (!m || !isBodyDescriptionHead(head) || (isPersonDescriptionHead(head) && readsAsPersonsName(words))) continue;
    // (The description named what the body is, not a person's role.)
    Object.assign(q, { speaker_kind: 'organization', speaker_role: null });
  }
}

/** A definite description opening its sentence, then the comma before a name: "The promoter, ". */
const OPENING_DESCRIPTION = /(?:^|[.!?]["”’]?\s+|\n\s*)(the[ \t]+[^,.;:“”"()]{1,40}?),[ \t]+$/iu;

let serviceHead: RegExp | undefined;

/**
 * "Bus operator Stagecoach West said", "the ferry company Nordlink said": what a body runs (data/organisations.json
 * described_bodies.service_modifiers) and a head of a body's description right before the name describe the
 * body it is. (The service word is needed: "operator Jo Banks" with no word of trade may be a person's job.)
 */
function serviceHeadBefore(before: string): RegExpExecArray | null {
  serviceHead ??= new RegExp(String.raw`(?:^|[^\p{L}])((?:${organisationData().described_bodies.service_modifiers.map(regExpLiteral).join('|')})[ \t]+\p{Ll}+)[ \t]+$`, 'iu');
  return serviceHead.exec(before);
}

/** The noun a description ends in before its first preposition, without a possessive: "chain", "promoter". */
function headNoun(description: string): string {
  const before = description.toLowerCase().split(/\s+(?:of|for|at|from|with|in|on|to|across|behind)\s+/)[0]!;
  return before.split(/\s+/).pop()!.replace(/[’']s$/, '');
}

/**
 * "Mukesh Ambani", "Dong Nguyen": two words, a given name our list may lack (no English word, or a family name
 * written first) and a surname no English word: a person's name, where "Stellar Live" is made of words.
 */
export function readsAsPersonsName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [first, last] = words as [string, string];
  return (!inModelLexicon(first) || isFamilyFirstName(first)) && !inModelLexicon(last);
}
