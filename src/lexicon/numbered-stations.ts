import { wordSetFrom } from './data-file.js';
import { CARDINAL_WORDS } from '../nlp/words.js';
import { isCallSign, lookupOutlet, outletKind } from './outlets.js';

let brands: ReadonlySet<string> | undefined;

/**
 * A local station named by a brand, its channel number and maybe its place or desk: "News 12 New Jersey",
 * "NBC 5 Chicago", "Fox 5 New York", "KTLA 5", "ABC7 Eyewitness News". Local TV is branded so in the US, and
 * the ones an article meets are too many to list. The brand is a known broadcaster, a call sign or a word that
 * brands a station alone (data/outlets.json numberedStationBrands); the number has one or two digits (glued to
 * the brand or not); up to three capitalised words follow. "Channel Nine", "Channel 7": a broadcaster branded by its
 * channel number alone, in figures or a capitalised word, with nothing after it (so "Channel 4 News" stays the
 * gazetteer's). The name as written, or null.
 */
export function numberedStation(phrase: string): string | null {
  const words = phrase.trim().replace(/^the\s+/i, '').split(/\s+/);
  if (words.length === 2 && words[0] === 'Channel') return isChannelNumber(words[1]!) ? words.join(' ') : null;
  let brand: string;
  let rest: string[];
  const glued = /^(\p{Lu}[\p{L}&]*?)(\d{1,2})$/u.exec(words[0] ?? '');
  if (glued && /^\p{Lu}{2,}$/u.test(glued[1]!)) {
    brand = glued[1]!;
    rest = words.slice(1);
  } else if (words.length >= 2 && /^\d{1,2}$/.test(words[1]!)) {
    brand = words[0]!;
    rest = words.slice(2);
  } else return null;
  if (rest.length > 3 || !rest.every((w) => /^\p{Lu}/u.test(w))) return null;
  if (!stationBrand(brand)) return null;
  return words.join(' ');
}

function stationBrand(word: string): boolean {
  brands ??= wordSetFrom('outlets.json', 'numberedStationBrands');
  if (brands.has(word) || isCallSign(word)) return true;
  const known = lookupOutlet(word);
  return !!known && outletKind(known) === 'broadcaster';
}

function isChannelNumber(word: string): boolean {
  return /^\d{1,2}$/.test(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && CARDINAL_WORDS.includes(word.toLowerCase()));
}
