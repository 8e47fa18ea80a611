import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('"according to" a document put out by a body', () => {
  test('"according to results released Monday by X": X is the speaker', () => {
    const text = 'The Harbour Party won the most seats, according to final results released Monday by the State Election Board.';
    const content = 'The Harbour Party won the most seats';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: content, start: 0, end: content.length, speaker: 'State Election Board', speaker_kind: 'organization', cue: 'according to', cue_start: at(text, 'according'), outlet: null },
    ]);
  });

  test('… not a document with no publisher named: the document stays the source', () => {
    const text = 'The Harbour Party won the most seats, according to final results released Monday.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'The Harbour Party won the most seats', speaker_mention: 'final results released Monday', cue: 'according to' }]);
  });
});

describe('a rendering of someone else\'s words put out by a body gives that body no words', () => {
  test('"According to a transcript released by the court, CLAUSE": the transcript stays the source', () => {
    const text = 'According to a transcript released by the Harlow County court, the witness admitted the loan.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'the witness admitted the loan', start: at(text, 'the witness'), type: 'indirect', speaker_mention: 'a transcript', cue: 'According to' })]);
  });
});

describe('the body that put out a document, read with care', () => {
  test('a pollster named only by its name is an organisation, not a person', () => {
    const text = 'Turnout will fall, according to a poll released on Friday by Civic Pulse, a research group.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'Turnout will fall', start: 0, type: 'indirect', speaker: 'Civic Pulse', speaker_kind: 'organization', cue: 'according to' })]);
  });

  test('negative: a document that names its author first keeps that source ("a Harbour Watch report released by the mayor\'s office")', () => {
    const text = 'The pier is unsafe, according to a Harbour Watch report released by the mayor\'s office.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'The pier is unsafe', type: 'indirect', speaker_mention: 'a Harbour Watch report', cue: 'according to' })]);
  });
});
