import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('a place word and a participle after a closing "NAME said" is no reported content', () => {
  test('"said ringside, wiping her face" leaves the direct quote alone', () => {
    const text = '“We never stopped believing,” Tamsin Reyes said ringside, wiping her face.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker, q.cue, q.outlet])).toEqual([
      ['direct', 'We never stopped believing,', 1, 28, 'Tamsin Reyes', 'said', null],
    ]);
  });

  test('"said trackside, still catching his breath"', () => {
    const text = '“The tyres went in the last ten laps,” Ollie Brandt said trackside, still catching his breath.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue])).toEqual([
      ['direct', 'The tyres went in the last ten laps,', 'Ollie Brandt', 'said'],
    ]);
  });

  test('near miss: a clause with a finite verb after the comma still reports', () => {
    const text = 'Reyes said Friday the contract, signed in May, was void.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker, q.cue])).toEqual([
      ['indirect', 'the contract, signed in May, was void', 18, 'Reyes', 'said'],
    ]);
  });
});
