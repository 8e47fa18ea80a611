import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"demanding one that has …": a relative clause on the pronoun "one", no report', () => {
  test('no report with cue "demanding"; the said-report keeps its own cue', () => {
    const text = 'Moreau said he would not release a new cut, despite a campaign demanding one that has gathered more than 80,000 signatures.';
    expect(quotesOf(text).filter((q) => q.cue === 'demanding')).toHaveLength(0);
    const q = quote(text, 'he would');
    expect(q).toMatchObject({ type: 'indirect', speaker: 'Moreau', cue: 'said', outlet: null });
    expect(q.start).toBe(at(text, 'he would'));
  });

  test('no report either when the phrase opens its own sentence ("A petition demanding one that …")', () => {
    const text = 'A petition demanding one that has drawn 9,000 names was delivered on Friday.';
    expect(quotesOf(text).filter((q) => q.cue === 'demanding')).toHaveLength(0);
  });

  test('near miss: "demanding that …" still reports', () => {
    const text = 'A campaign group is demanding that the studio restore the original ending.';
    expect(quote(text, 'the studio')).toMatchObject({ text: 'the studio restore the original ending', type: 'indirect', cue: 'demanding' });
  });
});
