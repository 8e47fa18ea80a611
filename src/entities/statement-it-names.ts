/**
 * "In a statement, Chirply said it would …", "Tessaro said in a statement that its …": a lone capitalised word
 * that gives a statement (data/organisations.json statement_documents) and speaks of itself as "it"/"its" is a
 * body's name, not a person's surname (a person says "he", "she", "I"). Only a word that is no given name and that
 * the article never writes after another capitalised word (no "Ana Chirply" to be her surname). Read by the quote
 * and people stages.
 */
import { organisationData } from '../lexicon/organisations.js';
import { genderOfFirstName, isHonorific } from '../nlp/names.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { rememberLastText } from '../text/last-text.js';

let pattern: RegExp | undefined;

function statementItPattern(): RegExp {
  if (pattern) return pattern;
  const medium = String.raw`n\s+(?:a|an|its)\s+(?:[\p{Ll}-]+\s+)?(?:${organisationData().statement_documents.join('|')})`;
  // (Up to three capitalised words: "Skylark Air said in a statement that it was …".)
  const name = String.raw`(\p{Lu}[\p{L}\d]+(?:[ \t]+\p{Lu}[\p{L}\d]+){0,2})`;
  const verb = String.raw`\s+(?:said|says|added)`;
  // (Not "it" with "be" before no "-ing" form: "it was a sad day", "it is time" hold an empty "it" anyone may say;
  // but a feeling, "it was thrilled to return" (quoted or not), is the statement giver's own.)
  // (A word in -ly may come first: "it was “deeply sorry”".)
  const feeling = String.raw`\s+["“‘]?(?:\p{Ll}+ly\s+)?(?:\p{L}+ing|${organisationData().statement_feelings.join('|')})\b`;
  const it = String.raw`(?:\s+that)?\s+(?:its\b|it\b(?!['’]s\b|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed)\b(?!${feeling})))`;
  // (The statement named before the name, set off by a comma, or right after its verb; "it"/"its" opens what was said.)
  pattern = new RegExp(String.raw`\b[Ii]${medium},\s+${name}${verb}${it}|(?<![\p{L}\d'’-][ \t]*)${name}${verb}\s+i${medium}${it}`, 'gu');
  return pattern;
}

/** Pronouns and pointing words that open a sentence in capitals: no name. */
const NOT_NAMES = /^(?:He|She|It|They|We|You|This|That|There|Its|The)$/;

/** The lone names in `text` that give a statement speaking of themselves as "it". */
export function namesSpeakingAsIt(text: string): ReadonlySet<string> {
  // (The quote and people stages both ask about the same article in a row.)
  return lastNamesSpeakingAsIt(text);
}

const lastNamesSpeakingAsIt = rememberLastText(readNamesSpeakingAsIt);

function readNamesSpeakingAsIt(text: string): Set<string> {
  const names = new Set<string>();
  if (!/\bits?\b/.test(text)) return names;
  for (const m of text.matchAll(statementItPattern())) {
    // (A sentence's "The" is no part of the name the speaker is given: "The Hollow Pines said …".)
    const name = (m[1] ?? m[2]!).replace(/^The\s+(?=\p{Lu})/u, '');
    const first = name.split(/\s+/)[0]!;
    if (NOT_NAMES.test(name) || genderOfFirstName(first) !== 'unknown' || isHonorific(first.toLowerCase())) continue;
    // (… nor an article's "The" before it: "The Hollow Pines".)
    if (new RegExp(String.raw`(?<![\p{L}'’-])(?!The[ \t])\p{Lu}[\p{L}'’-]*\.?[ \t]+${regExpLiteral(name)}(?![\p{L}'’-])`, 'u').test(text)) continue;
    names.add(name);
  }
  return names;
}
