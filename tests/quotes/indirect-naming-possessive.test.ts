import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('naming with a possessive complement: "X called Y her Z"', () => {
  test('a possessive after the object opens the name given: "called her late son her hero"', () => {
    const text = 'The pier was renamed. Mara Okafor called her late son her hero.';
    expect(quote(text, 'her late son')).toMatchObject({ type: 'indirect', text: 'her late son her hero', speaker: 'Mara Okafor', cue: 'called' });
  });

  test('not a time after the object: "called the ferry office her first day back"', () => {
    const text = 'The pier was renamed. Mara Okafor called the ferry office her first day back.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});
