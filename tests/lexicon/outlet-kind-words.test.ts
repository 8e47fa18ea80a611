import { describe, expect, test } from 'vitest';
import { isAppositionOnlyOutletKind, isOutletKindAlsoPersonJob } from '../../src/lexicon/outlet-kind-words.js';

describe('data/outlet-kind-words.json', () => {
  test('a kind that names an outlet only with a name after it; a kind that is also a job', () => {
    expect(isAppositionOnlyOutletKind('channel')).toBe(true);
    expect(isAppositionOnlyOutletKind('newspaper')).toBe(false);
    expect(isOutletKindAlsoPersonJob('broadcaster')).toBe(true);
    expect(isOutletKindAlsoPersonJob('channel')).toBe(false);
  });
});
