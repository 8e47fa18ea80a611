import { genderOfFirstName } from './names.js';

// Representatives named with the seat they hold: "MP for Bath North West", "the senator for Oregon".
const REPRESENTATIVES = ['mp', 'msp', 'mla', 'mep', 'am', 'td', 'member', 'senator', 'congressman', 'congresswoman', 'councillor', 'councilor', 'assemblyman', 'assemblywoman', 'candidate'];

/** Text ending in a representative's "for": a capitalised run after it opens with a constituency. */
export const CONSTITUENCY_BEFORE = new RegExp(String.raw`\b(?:${REPRESENTATIVES.join('|')})\s+for\s+$`, 'i');

/** Whether the two words are a representative and "for": "MP for", "senator for". */
export function representativeFor(role: string, preposition: string): boolean {
  return preposition.toLowerCase() === 'for' && REPRESENTATIVES.includes(role.toLowerCase());
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
