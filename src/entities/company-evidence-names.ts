/**
 * Lone one-word names the article shows elsewhere to be a company's (or another body's): "Transdev, which runs the
 * line", "Transdev's trains", "shares of Transdev", "a Transdev spokesperson". Once shown so, "Transdev said …" and
 * "according to Transdev" are the body's words, and the name is no person's surname. Read once per article by the
 * quote and people stages. A person says "who", owns no shares and has no subsidiary; a name the article writes
 * after a given name or an honorific ("Ana Transdev", "Mr. Transdev") or that is itself a given name stays a person's,
 * as does one it gives "he" or "she" right after ("Transdev, which …" is never said of one).
 */
import type { Token } from '../types.js';
import { genderOfFirstName, isHonorific } from '../nlp/names.js';
import { isRoleWord } from '../nlp/words.js';
import { isBodyModifiedNoun, isBodyPossession } from '../lexicon/company-evidence-words.js';

/** One capitalised word of letters (a hyphen inside allowed, "Coca-Cola" is one token): the only names read here. */
const LONE_NAME = /^\p{Lu}[\p{L}-]*\p{Ll}[\p{L}-]*$/u;

const POSSESSIVE = /^['’]s$/;

// Keyed by the article's own token array (no stage changes it after analysis), so no answer reaches another article.
const companiesOfArticle = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The lone names (as written) that the article shows to be a body's. */
export function namesShownAsCompanies(tokens: readonly Token[]): ReadonlySet<string> {
  let names = companiesOfArticle.get(tokens);
  if (!names) companiesOfArticle.set(tokens, (names = readNamesShownAsCompanies(tokens)));
  return names;
}

function readNamesShownAsCompanies(tokens: readonly Token[]): Set<string> {
  const shown = new Set<string>();
  const person = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || !LONE_NAME.test(t.text)) continue;
    if (writtenAsPerson(tokens, k)) person.add(t.text);
    else if (companyEvidenceAt(tokens, k)) shown.add(t.text);
  }
  for (const name of shown) if (person.has(name) || genderOfFirstName(name) !== 'unknown') shown.delete(name);
  return shown;
}

/**
 * tokens[k] is written as a person's surname: after a given name we list or an honorific ("Ana Halvorn", "Mr.
 * Halvorn") or a title of office, or a capitalised word that opens no sentence ("Kofi Halvorn" mid-sentence: a given name we do not list).
 */
function writtenAsPerson(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || before.type !== 'word' || !/^\p{Lu}/u.test(before.text)) return false;
  // (… or after a title of office: "Senator Halvorn", "Chairman Halvorn".)
  if (isHonorific(before.normal.replace(/\.$/, '')) || isRoleWord(before.normal) || genderOfFirstName(before.text) !== 'unknown') return true;
  const opensSentence = k < 2 || /^[.!?:;"“”‘’'(\n]$/.test(tokens[k - 2]!.text);
  return before.pos === 'PROPN' && !opensSentence;
}

/** "Halvorn, which …", "Halvorn's shareholders", "shares of Halvorn", "a Halvorn spokesperson" at tokens[k]. */
function companyEvidenceAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  // ("Halvorn, which runs the line": a person takes "who".)
  if (next.text === ',' && tokens[k + 2]?.normal === 'which') return true;
  // ("shares in Halvorn", "shares of Halvorn".)
  if (/^(of|in)$/.test(tokens[k - 1]?.normal ?? '') && tokens[k - 2]?.normal === 'shares') return true;
  const noun = POSSESSIVE.test(next.normal) ? k + 2 : k + 1;
  const word = tokens[noun];
  if (!word || !/^\p{Ll}/u.test(word.text)) return false;
  const chiefExecutive = word.normal === 'chief' && /^(executive|operating|financial)$/.test(tokens[noun + 1]?.normal ?? '');
  if (noun === k + 2) return chiefExecutive || isBodyPossession(word.normal);
  return chiefExecutive || isBodyModifiedNoun(word.normal);
}
