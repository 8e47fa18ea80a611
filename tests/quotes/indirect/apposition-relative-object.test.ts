import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('"found arsenic, a poison that was banned …": a relative clause on the object\'s apposition is no that-clause', () => {
  test('no report starts inside the relative clause (the whole object, if any, is the report)', () => {
    const text = 'Tests by Harlow Analytical found cadmium yellow, a pigment that was not sold until the 1840s.';
    expect(quotesOf(text).filter((q) => !q.text.startsWith('cadmium yellow, a pigment'))).toEqual([]);
    const found = 'The inspectors found asbestos, a material that was banned decades ago.';
    expect(quotesOf(found).filter((q) => !q.text.startsWith('asbestos, a material'))).toEqual([]);
  });

  test('negative: a that-clause after the cue is still the report', () => {
    const text = 'The inspectors found that asbestos was still in the walls.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.cue, q.start])).toEqual([['indirect', 'asbestos was still in the walls', 'found', at(text, 'asbestos')]]);
  });
});
