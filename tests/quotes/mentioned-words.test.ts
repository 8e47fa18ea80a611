import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('a word mentioned as a word is no quotation', () => {
  test('"the word “…”" with no cue of its own mentions the word, quoting nobody', () => {
    const text = 'Mara Okafor runs the Harbour Board. Okafor is wary of the word “closure” and has banned it from meetings.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('after a verb of using it, the phrase is the user’s words', () => {
    const text = 'Mara Okafor runs the Harbour Board. Okafor has used the phrase “managed decline” twice this year.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'managed decline', start: 64, end: 79, speaker: 'Mara Okafor' }]);
  });

  test('with a cue of its own, the term is the speaker’s', () => {
    const text = 'Mara Okafor runs the Harbour Board. Okafor criticised the term “managed decline,” saying it hid job losses.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'managed decline,', start: 64, speaker: 'Mara Okafor', cue: 'criticised' }]);
  });
});
