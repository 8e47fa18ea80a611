import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('naming with a possessive complement: "X called the Y her Z"', () => {
  test('a possessive after a noun-phrase object opens the name given: "called the ferry owners her rivals"', () => {
    const text = 'The pier was renamed. Mara Okafor called the ferry owners her rivals.';
    expect(quote(text, 'the ferry owners')).toMatchObject({ type: 'indirect', text: 'the ferry owners her rivals', speaker: 'Mara Okafor', cue: 'called' });
  });

  test('not a time after the object: "called the ferry office her first day back"', () => {
    const text = 'The pier was renamed. Mara Okafor called the ferry office her first day back.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});
