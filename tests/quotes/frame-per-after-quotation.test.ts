import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

// "per" counts as a source phrase only where it opens a clause; after words quoted with the comma
// inside the closing mark ("“…,” per the bylaws"), that comma opens the clause as it does outside.
describe('"“…,” per SOURCE": the source after a quotation closed on a comma', () => {
  test('a person named after "per" speaks the partial quote', () => {
    const text = 'Members may not vote by proxy when choosing “a replacement for the departed treasurer,” per Mayor Lina Ostrava.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'a replacement for the departed treasurer,', start: text.indexOf('a replacement'),
      speaker: 'Lina Ostrava', speaker_mention: 'Lina Ostrava', speaker_start: text.indexOf('Lina'), cue: 'per', outlet: null,
    }]);
  });

  test('written rules named after "per" are the partial quote\'s source', () => {
    const text = 'Deputies must step aside “when a conflict of interest arises,” per the county charter.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'when a conflict of interest arises,', speaker: null,
      speaker_mention: 'the county charter', speaker_start: text.indexOf('the county'), cue: 'per',
    }]);
  });

  test('"per" before a bare noun is a rate, not a source', () => {
    const text = 'Tickets cost “ten dollars,” per person, Ada Kim said.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'ten dollars,', speaker: 'Ada Kim', cue: 'said' }]);
  });

  test('"per" after a quotation closed without a comma is not read as a source', () => {
    const text = 'The fee is set “per household” and Ada Kim called it “fair.”';
    const fee = quotesOf(text).find((q) => q.text === 'per household');
    expect(fee?.cue).not.toBe('per');
  });
});
