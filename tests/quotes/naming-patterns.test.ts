import { describe, expect, test } from 'vitest';
import { NAMING_ADVERB, PASSIVE_BE, PASSIVE_NAMING_PARTICIPLES } from '../../src/quotes/naming-patterns.js';

describe('regex parts shared by the naming patterns', () => {
  const passive = new RegExp(String.raw`\b${PASSIVE_BE}\s+${NAMING_ADVERB}${PASSIVE_NAMING_PARTICIPLES}\s*$`, 'iu');

  test('a passive naming verb, with or without an adverb before it', () => {
    expect(passive.test('the old ferry was called ')).toBe(true);
    expect(passive.test('the lane is widely known as ')).toBe(true);
    expect(passive.test('the pier has long been nicknamed ')).toBe(true);
  });

  test('not an active naming verb, nor two adverbs', () => {
    expect(passive.test('the boatmen called ')).toBe(false);
    expect(passive.test('the lane is still widely known as ')).toBe(false);
  });
});
