import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a ", which X had said" tail after a clause with its own subject and cue', () => {
  test('"dismissed the theory that A, which fans had suggested": the tail adds nothing, the object stays as without it', () => {
    const text = 'The director dismissed the theory that the ending had been changed, which fans had suggested.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    const q = quote(text, 'the theory');
    expect(q).toMatchObject({ type: 'indirect', text: 'the theory that the ending had been changed', speaker_mention: 'The director', cue: 'dismissed', outlet: null });
    expect(q.start).toBe(at(text, 'the theory'));
    const plain = quote('The director dismissed the theory that the ending had been changed.', 'the theory');
    expect(plain.text).toBe(q.text);
  });

  test('near miss: a bare clause before the tail is still what the tail reports', () => {
    const text = 'The ending had been changed, which fans had suggested.';
    const q = quote(text, 'The ending');
    expect(q).toMatchObject({ type: 'indirect', text: 'The ending had been changed', speaker_mention: 'which fans', cue: 'suggested' });
    expect(q.start).toBe(0);
  });
});
