import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// "confirmed the figure with two nurses, one of whom said …": a cue's object that is a noun phrase with a
// relative clause on it reports nothing; the relative's own cue reports its clause.
describe('a noun-phrase object with a relative clause on it', () => {
  test('"one of whom said" reports, the object does not', () => {
    const text = 'The Courier checked the totals with three clerks, one of whom said the ledgers had been altered twice.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the ledgers')).toMatchObject({
      type: 'indirect', text: 'the ledgers had been altered twice', start: at(text, 'the ledgers'),
      speaker_mention: 'one of whom', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('a "who" clause on the object', () => {
    const text = 'The Courier confirmed the totals with two clerks, who said the ledgers had been altered.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the ledgers had been altered']);
  });

  test('near miss: a clause with its own verb before the relative stays a report', () => {
    const text = 'The Courier confirmed the totals came from three clerks, one of whom said the ledgers had been altered.';
    expect(quote(text, 'the totals')).toMatchObject({ type: 'indirect', text: 'the totals came from three clerks, one of whom said the ledgers had been altered', speaker_mention: 'Courier', cue: 'confirmed' });
  });

  test('near miss: a relative clause closed by a comma leaves the subject its verb', () => {
    const text = 'Officials said the clerks, who had left, would testify.';
    expect(quote(text, 'the clerks')).toMatchObject({ type: 'indirect', text: 'the clerks, who had left, would testify', speaker_mention: 'Officials', cue: 'said' });
  });
});
