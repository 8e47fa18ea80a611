import { genderOfFirstName } from './names.js';

// Representatives named with the seat they hold: "MP for Bath North West", "the senator for Oregon".
const REPRESENTATIVES = ['mp', 'msp', 'mla', 'mep', 'am', 'td', 'member', 'senator', 'congressman', 'congresswoman', 'councillor', 'councilor', 'assemblyman', 'assemblywoman', 'candidate'];

/** Text ending in a representative's "for": a capitalised run after it opens with a constituency. */
export const CONSTITUENCY_BEFORE = new RegExp(String.raw`\b(?:${REPRESENTATIVES.join('|')}|member\s+of\s+parliament)\s+for\s+$`, 'i');

/** Whether the two words are a representative and "for": "MP for", "senator for". */
export function representativeFor(role: string, preposition: string): boolean {
  return preposition.toLowerCase() === 'for' && REPRESENTATIVES.includes(role.toLowerCase());
}

/**
 * The representative whose "for" ends the words before a seat ("MP for", "Member of Parliament for"),
 * as its role word in lower case ("mp", "member"); null if they end in none.
 */
export function representativeBeforeSeat(words: readonly string[]): string | null {
  const n = words.length;
  if (n >= 2 && representativeFor(words[n - 2]!, words[n - 1]!)) return words[n - 2]!.toLowerCase();
  const long = n >= 4 && /^member of parliament for$/i.test(words.slice(n - 4).join(' '));
  return long ? 'member' : null;
}

// Offices held over a place, whose "of" takes the place: "the mayor of Harrowgate", "Governor of Nevada".
const PLACE_OFFICES = ['mayor', 'governor', 'premier', 'president', 'provost', 'lord mayor', 'first minister', 'chief minister', 'prime minister', 'mayor-elect', 'governor-elect'];

/**
 * The place office whose "of" (maybe "of the") ends the words before a place ("Mayor of", "Prime Minister
 * of the"), in lower case ("mayor", "prime minister"); null if they end in none.
 */
export function placeOfficeBeforePlace(words: readonly string[]): string | null {
  let n = words.length;
  if (n > 0 && words[n - 1]!.toLowerCase() === 'the') n--;
  if (n < 2 || words[n - 1]!.toLowerCase() !== 'of') return null;
  const before = words.slice(0, n - 1).join(' ').toLowerCase();
  // (The longer office first: "lord mayor" before "mayor".)
  return LONGEST_OFFICES_FIRST.find((office) => before === office || before.endsWith(' ' + office)) ?? null;
}

const LONGEST_OFFICES_FIRST = [...PLACE_OFFICES].sort((a, b) => b.length - a.length);

// Lawmakers named with the state or district they come from: "the senator from Ohio", "a congressman from Dunmore".
const LAWMAKERS_FROM = ['senator', 'congressman', 'congresswoman', 'congressmember', 'representative', 'rep.', 'lawmaker', 'legislator', 'assemblyman', 'assemblywoman', 'delegate'];

/**
 * Text ending in a place office's "of" or a lawmaker's "from": a capitalised run after it is the place,
 * not a person.
 */
export const PLACE_OFFICE_BEFORE = new RegExp(String.raw`(?:\b(?:${PLACE_OFFICES.map((o) => o.replace(' ', String.raw`\s+`)).join('|')})\s+of|\b(?:${LAWMAKERS_FROM.map((w) => w.replace('.', String.raw`\.`)).join('|')})\s+from)\s+(?:the\s+)?$`, 'i');

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
