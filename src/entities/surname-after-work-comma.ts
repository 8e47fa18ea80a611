// "Asked about the series, Kessler was coy": a fronted phrase ending in a kind of work and a comma leaves the
// subject right after it, where "the album, Rosa Vale" would put a title. A lone word the article writes as a
// person's surname ("Nadia Kessler") is that person there, no title of the series.
import { genderOfFirstName } from '../nlp/names.js';
import { regExpLiteral } from '../text/regexp-literal.js';

/** Whether `name`, one word right after a comma, is the surname of a full name with a known given name in `text`. */
export function surnameAfterWorkComma(text: string, before: string, name: string): boolean {
  if (!/,[ \t]+$/.test(before) || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(name)) return false;
  const fullName = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+)[ \t]+${regExpLiteral(name)}(?![\p{L}'’-])`, 'gu');
  return [...text.matchAll(fullName)].some((m) => genderOfFirstName(m[1]!) !== 'unknown');
}
