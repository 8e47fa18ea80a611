// A quoted name a product is sold under is no film or show: "a voice marketed as “Warm Tone 3”", "the “Warm Tone 3” voice".
import { stageAndProductWords } from './stage-and-product-words.js';
import { shortName } from './stage-context.js';
import { isKnownTitle } from './film-gazetteer.js';
import { contextWords } from '../lexicon/context-words.js';

let introPattern: RegExp | undefined;
let nounPattern: RegExp | undefined;

/**
 * Whether the quoted title opening at `open` (its mark) and closing before `after` names a product: a selling
 * phrase right before it (data/stage-and-product-words.json product_intro) or a product noun right after it
 * (product_after_title; not "voice cast", "voice actor", a film's people). Only a short quotation can be a name.
 */
export function namesProduct(text: string, open: number, after: number): boolean {
  introPattern ??= new RegExp(String.raw`(?<![\p{L}\d-])(?:${stageAndProductWords('product_intro').join('|')})[\s,]*$`, 'iu');
  nounPattern ??= new RegExp(String.raw`^[”"’']?\s*(?:${stageAndProductWords('product_after_title').join('|')})(?![\p{L}\d-])(?!\s+(?:${contextWords('film_people_after_product_noun').join('|')})\b)`, 'iu');
  // (A quoted sentence is speech, not a product's name: its names stay people's.)
  const inner = text.slice(open + 1, after - 1);
  if (!shortName(inner)) return false;
  if (!introPattern.test(text.slice(Math.max(0, open - 40), open)) && !nounPattern.test(text.slice(after, after + 24).replace(/^\s+/, ''))) return false;
  // A film's merchandise keeps the film's name: "the “Frozen” range" is a known film's, and so is a title the
  // article calls a film elsewhere ("the sequel “Copper Fox 2”").
  return !isKnownTitle(inner.replace(/[,.]$/u, '')) && !calledAFilm(text, inner.replace(/[,.]$/u, ''));
}

/** Whether the article names `title` in quotation marks right after a screen word: "the film “…”", "the sequel, “…”". */
function calledAFilm(text: string, title: string): boolean {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\p{L}-])(?:${contextWords('screen_word_before_title').join('|')})[\s,]+[“"‘]${escaped}[,.]?[”"’]`, 'iu').test(text);
}
