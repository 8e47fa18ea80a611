import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('a participle right after words quoted mid-sentence leaves them to the cue before them', () => {
  test('"X denied that the bid was “too low,” telling OUTLET\'s host …": the partial is X\'s, by the first cue', () => {
    const text = 'Nora Vance denied that the bid was “too low,” telling ABC\'s Tom Reese that the board would meet.';
    // (The outlet is the interview's the same sentence goes on to name: words just before "telling OUTLET" are given there.)
    expect(quotesOf(text).find((q) => q.type === 'partial')).toMatchObject({ text: 'too low,', start: text.indexOf('too low'), speaker: 'Nora Vance', cue: 'denied', cue_start: text.indexOf('denied'), outlet: 'ABC' });
  });

  test('with the comma after the closing mark', () => {
    const text = 'Nora Vance insisted the bid was “fair”, adding that the board would meet.';
    expect(quotesOf(text).find((q) => q.type === 'partial')).toMatchObject({ text: 'fair', speaker: 'Nora Vance', cue: 'insisted', cue_start: text.indexOf('insisted') });
  });
});
