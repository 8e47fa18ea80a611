import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe("a known outlet's name runs through its \"of\"", () => {
  test('"according to the Times of India": the longer known name wins over "the Times"', () => {
    const text = 'According to the Times of India, the stadium will reopen in May.';
    expect(quote(text, 'the stadium')).toMatchObject({ text: 'the stadium will reopen in May', type: 'indirect', start: at(text, 'the stadium'), end: at(text, '.'), speaker: 'The Times of India', speaker_kind: 'outlet', speaker_start: at(text, 'the Times'), speaker_end: at(text, ', the stadium'), cue: 'According to', outlet: 'The Times of India' });
  });

  test('near miss: "the Times of London" is no listed name, the Times speaks', () => {
    const text = 'According to the Times of London, the stadium will reopen in May.';
    expect(quote(text, 'the stadium')).toMatchObject({ speaker: 'The Times', speaker_kind: 'outlet', outlet: 'The Times' });
  });
});
