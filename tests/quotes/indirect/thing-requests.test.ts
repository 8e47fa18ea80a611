import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a thing that "asked X to V" sets a task; it is no speaker', () => {
  test('"The last puzzle asked players to …": no report', () => {
    const text = 'The last puzzle asked players to find the oldest bridge in Lisbon.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: a person who asks X to V still reports', () => {
    const text = 'The governor asked residents to stay off the roads.';
    expect(quote(text, 'residents')).toMatchObject({
      type: 'indirect', text: 'residents to stay off the roads', start: at(text, 'residents'), end: at(text, '.'),
      speaker_mention: 'The governor', cue: 'asked', cue_start: at(text, 'asked'), outlet: null,
    });
  });
});
