import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const BODY = '\n\nThe harbour board met on Tuesday in Port Elwin. Dana Okafor, the harbour master, spoke for an hour about the ferries.';

describe('a headline verb with a noun object reports no clause', () => {
  test('a word tagged as a verb right after a preposition belongs to its noun phrase', () => {
    for (const line of [
      'Harbour Survey Finds Ferry Fares Rising Faster Than Expected',
      'Okafor Apologizes to Pilots but Denies Fraud at Collapsed Ferry Firm',
    ]) {
      expect(quotesOf(line + BODY).filter((q) => q.start < line.length)).toEqual([]);
    }
  });

  test('a base form closing a preposition\'s noun phrase is a noun: "… in her harbour address"', () => {
    const line = 'Mayor Okafor promises free bus travel in her State of the Harbour address';
    expect(quotesOf(line + BODY).filter((q) => q.start < line.length)).toEqual([]);
  });

  test('the verbs of a quotation after a colon make no clause of the object before it', () => {
    const line = 'Dana Okafor announces retirement in farewell letter: "It is time"';
    expect(quotesOf(line + BODY).filter((q) => q.start < line.length)).toEqual([]);
  });

  test('near miss: a clause after the verb is still reported', () => {
    const text = 'Harbour Board Says Ferry Fares Will Rise at Busy Terminals' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Will Rise at Busy Terminals', speaker_mention: 'Harbour Board', cue: 'Says', cue_start: at(text, 'Says'), start: at(text, 'Ferry Fares'), outlet: null });
    const later = 'Okafor Says Head of the Harbour Board Will Resign' + BODY;
    expect(quote(later, 'Head of')).toMatchObject({ type: 'indirect', text: 'Head of the Harbour Board Will Resign', speaker: 'Dana Okafor', cue: 'Says', cue_start: at(later, 'Says'), start: at(later, 'Head of'), outlet: null });
  });

  test('near miss: a colon right after the verb introduces the clause it reports', () => {
    const text = 'Harbour Master Says: Ferry Fares Will Rise' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Will Rise', cue: 'Says', cue_start: at(text, 'Says'), start: at(text, 'Ferry Fares'), outlet: null });
  });

  test('near miss: a noun phrase with "of" opening the content may be the subject of its last verb', () => {
    const text = 'Harbour Police Say Driver of Ferry Van Ran' + BODY;
    expect(quote(text, 'Driver of')).toMatchObject({ type: 'indirect', text: 'Driver of Ferry Van Ran', cue: 'Say', cue_start: at(text, 'Say '), start: at(text, 'Driver of'), outlet: null });
  });
});
