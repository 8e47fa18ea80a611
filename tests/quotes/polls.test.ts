import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

describe('a standing measured in a poll: "CLAUSE in a POLL."', () => {
  test('the poll closing the sentence reports the clause before "in"', () => {
    const text = 'The race is close.\n\nBut Reed slipped to 10 points in the latest Ledger/Harbor poll released Wednesday.';
    expect(quote(text, 'But Reed slipped')).toMatchObject({
      type: 'indirect', text: 'But Reed slipped to 10 points', start: at(text, 'But Reed slipped'),
      speaker_mention: 'the latest Ledger/Harbor poll released Wednesday', cue: 'in', cue_start: at(text, 'in the latest'),
    });
  });

  test('a fronted clause is left out of the finding', () => {
    const text = 'The race is close.\n\nThough she trails nationally, Ann Moss leads among older voters in two recent surveys.';
    expect(quote(text, 'Ann Moss leads')).toMatchObject({ type: 'indirect', text: 'Ann Moss leads among older voters', cue: 'in' });
  });

  test('"in the polls", a poll named mid-sentence, or a phrase running on past the poll report nothing', () => {
    expect(indirect('The race is close.\n\nReed has struggled for months in the polls.')).toEqual([]);
    expect(indirect('The race is close.\n\nReed rose in a Ledger poll and then fell again.')).toEqual([]);
    expect(indirect('The race is close.\n\nReed spent the day on a rival who trails him in the polls: Tom Hale.')).toEqual([]);
  });
});
