import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a ", which said …," report inside a that-clause leaves the outer report whole', () => {
  test('"noted that the penalty set by the Commission, which said B, is C": the note runs on past the relative clause', () => {
    const text = 'Rosa Patel noted that the penalty set by the Commission, which said the bank misled savers, is a sign of change.';
    const whole = 'the penalty set by the Commission, which said the bank misled savers, is a sign of change';
    expect(quote(text, 'the penalty')).toMatchObject({
      type: 'indirect', text: whole, start: at(text, whole), end: at(text, whole) + whole.length,
      speaker: 'Rosa Patel', speaker_kind: 'person', speaker_mention: 'Rosa Patel', speaker_start: 0, cue: 'noted', cue_start: at(text, 'noted'), outlet: null,
    });
    expect(quote(text, 'the bank')).toMatchObject({
      type: 'indirect', text: 'the bank misled savers', start: at(text, 'the bank misled'), speaker: 'the Commission', speaker_kind: 'organization', speaker_mention: 'which', speaker_start: at(text, 'which'), cue: 'said', outlet: null,
    });
    expect(quotesOf(text)).toHaveLength(2);
  });

  test('near miss: with no predicate resuming after the relative clause, the outer report ends before it', () => {
    const text = 'Rosa Patel noted that the penalty was set by the Commission, which said the bank misled savers.';
    expect(quote(text, 'the penalty')).toMatchObject({
      type: 'indirect', text: 'the penalty was set by the Commission', start: at(text, 'the penalty'), speaker: 'Rosa Patel', speaker_mention: 'Rosa Patel', cue: 'noted', outlet: null,
    });
    expect(quote(text, 'the bank')).toMatchObject({ type: 'indirect', text: 'the bank misled savers', speaker: 'the Commission', speaker_mention: 'which', cue: 'said', outlet: null });
  });

  test('near miss: an impersonal "It is worth noting that …" keeps its content short of the relative clause', () => {
    const text = 'It is worth noting that the penalty set by the Commission, which said the bank misled savers, is a sign of change.';
    expect(quote(text, 'the penalty')).toMatchObject({
      type: 'indirect', text: 'the penalty set by the Commission', start: at(text, 'the penalty'), speaker: null, speaker_mention: 'It', speaker_start: 0, cue: 'noting', outlet: null,
    });
    expect(quote(text, 'the bank')).toMatchObject({ type: 'indirect', text: 'the bank misled savers', start: at(text, 'the bank'), speaker: 'the Commission', speaker_mention: 'which', cue: 'said', outlet: null });
  });
});
