import { describe, expect, test } from 'vitest';
import { isQuantifierReadAsModifier, isStandaloneQuantifier } from '../../src/lexicon/standalone-quantifiers.js';
import { readDataFile } from '../../src/lexicon/data-file.js';

describe('data/standalone-quantifiers.json', () => {
  test('a quantifier alone as a subject; only some are misread as modifiers', () => {
    expect(isStandaloneQuantifier('both')).toBe(true);
    expect(isQuantifierReadAsModifier('both')).toBe(false);
    expect(isStandaloneQuantifier('none')).toBe(true);
    expect(isQuantifierReadAsModifier('none')).toBe(true);
    expect(isStandaloneQuantifier('they')).toBe(false);
  });

  test('every quantifier read as a modifier is one of the standalone quantifiers', () => {
    const file = readDataFile<Record<string, string[]>>('standalone-quantifiers.json');
    for (const word of file.read_as_modifiers!) expect(file.words).toContain(word);
  });
});
