import { wordSetFrom } from './data-file.js';

let lookalikes: ReadonlySet<string> | undefined;

/**
 * A US broadcaster's three-letter call sign (K or W and two capitals: "WGN", "WOR", "KEX"), the oldest stations'
 * form. Three capitals are often another acronym, so callers accept it only where words are given to it ("told
 * WGN", "in an interview with KEX"), and never one of the organisations data/call-sign-lookalikes.json lists (WHO).
 */
export function isShortCallSign(word: string): boolean {
  if (!/^[KW][A-Z]{2}$/.test(word)) return false;
  lookalikes ??= wordSetFrom('call-sign-lookalikes.json', 'names');
  return !lookalikes.has(word);
}
