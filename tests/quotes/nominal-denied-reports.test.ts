import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an existential report noun denied by "no"', () => {
  test('"there is no suggestion that …" reports nothing', () => {
    const text = 'The trainer was suspended for a month. There is no suggestion that the horse owners knew about the doping.';
    expect(quotesOf(text).some((q) => q.text.includes('the horse owners'))).toBe(false);
  });

  test('"there have been no complaints that …" reports nothing either', () => {
    const text = 'The ferry has run for ten years. There have been no complaints that the crossing is unsafe.';
    expect(quotesOf(text).some((q) => q.text.includes('the crossing'))).toBe(false);
  });

  test('near miss: "there were reports that …" is still an unnamed report', () => {
    const text = 'The trainer was suspended for a month. There were reports that the horse owners knew about the doping.';
    expect(quote(text, 'the horse owners')).toMatchObject({
      text: 'the horse owners knew about the doping', type: 'indirect', speaker: null, speaker_mention: 'reports', cue: 'reports', outlet: null,
      start: at(text, 'the horse owners'),
    });
  });
});
