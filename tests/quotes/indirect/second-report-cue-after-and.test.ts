import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"said A and hinted that B": a second cue with its own that-clause ends the first report before "and"', () => {
  test('a report cue (not only a speech verb) with "that" after "and" starts a report of its own', () => {
    const text = 'Brannock said he hoped to keep the festival running and hinted that a winter edition was likely.';
    expect(quote(text, 'he hoped')).toMatchObject({ type: 'indirect', text: 'he hoped to keep the festival running', start: at(text, 'he hoped'), end: at(text, ' and hinted'), speaker: 'Brannock', cue: 'said', outlet: null });
    expect(quote(text, 'a winter')).toMatchObject({ type: 'indirect', text: 'a winter edition was likely', start: at(text, 'a winter'), speaker: 'Brannock', cue: 'hinted' });
    expect(quotesOf(text)).toHaveLength(2);
  });

  test('negative: a report verb with no "that" after "and" stays part of the first report', () => {
    const text = 'Brannock said the crew had worked all night and hoped to open by noon.';
    expect(quotesOf(text).map((q) => [q.text, q.cue])).toEqual([['the crew had worked all night and hoped to open by noon', 'said']]);
  });
});
