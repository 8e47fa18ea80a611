import { describe, expect, it } from 'vitest';
import { givesWordsTo } from '../../src/quotes/given-to.js';

describe('givesWordsTo', () => {
  it('takes a verb of telling alone', () => {
    expect(givesWordsTo('told', 'she')).toBe(true);
  });

  it('takes "to"/"with" after a word of an interview', () => {
    expect(givesWordsTo('to', 'speaking')).toBe(true);
    expect(givesWordsTo('with', 'interview')).toBe(true);
  });

  it('takes "to" after words sent in writing: "a statement to", "an email to"', () => {
    expect(givesWordsTo('to', 'statement')).toBe(true);
    expect(givesWordsTo('to', 'email')).toBe(true);
    expect(givesWordsTo('with', 'statement')).toBe(false);
  });

  it('takes a two-word venue phrase ending in the lead: "comments to", "remarks to"', () => {
    expect(givesWordsTo('to', 'comments')).toBe(true);
    expect(givesWordsTo('to', 'remarks')).toBe(true);
    expect(givesWordsTo('with', 'comments')).toBe(false);
  });

  it('refuses "to" after a verb with no interview in it', () => {
    expect(givesWordsTo('to', 'returned')).toBe(false);
    expect(givesWordsTo('to', 'complained')).toBe(false);
  });

  it('refuses any other word', () => {
    expect(givesWordsTo('by', 'interview')).toBe(false);
  });
});
