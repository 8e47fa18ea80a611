import { describe, expect, test } from 'vitest';
import { startsWithCapital } from '../../src/text/boundaries.js';

describe('startsWithCapital', () => {
  test('answers as /^\\p{Lu}/u does, ASCII and beyond', () => {
    for (const word of ['Harbour', 'ferry', '', '9th', 'Ørsted', 'écluse', 'Ďurica', '𝐀lpha', '(Dock', 'İzmir', 'ß']) {
      expect(startsWithCapital(word)).toBe(/^\p{Lu}/u.test(word));
    }
  });
});
