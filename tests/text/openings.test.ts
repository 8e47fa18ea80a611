import { describe, expect, test } from 'vitest';
import { closingCode, endsCode, openingCode } from '../../src/text/openings.js';

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

describe('closingCode', () => {
  test('reads the last three units, ASCII capitals folded', () => {
    expect(closingCode('Harbour GAZETTE')).toBe(closingCode('harbour gazette'));
    expect(closingCode('Harbour Gazette')).toBe(closingCode('tte'));
    expect(closingCode('Harbour Gazette')).not.toBe(closingCode('Harbour Gazettes'));
  });

  test('reads only text[from, to), padding a span shorter than three in front', () => {
    const text = 'the Ox Bridge';
    expect(closingCode(text, 4, 6)).toBe(closingCode('ox'));
    expect(closingCode(text, 4, 6)).not.toBe(closingCode('Box'));
  });

  test('a space, a control character or a non-ASCII character among the three gives -1', () => {
    expect(closingCode('Pier 4 A')).toBe(-1);
    expect(closingCode('Quay Café')).toBe(-1);
    expect(closingCode('Pier\tFour')).toBeGreaterThanOrEqual(0);
    expect(closingCode('Pier Fo\tr')).toBe(-1);
    expect(closingCode('Zoning Board')).toBeGreaterThanOrEqual(0);
  });
});

describe('endsCode', () => {
  test('equal only when both the opening and the closing are', () => {
    expect(endsCode('Ferry Post')).toBe(endsCode('FERRY POST'));
    expect(endsCode('Ferry Post')).not.toBe(endsCode('Ferry Times'));
    expect(endsCode('Ferry Post')).not.toBe(endsCode('Zoning Post'));
  });

  test('-1 when either end gives -1', () => {
    expect(endsCode('Le Ferry Post')).toBe(-1);
    expect(endsCode('Ferry Post Café')).toBe(-1);
  });
});
