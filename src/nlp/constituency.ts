import { seatWords } from '../lexicon/seats.js';
import { genderOfFirstName } from './names.js';

/** A listed office as a pattern: its words apart by any space, its full stops literal ("rep.", "lord mayor"). */
function officePattern(office: string): string {
  return office.replace(/\./g, String.raw`\.`).replace(/ /g, String.raw`\s+`);
}

let constituencyBefore: RegExp | undefined;

/**
 * Whether the text ends in a representative's "for" (data/seats.json representatives_for: "MP for",
 * "the senator for", "Member of Parliament for"): a capitalised run after it opens with a constituency.
 */
export function endsBeforeConstituency(text: string): boolean {
  constituencyBefore ??= new RegExp(String.raw`\b(?:${seatWords().representativesFor.map(officePattern).join('|')})\s+for\s+$`, 'i');
  return constituencyBefore.test(text);
}

/** Whether the two words are a one-word representative and "for": "MP for", "senator for". */
export function representativeFor(role: string, preposition: string): boolean {
  return preposition.toLowerCase() === 'for' && seatWords().representativesFor.includes(role.toLowerCase());
}

/**
 * The representative whose "for" ends the words before a seat ("MP for", "Member of Parliament for"),
 * in lower case ("mp", "member of parliament"); null if they end in none.
 */
export function representativeBeforeSeat(words: readonly string[]): string | null {
  const n = words.length;
  if (n < 2 || words[n - 1]!.toLowerCase() !== 'for') return null;
  const before = words.slice(0, n - 1).join(' ').toLowerCase();
  return longestFirst(seatWords().representativesFor).find((office) => before === office || before.endsWith(' ' + office)) ?? null;
}

/**
 * The place office whose "of" (maybe "of the") ends the words before a place ("Mayor of", "Prime Minister
 * of the"; data/seats.json place_offices_of), in lower case ("mayor", "prime minister"); null if they end in none.
 */
export function placeOfficeBeforePlace(words: readonly string[]): string | null {
  let n = words.length;
  if (n > 0 && words[n - 1]!.toLowerCase() === 'the') n--;
  if (n < 2 || words[n - 1]!.toLowerCase() !== 'of') return null;
  const before = words.slice(0, n - 1).join(' ').toLowerCase();
  // (The longer office first: "lord mayor" before "mayor".)
  return longestFirst(seatWords().placeOfficesOf).find((office) => before === office || before.endsWith(' ' + office)) ?? null;
}

const byLength = new Map<readonly string[], readonly string[]>();

/** The offices of one list, the longest first, sorted once. */
function longestFirst(offices: readonly string[]): readonly string[] {
  let sorted = byLength.get(offices);
  if (!sorted) byLength.set(offices, (sorted = [...offices].sort((a, b) => b.length - a.length)));
  return sorted;
}

let placeOfficeBefore: RegExp | undefined;

/**
 * Whether the text ends in a place office's "of" or a lawmaker's "from" (data/seats.json place_offices_of,
 * lawmakers_from: "the mayor of", "the senator from"): a capitalised run after it is the place, not a person.
 */
export function endsBeforePlace(text: string): boolean {
  const { placeOfficesOf, lawmakersFrom } = seatWords();
  placeOfficeBefore ??= new RegExp(String.raw`(?:\b(?:${placeOfficesOf.map(officePattern).join('|')})\s+of|\b(?:${lawmakersFrom.map(officePattern).join('|')})\s+from)\s+(?:the\s+)?$`, 'i');
  return placeOfficeBefore.test(text);
}

let placeNounBefore: RegExp | undefined;

/** The text ends in "of" or "the" and a space (trimEnd drops what \s matches). */
function endsInOfOrThe(text: string): boolean {
  const word = text.trimEnd();
  if (word.length === text.length) return false;
  const tail = word.slice(-3).toLowerCase();
  return tail.endsWith('of') || tail === 'the';
}

/**
 * Whether the text ends in a kind of place and its "of" (data/seats.json place_nouns_of: "the district of",
 * "the town of"): a capitalised run after it is that place's name.
 */
export function endsBeforePlaceNoun(text: string): boolean {
  // (Asked of the text before most names: the end is looked at first, the pattern tries every word of the text.)
  if (!endsInOfOrThe(text)) return false;
  placeNounBefore ??= new RegExp(String.raw`\b(?:${seatWords().placeNounsOf.map(officePattern).join('|')})\s+of\s+(?:the\s+)?$`, 'i');
  return placeNounBefore.test(text);
}

/**
 * Where the person's name starts in a capitalised run written right after a representative's "for" with
 * no comma ("Hartwell Jo Pike" of "MP for Hartwell Jo Pike"): at the last two words when the run has
 * three or more and those two are a known first name and a plain surname; -1 otherwise (a seat alone,
 * "MP for Bath North West", or a name we cannot tell from the seat).
 */
export function nameAfterConstituency(words: readonly string[]): number {
  if (words.length < 3) return -1;
  const given = words.length - 2;
  const plain = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w);
  return plain(words[given]!) && plain(words[given + 1]!) && genderOfFirstName(words[given]!) !== 'unknown' ? given : -1;
}
