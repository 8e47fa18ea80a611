import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

const reports = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue]);

describe('a refusal reports no words: "declined to comment on that report", "refused to withdraw a claim that …"', () => {
  test('a determiner "that" after a refused comment opens no clause', () => {
    expect(reports('A league spokeswoman declined to comment on that ruling.')).toEqual([]);
    expect(reports('Ossian Marr refused to comment on that report on Tuesday.')).toEqual([]);
  });

  test('a refused act on a statement made before gives no words now', () => {
    expect(reports('The striker was dropped after he refused to withdraw a claim that the coach had lied.')).toEqual([]);
    expect(reports('Councillor Pell declined to repeat the allegation.')).toEqual([]);
    expect(reports('Pell refused to retract his statement about the harbour.')).toEqual([]);
  });

  test('negative: a that-clause of its own and a stance refused stay reports', () => {
    const text = 'Ossian Marr refused to confirm that the club would be sold.';
    expect(quote(text, 'the club')).toMatchObject({ type: 'indirect', text: 'the club would be sold', start: 36, end: 58, speaker: 'Ossian Marr', cue: 'confirm', outlet: null });
    expect(reports('Pell refused to endorse the claims process.')).toEqual([['indirect', 'to endorse the claims process', 'Pell', 'refused']]);
  });
});
