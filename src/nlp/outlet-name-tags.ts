import type { Token } from '../types.js';
import { retagged } from './retagged.js';
import { outletNameVariants } from '../lexicon/outlets.js';

// Known outlet names of several words (the gazetteer's, read once by lexicon/outlets) by each word they hold, with where it first
// stands in the name: one look-up per capitalised foreign-tagged token instead of a pass over every name.
let outletsByWord: Map<string, { words: string[]; at: number }[]> | undefined;

function multiWordOutletsByWord(): Map<string, { words: string[]; at: number }[]> {
  if (outletsByWord) return outletsByWord;
  outletsByWord = new Map();
  for (const v of outletNameVariants()) {
    const words = v.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of new Set(words)) {
      const list = outletsByWord.get(w) ?? [];
      list.push({ words, at: words.indexOf(w) });
      outletsByWord.set(w, list);
    }
  }
  return outletsByWord;
}

/**
 * "Pro Football Talk reported …": the tagger reads a capitalised word of a known outlet name as a foreign
 * word ("Pro" as Latin "pro"), so the name run lost it. Inside a known outlet name written out in full, such
 * a word is part of the name. So is a capitalised word it reads as a verb ("Rolling Stone quoted …": "Rolling" as
 * a participle, leaving "Stone" to be read as a surname), or as an adverb ("According to Opera Now, …": "Now"
 * opened the clause and left "Opera" a person).
 */
export function retagForeignWordsInOutletNames(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'X' && t.pos !== 'VERB' && t.pos !== 'ADV') || !/^\p{Lu}/u.test(t.text)) continue;
    for (const { words, at } of multiWordOutletsByWord().get(t.text) ?? []) {
      if (i - at < 0 || i - at + words.length > tokens.length) continue;
      if (!words.every((w, k) => tokens[i - at + k]!.text === w)) continue;
      tokens[i] = retagged(t, 'PROPN', t.normal);
      break;
    }
  }
}
