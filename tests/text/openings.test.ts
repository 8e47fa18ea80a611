import { describe, expect, test } from 'vitest';
import { openingCode } from '../../src/text/openings.js';

describe('openingCode', () => {
  test('folds ASCII capitals, so a phrase and its lower-cased key open alike', () => {
    expect(openingCode('Harbour Gazette')).toBe(openingCode('harbour gazette'));
    expect(openingCode('Harbour Gazette')).not.toBe(openingCode('Ferry Post'));
  });

  test('reads only text[from, to), padding a span shorter than three', () => {
    const text = 'the Ox Bridge';
    expect(openingCode(text, 4, 6)).toBe(openingCode('ox'));
    expect(openingCode(text, 4, 6)).not.toBe(openingCode('oxb'));
  });

  test('a space, a control character or a non-ASCII character among the three gives -1 (always looked up)', () => {
    expect(openingCode('Le Monde')).toBe(-1);
    expect(openingCode('Le\tMonde')).toBe(-1);
    expect(openingCode('Île Courier')).toBe(-1);
    expect(openingCode('Zoning Board')).toBeGreaterThanOrEqual(0);
  });
});
