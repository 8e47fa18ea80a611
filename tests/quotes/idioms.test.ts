import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('attack idioms: "took aim at X", "took a swipe at X"', () => {
  test('the one attacked is the content, the whole idiom the cue', () => {
    const text = 'The vote was close.\n\nSen. Ann Reyes took aim at the harbor levy on Monday.\n\nTom Hale took a veiled swipe at his rival, calling her careless.';
    expect(quote(text, 'the harbor levy')).toMatchObject({ type: 'indirect', text: 'the harbor levy on Monday', speaker: 'Ann Reyes', cue: 'took aim at', cue_start: at(text, 'took aim') });
    expect(quote(text, 'his rival')).toMatchObject({ type: 'indirect', text: 'his rival', speaker: 'Tom Hale', cue: 'took a veiled swipe at' });
  });

  test('one shot at a thing is an attempt, and a shot taken is no attack', () => {
    const text = 'The season ended.\n\nThe coach took a shot at the title in May.\n\nReyes took a shot of espresso at noon.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});
