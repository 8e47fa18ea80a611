import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('a clause of time or contrast after ", SPEAKER CUE [time]," is no part of the content', () => {
  test('"A, the firm announced on Monday, as staff complained about B" reports A only', () => {
    const text = 'The bakery chain will close its northern branches by spring, the firm announced on Monday, as staff complained about late wages.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker, q.speaker_start, q.cue, q.cue_start, q.outlet])).toEqual([
      ['indirect', 'The bakery chain will close its northern branches by spring', 0, 'the firm', at(text, 'the firm'), 'announced', at(text, 'announced'), null],
    ]);
  });

  test('"…, while staff …" after a time is cut the same way', () => {
    const text = 'The bakery chain will close its northern branches by spring, the firm announced on Monday, while staff complained about late wages.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['The bakery chain will close its northern branches by spring', 'the firm', 'announced'],
    ]);
  });

  test('negative: a "when" clause after a parenthetical frame goes on with what was said', () => {
    const text = 'The merger stalled, the banker said, when the regulator asked for new filings.';
    expect(quotesOf(text).map((q) => [q.text, q.start, q.speaker, q.cue])).toEqual([
      ['The merger stalled, the banker said, when the regulator asked for new filings', 0, null, 'said'],
    ]);
  });

  test('negative: "A, the firm said on Monday." keeps A as before', () => {
    const text = 'The bakery chain will close its northern branches by spring, the firm said on Monday.';
    expect(quotesOf(text).map((q) => [q.text, q.start, q.speaker, q.cue])).toEqual([
      ['The bakery chain will close its northern branches by spring', 0, 'the firm', 'said'],
    ]);
  });
});

describe('a measured interval and "after|before" after ", SPEAKER CUE [time]," dates the frame, no part of the content', () => {
  test('"A, the studio confirmed on Friday, days after B" reports A', () => {
    const text = 'Tom Reyes has quit the quiz show, the studio confirmed on Friday, days after the final drew 300 complaints.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker_mention, q.cue, q.cue_start])).toEqual([
      ['indirect', 'Tom Reyes has quit the quiz show', 0, at(text, ', the studio'), 'the studio', 'confirmed', at(text, 'confirmed')],
    ]);
  });

  test('"A, Harbour Radio said, two weeks after B" reports A, speaker the station', () => {
    const text = 'Tom Reyes has quit the quiz show, Harbour Radio said, two weeks after the final drew 300 complaints.';
    expect(quotesOf(text).map((q) => [q.text, q.start, q.speaker_mention, q.cue])).toEqual([
      ['Tom Reyes has quit the quiz show', 0, 'Harbour Radio', 'said'],
    ]);
  });

  test('negative: a bare "after" clause is left as before, as "when" is', () => {
    const text = 'The merger stalled, the banker said, after the regulator asked for new filings.';
    expect(quotesOf(text).map((q) => [q.text, q.start, q.cue])).toEqual([
      ['The merger stalled, the banker said, after the regulator asked for new filings', 0, 'said'],
    ]);
  });
});
