import { describe, expect, test } from 'vitest';
import { utf8Join } from '../../src/export/utf8-join.js';

describe('utf8Join', () => {
  test('gives the bytes of the joined string, for characters of one to four bytes', () => {
    const pieces = ['Mara Okafor said ', '“the pier reopens”', ' 港 ', '😀', '', 'Port Elwin\n'];
    expect(utf8Join(pieces).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  test('a surrogate pair split between two pieces still encodes as the one character', () => {
    const pieces = ['Harbour Board ', '\ud83d', '\ude00', ' vote'];
    expect(utf8Join(pieces).toString('utf8')).toBe('Harbour Board 😀 vote');
  });

  test('a lone surrogate encodes as the replacement character, as in the joined string', () => {
    const pieces = ['a\udc00', 'b'];
    expect(utf8Join(pieces).equals(Buffer.from('a\ufffdb', 'utf8'))).toBe(true);
  });
});
