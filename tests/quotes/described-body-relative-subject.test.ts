import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the company" after a body whose name a "which" clause follows', () => {
  test('the name before ", which …," is still the subject the description stands for', () => {
    const text = 'Larkspur Media, which bought the streaming rights in March, will open the series in cinemas on Jan. 9, the company said.';
    expect(quote(text, 'Larkspur Media')).toMatchObject({
      type: 'indirect', text: 'Larkspur Media, which bought the streaming rights in March, will open the series in cinemas on Jan. 9',
      start: 0, speaker: 'Larkspur Media', speaker_kind: 'organization', speaker_mention: 'the company',
      speaker_start: at(text, 'the company'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a clause that is no relative one ("as it turned out") does not make the opening words a body', () => {
    const text = 'Shares, as it turned out, fell by a third on Monday, the company said.';
    expect(quote(text, 'Shares')?.speaker).not.toBe('Shares');
  });
});
