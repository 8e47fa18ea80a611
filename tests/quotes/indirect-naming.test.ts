import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('naming with a complement: "X called Y Z"', () => {
  test('a demonstrative alone as the object: "calls this a false story"', () => {
    const text = 'The pilots filed a complaint. The Harbour Board calls this a false story.';
    const q = quote(text, 'this a false');
    expect(q).toMatchObject({ type: 'indirect', text: 'this a false story', speaker_mention: 'Harbour Board', cue: 'calls' });
    expect(text.slice(q!.start, q!.end)).toBe('this a false story');
  });

  test('a demonstrative before its noun is no object of its own: "called that number again"', () => {
    const text = 'The pier closed early. Mara Okafor called that number again on Friday.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});
