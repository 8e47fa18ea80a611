import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('"In a statement announcing X, …": the participle on the piece reports nothing', () => {
  test('only the bank\'s "said" report', () => {
    const text = 'In a statement announcing the merger, the bank said the deal would close in May.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker_mention, q.speaker_start, q.cue, q.outlet])).toEqual([
      ['indirect', 'the deal would close in May', at(text, 'the deal'), 'the bank', at(text, 'the bank'), 'said', null],
    ]);
  });

  test('near miss: a that-clause after the participle is still reported', () => {
    const text = 'In a letter explaining that the fund was short, the board said it would cut grants.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker_mention, q.cue])).toEqual([
      ['indirect', 'the fund was short', at(text, 'the fund'), 'a letter', 'explaining'],
      ['indirect', 'it would cut grants', at(text, 'it would'), 'the board', 'said'],
    ]);
  });
});
