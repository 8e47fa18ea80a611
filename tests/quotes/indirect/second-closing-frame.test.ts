import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('a second closing frame after "A, X reported, while B, Y reported"', () => {
  test('each frame reports its own clause', () => {
    const text = 'In Leeds, pickets blocked the depot, the Yorkshire Post reported, while in Hull the dockers stayed at work, the Hull Daily Mail reported.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'In Leeds, pickets blocked the depot', start: 0, end: at(text, ', the Yorkshire'), speaker: 'The Yorkshire Post', cue: 'reported', outlet: 'The Yorkshire Post' },
      { type: 'indirect', text: 'in Hull the dockers stayed at work', start: at(text, 'in Hull'), end: at(text, ', the Hull'), speaker: 'The Hull Daily Mail', cue: 'reported', outlet: 'The Hull Daily Mail' },
    ]);
  });

  test('near miss: "A, the firm announced, as workers complained" gives no report of A to the workers', () => {
    const text = 'The plant will close in June, the firm announced, as workers complained.';
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.cue === 'complained')).toEqual([]);
    expect(quotes).toMatchObject([{ type: 'indirect', text: 'The plant will close in June', start: 0, cue: 'announced' }]);
  });
});
