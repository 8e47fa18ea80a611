import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('an -ing form after a possessive is a noun, no cue ("stood by its reporting")', () => {
  test('"its reporting and would …" inside a report gives one report, not a second with cue "reporting"', () => {
    const text = 'Hema Varadan said the weekly stood by its reporting and would fight the lawsuit.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({
      type: 'indirect', text: 'the weekly stood by its reporting and would fight the lawsuit', start: at(text, 'the weekly'), end: text.length - 1,
      speaker: 'Hema Varadan', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    })]);
  });

  test('"her writing and said …" keeps only the report the verb makes', () => {
    const text = 'Ines Corva defended her writing and said the column was fair.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ type: 'indirect', text: 'the column was fair', start: at(text, 'the column'), speaker: 'Ines Corva', cue: 'said' })]);
  });

  test('near miss: "his saying that …" still reports what he said', () => {
    const text = 'Aides recalled his saying that the vote had been close.';
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ type: 'indirect', text: 'the vote had been close', cue: 'saying' }));
  });
});
