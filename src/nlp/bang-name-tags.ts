import type { Token } from '../types.js';

/**
 * Tags for a name written with "!" ("Hello!", "Yahoo!", "E! News"): the tagger reads "Hello" as an
 * interjection and the "!" as punctuation, so a subject holding the name ("The publisher of Hello! said …")
 * broke at it and the report lost its speaker. A capitalised interjection before a name's "!" (`bangs`,
 * offsets from text/bang-names.ts) or after a preposition or an article ("the editor of Hello said") is a
 * proper noun; the name's "!" is part of the name.
 */
export function retagBangNames(tokens: Token[], bangs: ReadonlySet<number>): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '!' && bangs.has(t.start)) {
      t.pos = 'PROPN';
      continue;
    }
    if (t.pos !== 'INTJ' || !/^\p{Lu}/u.test(t.text)) continue;
    const next = tokens[k + 1];
    const bangAfter = !!next && next.text === '!' && next.start === t.end && bangs.has(next.start);
    const prev = tokens[k - 1];
    const afterArticleOrPreposition = !!prev && (prev.pos === 'ADP' || prev.pos === 'DET') && !/^\p{Lu}/u.test(prev.text);
    if (bangAfter || afterArticleOrPreposition) t.pos = 'PROPN';
  }
}
