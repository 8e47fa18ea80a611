// A cue after "fail to" tells what was not said or agreed: no report. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { quotesOf } from '../../helpers/quotes.js';

describe('a cue after "fail to" reports nothing', () => {
  test('"after failing to agree a new contract, its owner said": one report, by the owner', () => {
    const text = 'The bakery will close in May after failing to agree a new contract, its owner said.';
    const qs = quotesOf(text);
    expect(qs.map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.start])).toEqual([['The bakery will close in May after failing to agree a new contract', 'indirect', 'its owner', 'said', 0]]);
  });

  test('"The minister failed to mention the cuts" is no report', () => {
    expect(quotesOf('The minister failed to mention the cuts in her speech.')).toEqual([]);
  });

  test('near miss: "agreed a new contract" after no "fail to" is left as it was', () => {
    const text = 'The union agreed that the new contract was fair.';
    expect(quotesOf(text).map((q) => [q.text, q.cue])).toEqual([['the new contract was fair', 'agreed']]);
  });
});
