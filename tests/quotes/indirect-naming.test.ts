import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('naming with a complement: "X called Y Z"', () => {
  test('a demonstrative alone as the object: "calls this an idle rumour"', () => {
    const text = 'The pilots filed a complaint. The Harbour Board calls this an idle rumour.';
    const q = quote(text, 'this an idle');
    expect(q).toMatchObject({ type: 'indirect', text: 'this an idle rumour', speaker_mention: 'Harbour Board', cue: 'calls' });
    expect(text.slice(q!.start, q!.end)).toBe('this an idle rumour');
  });

  test('a demonstrative before its noun is no object of its own: "called that number again"', () => {
    const text = 'The pier closed early. Mara Okafor called that number again on Friday.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});
