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

  test('a stance verb after the poll phrase is the sentence\'s verb: the poll belongs to its subject', () => {
    // ("support" read as a noun made "a poll released Monday support Mayor Ada Keller" the poll's phrase.)
    expect(indirect('The race is close.\n\nFewer than half of the pilots surveyed in a poll released Monday support Mayor Ada Keller.')).toEqual([]);
    expect(indirect('The race is close.\n\nMost harbour pilots polled in a Courier survey taken in May oppose the levy.')).toEqual([]);
    // (The near miss still reports: the poll phrase runs to the sentence's end.)
    const text = 'The race is close.\n\nAda Keller gained six points in a Courier survey released Monday.';
    expect(quote(text, 'Ada Keller gained')).toMatchObject({
      type: 'indirect', text: 'Ada Keller gained six points', start: at(text, 'Ada Keller gained'),
      speaker_mention: 'a Courier survey released Monday', cue: 'in', cue_start: at(text, 'in a Courier'),
    });
  });
});
