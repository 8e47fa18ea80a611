import { describe, expect, test } from 'vitest';
import { isAppositionOnlyOutletKind, isNewsQualifier, isOutletKindAlsoPersonJob, isShopOutletKind } from '../../src/lexicon/outlet-kind-words.js';

describe('data/outlet-kind-words.json', () => {
  test('a kind that names an outlet only with a name after it; a kind that is also a job', () => {
    expect(isAppositionOnlyOutletKind('channel')).toBe(true);
    expect(isAppositionOnlyOutletKind('newspaper')).toBe(false);
    expect(isOutletKindAlsoPersonJob('broadcaster')).toBe(true);
    expect(isOutletKindAlsoPersonJob('channel')).toBe(false);
  });
});

describe('data/outlet-kind-words.json shop kinds', () => {
  test('"outlet" is also a shop\'s kind; "entertainment" and "news" make it a medium', () => {
    expect(isShopOutletKind('outlet')).toBe(true);
    expect(isShopOutletKind('newspaper')).toBe(false);
    expect(isNewsQualifier('entertainment')).toBe(true);
    expect(isNewsQualifier('factory')).toBe(false);
  });
});
