// The outlet stage finds words by indexOf scans instead of regexes run over the whole article. Each scan
// must agree with the regex it replaced, which the tests below keep as the reference.
import { describe, expect, test } from 'vitest';
import { usedAsSurname } from '../../src/entities/outlet-mentions.js';
import { genderOfFirstName } from '../../src/nlp/names.js';
import { firstWordRun, wholeWordOffsets, wordRuns } from '../../src/text/boundaries.js';

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

  test('a phrase found between word boundaries opens with one of the text\'s word runs', () => {
    const phrases = ['Maria Ledger', 'Ledger Ledger', 'Ana', 'Ana-Ledger', 'Ledger2 neither', 'Ledger.', '𝐀maria Ledger', 'the word'];
    for (const text of TEXTS) {
      for (const digits of [true, false]) {
        const runs = wordRuns(text, digits);
        for (const phrase of phrases) {
          const boundary = digits ? /[\p{L}\p{N}]/u : /\p{L}/u;
          const found = [...text.matchAll(new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].some((m) => !boundary.test(text[m.index! - 1] ?? ' ') && !boundary.test(text[m.index! + phrase.length] ?? ' '));
          // A phrase opening with no word character ('' here) is never ruled out.
          const first = firstWordRun(phrase, digits);
          if (found && first) expect(runs.has(first), `${phrase} in ${text}`).toBe(true);
        }
      }
    }
    expect(wordRuns('Ledger2 and 𝐀maria', true)).toEqual(new Set(['Ledger2', 'and', 'maria']));
    expect(wordRuns('Ledger2 and 𝐀maria', false)).toEqual(new Set(['Ledger', 'and', 'maria']));
  });
});
