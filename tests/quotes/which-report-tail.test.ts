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

  test('"said A, which critics had suggested": the clause said ends before the tail, which reports nothing', () => {
    const text = 'The producer said the sequel was delayed, which fans had suspected.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ type: 'indirect', text: 'the sequel was delayed', speaker_mention: 'The producer', cue: 'said', outlet: null });
    expect(qs[0]!.start).toBe(at(text, 'the sequel'));
  });

  test('a time after the tail\'s cue: "which inspectors had warned for months"', () => {
    const text = 'Officials said the tunnel was unsafe, which inspectors had warned for months.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ type: 'indirect', text: 'the tunnel was unsafe', speaker_mention: 'Officials', cue: 'said', outlet: null, start: at(text, 'the tunnel') });
  });

  test('near miss: a relative clause with no cue of report stays inside the clause said', () => {
    const text = 'The producer said she admired the sequel, which fans had praised.';
    expect(quote(text, 'she admired')).toMatchObject({ type: 'indirect', text: 'she admired the sequel, which fans had praised', speaker_mention: 'The producer', cue: 'said' });
  });
});
