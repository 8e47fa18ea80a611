import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "declined to comment on the Courier's report": the paper's report is what was commented on; the words that
// follow were not given to it.
describe('an outlet named as the subject commented on is no outlet of the words', () => {
  test('"A city spokesperson declined to comment on the Courier\'s report, saying …": no outlet', () => {
    const text = 'According to the Brandon Falls Courier, the bridge was shut on Saturday.\n\nA city spokesperson declined to comment on the Courier\'s report, saying the inquiry was continuing.';
    expect(quote(text, 'the inquiry')).toMatchObject({
      text: 'the inquiry was continuing', type: 'indirect', start: at(text, 'the inquiry'), speaker: null, speaker_role: 'city spokesperson', cue: 'saying', outlet: null,
    });
  });

  test('near miss: "told the Courier" after the full name still gives the words to the paper', () => {
    const text = 'According to the Brandon Falls Courier, the bridge was shut on Saturday.\n\nThe mayor, Ruth Okafor, told the Courier that the inquiry was continuing.';
    expect(quote(text, 'the inquiry')).toMatchObject({ text: 'the inquiry was continuing', speaker: 'Ruth Okafor', cue: 'told', outlet: 'Brandon Falls Courier' });
  });
});
