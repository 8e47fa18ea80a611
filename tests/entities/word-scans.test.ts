// The outlet stage finds words by indexOf scans instead of regexes run over the whole article. Each scan
// must agree with the regex it replaced, which the tests below keep as the reference.
import { describe, expect, test } from 'vitest';
import { capitalisedWords, mayStandIn, usedAsSurname } from '../../src/entities/outlet-mentions.js';
import { genderOfFirstName } from '../../src/nlp/names.js';
import { wholeWordOffsets } from '../../src/text/boundaries.js';

const regexSurname = (text: string, word: string): boolean => {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+)\s+${word}(?![\p{L}\p{N}])`, 'gu'))) if (genderOfFirstName(m[1]!) !== 'unknown') return true;
  return false;
};
const regexOffsets = (text: string, word: string): number[] =>
  [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}])`, 'gu'))].map((m) => m.index!);

const TEXTS = [
  'The Ledger ran it first, and Maria Ledger said so.',
  'Ledger said nothing.\nMaria\n\tLedger\u00a0replied.',
  'A ledger, the Ledgers and LedgerCo are not it; Ledger2 neither.',
  'Maria Ledger Ledger and Ledger Ledger: the word repeated.',
  'John Ledger Ledger Ledger.',
  // The regex's second match would need the first one's word as its capital: it is never tried.
  'Ledger Maria Maria.',
  'McMaria Ledger, ÉMaria Ledger, ßLedger, 𝐀maria Ledger, Maria 𝐀Ledger.',
  'Ledger',
  '',
  'Peter  Ledger; Ana\u2003Ledger; Ana-Ledger; Ana,Ledger.',
];

describe('word scans agree with the regexes they replaced', () => {
  test('usedAsSurname', () => {
    for (const text of TEXTS) {
      for (const word of ['Ledger', 'Ledgers', 'Maria', 'Said', 'LEDGER']) expect(usedAsSurname(text, word), `${word} in ${text}`).toBe(regexSurname(text, word));
    }
    expect(usedAsSurname(TEXTS[0]!, 'Ledger')).toBe(true);
    expect(usedAsSurname('The Ledger ran it first.', 'Ledger')).toBe(false);
    expect(usedAsSurname('Ledger Maria Maria.', 'Maria')).toBe(false);
  });

  test('wholeWordOffsets', () => {
    for (const text of TEXTS) {
      for (const word of ['Ledger', 'Ana', 'Maria', 'A', 'Ledger.', '(Ledger)']) expect(wholeWordOffsets(text, word), `${word} in ${text}`).toEqual(regexOffsets(text, word));
    }
  });

  test('mayStandIn never rules out a name the gazetteer loop would find', () => {
    const texts = [
      ...TEXTS,
      'She wrote for the Harbour Evening Post2 and the Harbour Evening Post.',
      'XHarbour Evening Post, ÉHarbour Evening Post; Harbour Evening Posts',
      'Harbour Évening Post and Harbour Evening Post—and (Harbour Evening Post)',
      'the Lake Ledger Weekly',
    ];
    const names = ['Harbour Evening Post', 'Lake Ledger Weekly', 'Ledger Weekly', 'U.S. Ledger', 'The Ledger', 'Ledger Ledger'];
    const boundary = /[\p{L}\p{N}]/u;
    for (const text of texts) {
      const words = capitalisedWords(text);
      for (const name of names) {
        let found = false;
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
          if (!boundary.test(text[i - 1] ?? ' ') && !boundary.test(text[i + name.length] ?? ' ')) found = true;
        }
        if (found) expect(mayStandIn(words, name), `${name} in ${text}`).toBe(true);
      }
    }
    expect(mayStandIn(capitalisedWords('A harbour evening post.'), 'Harbour Evening Post')).toBe(false);
  });
});
