import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect');

describe('what a stated attitude is about', () => {
  test('a noun phrase holds its relative clause and a possessed noun the tagger reads as a verb, not the main verb after it', () => {
    const text = 'The budget passed. Councillor Ana Reyes has been critical of the way she handled the budget.\n\nSenator Tom Brandt was critical of the mayor’s push for a new arena.\n\nSenator Ida Holm was critical of the levy and voted against the budget.';
    expect(quote(text, 'the way she')).toMatchObject({ type: 'indirect', text: 'the way she handled the budget', speaker: 'Ana Reyes', cue: 'critical of', cue_start: at(text, 'critical of the way') });
    expect(quote(text, 'the mayor’s')).toMatchObject({ type: 'indirect', text: 'the mayor’s push for a new arena', speaker: 'Tom Brandt', cue: 'critical of' });
    expect(quote(text, 'the levy')).toMatchObject({ type: 'indirect', text: 'the levy', speaker: 'Ida Holm', cue: 'critical of' });
    expect(indirect(text).some((q) => q.text.includes('voted'))).toBe(false);
  });

  test('a question word opens a clause: "critical of how …"', () => {
    const text = 'The grant ran out. Mayor Lena Voss was critical of how the agency spent the grant.';
    expect(quote(text, 'how the agency')).toMatchObject({ type: 'indirect', text: 'how the agency spent the grant', speaker: 'Lena Voss', cue: 'critical of' });
  });
});
