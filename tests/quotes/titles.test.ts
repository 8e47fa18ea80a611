import { describe, expect, test } from 'vitest';
import type { Token } from '../../src/types.js';
import { splitTitle, titledName } from '../../src/quotes/titles.js';

/** Tokens of space-separated words, a lone "." glued to the word before it. */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[^\s.]+|\./g)) out.push({ text: m[0], normal: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length, pos: 'PROPN' } as Token);
  return out;
}

describe('abbreviated titles split from their full stop', () => {
  test('"Det" "." before a name reads as "Det."', () => {
    const tokens = tokensOf('Det. Oren Halvik');
    expect(splitTitle(tokens, 1)).toBe('Det.');
    expect(titledName(tokens, 2, null)).toBe(true);
  });

  test('negative: a sentence\'s full stop after an ordinary word is no title', () => {
    const tokens = tokensOf('Port Elwin. Oren Halvik');
    expect(splitTitle(tokens, 2)).toBeNull();
    expect(titledName(tokens, 3, null)).toBe(false);
  });

  test('a title word written whole counts only right before the name', () => {
    const tokens = tokensOf('Councilwoman Tiva Renkel');
    expect(titledName(tokens, 1, 'councilwoman')).toBe(true);
    expect(titledName(tokensOf('Renkel Tiva Renkel'), 1, 'councilwoman')).toBe(false);
  });
});
