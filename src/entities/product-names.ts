// A quoted name a product is sold under is no film or show: "a voice marketed as “Warm Tone 3”", "the “Warm Tone 3” voice".
import { stageAndProductWords } from './stage-and-product-words.js';
import { shortName } from './stage-context.js';

let introPattern: RegExp | undefined;
let nounPattern: RegExp | undefined;

/**
 * Whether the quoted title opening at `open` (its mark) and closing before `after` names a product: a selling
 * phrase right before it (data/stage-and-product-words.json product_intro) or a product noun right after it
 * (product_after_title; not "voice cast", "voice actor", a film's people). Only a short quotation can be a name.
 */
export function namesProduct(text: string, open: number, after: number): boolean {
  introPattern ??= new RegExp(String.raw`(?<![\p{L}\d-])(?:${stageAndProductWords('product_intro').join('|')})[\s,]*$`, 'iu');
  nounPattern ??= new RegExp(String.raw`^[”"’']?\s*(?:${stageAndProductWords('product_after_title').join('|')})(?![\p{L}\d-])(?!\s+(?:cast|actors?|actress|role|roles|work|talent|over|artists?)\b)`, 'iu');
  // (A quoted sentence is speech, not a product's name: its names stay people's.)
  if (!shortName(text.slice(open + 1, after - 1))) return false;
  return introPattern.test(text.slice(Math.max(0, open - 40), open)) || nounPattern.test(text.slice(after, after + 24).replace(/^\s+/, ''));
}
