import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a scare-quoted term inside a reported clause leaves the clause reported whole', () => {
  test('"the “…” NOUN" inside the clause: one indirect over the whole clause, no partial', () => {
    const text = 'Analysts said the “streaming slump” story had been exaggerated.';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.type)).toEqual(['indirect']);
    expect(quote(text, 'the “streaming')).toMatchObject({
      type: 'indirect', text: 'the “streaming slump” story had been exaggerated', start: at(text, 'the “streaming'),
      speaker: null, speaker_mention: 'Analysts', cue: 'said', outlet: null,
    });
  });

  test('a term a label word sets apart, as the clause\'s subject', () => {
    const text = 'Producers said the so-called “prestige bubble” was about to burst.';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.type)).toEqual(['indirect']);
    expect(qs[0]).toMatchObject({ text: 'the so-called “prestige bubble” was about to burst', start: at(text, 'the so-called'), speaker_mention: 'Producers', cue: 'said' });
  });

  test('near miss: the speaker\'s own words closing the clause stay a partial', () => {
    const text = 'The mayor said the budget was “deeply dishonest” and should be rewritten.';
    expect(quote(text, 'deeply')).toMatchObject({ type: 'partial', text: 'deeply dishonest', start: at(text, 'deeply'), speaker_mention: 'The mayor', cue: 'said' });
  });
});
