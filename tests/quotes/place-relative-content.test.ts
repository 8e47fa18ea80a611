import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('", where …" after the place of speaking is no content of the cue', () => {
  test('the quotation keeps its speaker; the where-clause is no indirect quote', () => {
    const text = '“We were lucky,” Brandt said in the hangar, where she signed a stack of posters.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker, q.speaker_start, q.cue, q.outlet])).toEqual([
      ['direct', 'We were lucky,', 1, 'Brandt', at(text, 'Brandt'), 'said', null],
    ]);
  });

  test('near miss: "said where …" with no comma still reports', () => {
    const text = 'Ortiz said where the money had gone.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker, q.cue])).toEqual([
      ['indirect', 'where the money had gone', at(text, 'where'), 'Ortiz', 'said'],
    ]);
  });

  test('near miss: a report in a where-clause of its own stays', () => {
    const text = 'Hale spoke to reporters in the lobby, where she said the vote would be close.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker_mention, q.cue])).toEqual([
      ['indirect', 'the vote would be close', at(text, 'the vote'), 'she', 'said'],
    ]);
  });
});
