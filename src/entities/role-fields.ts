import type { Token } from '../types.js';
import { genderOfFirstName, isRoyalTitle } from '../nlp/names.js';
import { isGivenNameWithFieldEnding, isOfficeField } from '../nlp/office-fields.js';
import { isRoleWord } from '../nlp/words.js';
import { isPlaceTail } from '../lexicon/place-words.js';

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * The index of the role word whose field ends right before tokens[s]: "of", "for" or "and" before s, and before those
 * only capitalised words, "of", "for" and "and" back to a capitalised role word and its "of" or "for" ("Minister of
 * Trade and", "Director of Parks and", "Minister for", "Secretary of State for"; no royal title, whose land is its
 * holder's name). -1 when there is none.
 */
export function roleWithFieldBefore(tokens: Token[], s: number): number {
  // "Speaker of the House …", "Chair of the Patience Trust …": the field's own "the" right after "of"/"for".
  if (tokens[s - 1]?.normal === 'the' && /^(?:of|for)$/.test(tokens[s - 2]?.normal ?? '')) s--;
  if (!/^(?:of|for|and|&)$/.test(tokens[s - 1]?.normal ?? '')) return -1;
  for (let k = s - 2; k >= 0 && k >= s - 8; k--) {
    const t = tokens[k]!;
    if (isCap(t) && (isRoleWord(t.normal) || t.normal === 'head') && /^(?:of|for)$/.test(tokens[k + 1]!.normal)) return isRoyalTitle(t.text) ? -1 : k;
    if (!isCap(t) && !/^(?:of|for|and|&)$/.test(t.normal)) return -1;
  }
  return -1;
}

/**
 * A capitalised word shaped as an office's field, not a name: an abstract noun's ending ("Development", "Recreation"; a long "-ence"/"-ance" one: "Resilience", "Compliance", no "Vance")
 * or a listed field ("Services", "Industry"). Never a given name (data/first-names.json, or one shaped as a field: "Minister of Culture Charity Okoye").
 */
export function isFieldWord(t: Token): boolean {
  return isCap(t) && genderOfFirstName(t.text) === 'unknown' && !isGivenNameWithFieldEnding(t.normal) && (/(?:tion|sion|ment|ics|ogy|ity|ship|ness|ism|ies|ions|ents)$/.test(t.normal) || /^\p{Ll}{5,}(?:ence|ance)$/u.test(t.normal) || isOfficeField(t.normal));
}

/**
 * Where the name starts in a run right after "ROLE of" whose field words no list knows ("Minister of National
 * Unity Helen Sato", "Secretary of Homeland Security Dan Ruiz"): at the first known given name that is no field's
 * own word ("Liberty" before "Affairs" is the field's), else at the last two words of a run of three or more; only when the cut words end in a field's word.
 * s when the field cannot be told from the name.
 */
export function nameStartAfterField(tokens: Token[], s: number, e: number): number {
  const start = firstGivenNameStart();
  return start > s ? start : lastGivenAndSurnameStart();

  // The field may hold a given name of its own ("Director of the Florence Nightingale Foundation Anna Berg", "Mayor
  // of Grace Bay Tom Ellis"): a run of capitals ending in a known given name and one surname (no place's last word)
  // after one to four field words is that name alone (a double given name of two known ones counts as one).
  function lastGivenAndSurnameStart(): number {
    const known = (k: number) => genderOfFirstName(tokens[k]!.text) !== 'unknown';
    if (e - s < 2 || e - s > 5 || !tokens.slice(s, e + 1).every(isCap) || !known(e - 1) || isPlaceTail(tokens[e]!.normal)) return s;
    return e - 2 > s && known(e - 2) ? e - 2 : e - 1;
  }

  function firstGivenNameStart(): number {
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (!isCap(t)) return s;
    const given = genderOfFirstName(t.text) !== 'unknown' || isGivenNameWithFieldEnding(t.normal);
    if (given && !isFieldWord(tokens[k + 1]!) && !isOfficeField(tokens[k + 1]!.normal)) return fieldEndsBefore(k) || givenAndSurnameEnd(k) ? k : s;
  }
  return e - s >= 2 && tokens.slice(s, e + 1).every(isCap) && fieldEndsBefore(e - 1) ? e - 1 : s;
  }

  // The cut words end in a field's word ("Unity", "Security", "Affairs"), not a place's ("Mayor of Port Kellan Bay").
  function fieldEndsBefore(k: number): boolean {
    return k > s && (isFieldWord(tokens[k - 1]!) || isOfficeField(tokens[k - 1]!.normal));
  }
  // … or the run ends in a given name and one surname after one to three words of any field or place ("Chief of Staff
  // Ron Klain", "Bishop of Durham Paul Butler"), the surname no place's last word ("Port Kellan Bay" is one place).
  // (A double given name of two known ones counts as one: "Secretary of State Mary Ann Cole".)
  function givenAndSurnameEnd(k: number): boolean {
    const doubleGiven = e - k === 2 && genderOfFirstName(tokens[k + 1]!.text) !== 'unknown';
    return k > s && k - s <= 3 && (e - k === 1 || doubleGiven) && !isPlaceTail(tokens[e]!.normal);
  }
}

