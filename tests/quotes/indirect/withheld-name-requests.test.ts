import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"asked that her name not be used": a condition for speaking, no report', () => {
  test('the request gives no indirect quote; the told clause after it stays', () => {
    const text = 'One juror, a retired nurse who asked that her name not be used, told KTVU that the panel had been split at first.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the panel had been split at first']);
    expect(quote(text, 'the panel')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'One juror', cue: 'told', outlet: 'KTVU', start: at(text, 'the panel') });
  });

  test('"asked that he not be identified because …"', () => {
    const text = 'A guard, who asked that he not be identified because he was not authorized to speak, said the gates were locked.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the gates were locked']);
  });

  test('negative: a name kept off something else is a request reported', () => {
    const text = 'The mayor asked that her name not be used on the plaque.';
    expect(quote(text, 'her name')).toMatchObject({ text: 'her name not be used on the plaque', type: 'indirect', speaker_mention: 'The mayor', cue: 'asked', outlet: null });
  });
});
