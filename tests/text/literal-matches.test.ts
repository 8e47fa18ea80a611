import { describe, expect, test } from 'vitest';
import { CAPITALISED_WORD_BEFORE, NO_LETTER_AFTER as NO_LETTER_OR_HYPHEN_AFTER, NO_LETTER_BEFORE, NO_NAME_WORD_AFTER, WORD_BOUNDARY, literalMatchIn, literalMatches } from '../../src/text/literal-matches.js';
import { regExpLiteral } from '../../src/text/regexp-literal.js';

const GIVEN_NAME_BEFORE = /(?<=(?<![\p{L}.])((\p{Lu}[\p{Ll}'’-]+)\s+))/uy;
const NO_LETTER_AFTER = /(?![\p{L}])/uy;

/** What the global pattern built for the name finds: start, end and the given name. */
function byPattern(text: string, name: string): [number, number, string][] {
  const re = new RegExp(`(?<![\\p{L}.])(\\p{Lu}[\\p{Ll}'’-]+)\\s+${regExpLiteral(name)}(?![\\p{L}])`, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length, m[1]!]);
}

function byLookup(text: string, name: string): [number, number, string][] {
  return [...literalMatches(text, name, GIVEN_NAME_BEFORE, NO_LETTER_AFTER)].map((m) => [m.start, m.end, m.before![2]!]);
}

describe('literalMatches: a name looked up, with the words before and after it a pattern asks for', () => {
  test('each full name ending in the surname, with its given name and offsets', () => {
    const text = 'Rachel Dunmore won. Later Tom Dunmore spoke; Dunmore left, and Ana Dunmores stayed.';
    expect(byLookup(text, 'Dunmore')).toEqual([[0, 14, 'Rachel'], [26, 37, 'Tom']]);
  });

  test('the same matches as the pattern built for the name, overlapping ones left out as a global pattern leaves them', () => {
    for (const [text, name] of [
      ['Rachel Dunmore won. Later Tom Dunmore spoke.', 'Dunmore'],
      ['Baker Baker Baker', 'Baker'],
      ['Mr. Ray Ray said, and Ann  Ray\tRay agreed', 'Ray'],
      ['J.Ray and Ola Ray-Smith and Ola Ray', 'Ray'],
    ] as const) expect(byLookup(text, name)).toEqual(byPattern(text, name));
  });

  test('near miss: a name with no capitalised word right before it, or a letter right after, is no match', () => {
    expect(byLookup('the dunmore case, and Dunmore said', 'Dunmore')).toEqual([]);
    expect(byLookup('Rachel Dunmores said', 'Dunmore')).toEqual([]);
  });

  test('literalMatchIn: whether any match is written, with no pattern before or after', () => {
    expect(literalMatchIn('Ana Ruiz said', 'Ruiz', GIVEN_NAME_BEFORE, null)).toBe(true);
    expect(literalMatchIn('Ruiz said', 'Ruiz', GIVEN_NAME_BEFORE, null)).toBe(false);
    expect(literalMatchIn('Ruiz said', 'Ruiz', null, NO_LETTER_AFTER)).toBe(true);
  });
});

describe('the shared boundaries, one of each (given to literalMatches as `before` and `after`)', () => {
  test('CAPITALISED_WORD_BEFORE and WORD_BOUNDARY: a surname after a given name, ending a word', () => {
    expect(literalMatchIn('Later Dana Okonkwo spoke.', 'Okonkwo', CAPITALISED_WORD_BEFORE, WORD_BOUNDARY)).toBe(true);
    expect([...literalMatches('Dana Okonkwo and Okonkwo Media', 'Okonkwo', CAPITALISED_WORD_BEFORE, WORD_BOUNDARY)].map((m) => [m.start, m.at, m.end])).toEqual([[5, 5, 12]]);
  });

  test('near miss: a small-letter word before the name, or the name inside a longer word', () => {
    expect(literalMatchIn('the okonkwo said; Okonkwo said', 'Okonkwo', CAPITALISED_WORD_BEFORE, WORD_BOUNDARY)).toBe(false);
    expect(literalMatchIn('Dana Okonkwos said', 'Okonkwo', CAPITALISED_WORD_BEFORE, WORD_BOUNDARY)).toBe(false);
  });

  test('NO_NAME_WORD_AFTER: the name ends there, with no letter, possessive or further capitalised word after it', () => {
    expect(literalMatchIn('Meridian said on Friday', 'Meridian', null, NO_NAME_WORD_AFTER)).toBe(true);
    expect(literalMatchIn('Meridian Airways said, and Meridian’s staff agreed', 'Meridian', null, NO_NAME_WORD_AFTER)).toBe(false);
  });

  test('NO_LETTER_BEFORE and NO_LETTER_AFTER: a whole word, a hyphen joining no other word to it', () => {
    expect(literalMatchIn('the cafe opened', 'cafe', NO_LETTER_BEFORE, NO_LETTER_OR_HYPHEN_AFTER)).toBe(true);
    expect(literalMatchIn('the cafe-bar and the net-cafe and the cafes', 'cafe', NO_LETTER_BEFORE, NO_LETTER_OR_HYPHEN_AFTER)).toBe(false);
  });
});
