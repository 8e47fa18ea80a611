import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"Ms Marlow" with no full name anywhere is a person a later pronoun can name', () => {
  test('"she" after "Ms Marlow, 46, runs …" is Ms Marlow, not a woman named in full before', () => {
    const text = 'Ada Brenner opened the bakery in 2019. Ms Quarrie, 52, runs the ovens. “We bake everything at night,” she said.';
    expect(quote(text, 'We bake')).toMatchObject({
      type: 'direct', text: 'We bake everything at night,', start: at(text, 'We bake'),
      speaker: 'Quarrie', speaker_kind: 'person', speaker_mention: 'she', cue: 'said', outlet: null,
    });
  });

  test('near miss: "Mr Quarrie" is a man, so "she" still names the woman before', () => {
    const text = 'Ada Brenner opened the bakery in 2019. Mr Quarrie, 52, runs the ovens. “We bake everything at night,” she said.';
    expect(quote(text, 'We bake')).toMatchObject({ speaker: 'Ada Brenner', speaker_mention: 'she', cue: 'said' });
  });
});
