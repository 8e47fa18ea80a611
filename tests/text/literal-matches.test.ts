import { describe, expect, test } from 'vitest';
import { literalMatchIn, literalMatches } from '../../src/text/literal-matches.js';
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
