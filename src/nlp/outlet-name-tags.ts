import { readFileSync } from 'node:fs';
import type { Token } from '../types.js';
import { retagged } from './retagged.js';

// Known outlet names of several words (data/outlets.json), as lists of words.
let outletWords: string[][] | undefined;

function multiWordOutlets(): string[][] {
  if (outletWords) return outletWords;
  const outlets = JSON.parse(readFileSync(new URL('../../data/outlets.json', import.meta.url), 'utf8')) as { outlets: { name: string; aliases: string[] }[] };
  outletWords = [];
  for (const o of outlets.outlets) for (const v of [o.name, ...o.aliases]) {
    const words = v.split(/\s+/);
    if (words.length > 1) outletWords.push(words);
  }
  return outletWords;
}

/**
 * "Pro Football Talk reported …": the tagger reads a capitalised word of a known outlet name as a foreign
 * word ("Pro" as Latin "pro"), so the name run lost it. Inside a known outlet name written out in full, such
 * a word is part of the name.
 */
export function retagForeignWordsInOutletNames(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'X' || !/^\p{Lu}/u.test(t.text)) continue;
    for (const words of multiWordOutlets()) {
      const at = words.indexOf(t.text);
      if (at < 0 || i - at < 0 || i - at + words.length > tokens.length) continue;
      if (!words.every((w, k) => tokens[i - at + k]!.text === w)) continue;
      tokens[i] = retagged(t, 'PROPN', t.normal);
      break;
    }
  }
}
