import { describe, expect, test } from 'vitest';
import { plural } from '../src/plural.js';

describe('a count with its noun in the right number', () => {
  test('one is singular; none and several are plural', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(2, 'quote')).toBe('2 quotes');
  });

  test('a noun whose plural is not the singular plus "s" names it', () => {
    expect(plural(1, 'batch', 'batches')).toBe('1 batch');
    expect(plural(3, 'batch', 'batches')).toBe('3 batches');
  });
});
