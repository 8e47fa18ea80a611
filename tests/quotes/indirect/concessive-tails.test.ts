import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('", despite …" after a report is the writer\'s concession', () => {
  test('the said-report ends before ", despite"; "demanding one that …" reports nothing', () => {
    const text = 'Moreau said he would not release a new cut, despite a campaign demanding one that has gathered more than 80,000 signatures.';
    const q = quote(text, 'he would');
    expect(q).toMatchObject({ text: 'he would not release a new cut', type: 'indirect', speaker: 'Moreau', cue: 'said', outlet: null });
    expect(q.start).toBe(at(text, 'he would'));
    expect(q.end).toBe(at(text, ', despite'));
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('near miss: "despite" without a comma inside what was said stays', () => {
    const text = 'Moreau said the crowd stayed despite the rain.';
    expect(quote(text, 'the crowd')).toMatchObject({ text: 'the crowd stayed despite the rain', cue: 'said' });
  });
});
