import { describe, expect, test } from 'vitest';
import { invertedCueAfter } from '../../src/quotes/inverted-cue-after.js';

/** The span of the first quotation in `text`, marks included at open and close. */
function span(text: string) {
  const open = text.indexOf('“');
  const close = text.indexOf('”');
  return { open, start: open + 1, end: close, close };
}

describe('a cue verb with its speaker right after the closing comma', () => {
  test('"their" opens the speaker’s phrase as a whole word, not as "the" + "ir"', () => {
    const text = '“Quiet Harbour,” said their coach after the match.';
    expect(invertedCueAfter(text, span(text))).toBe(true);
  });

  test('"an" opens the speaker’s phrase as a whole word, not as "a" + "n"', () => {
    const text = '“Quiet Harbour,” said an official.';
    expect(invertedCueAfter(text, span(text))).toBe(true);
  });

  test('a name right after the cue is the speaker', () => {
    const text = '“Quiet Harbour,” recalled Okafor.';
    expect(invertedCueAfter(text, span(text))).toBe(true);
  });

  test('near miss: a capitalised possessive only modifies the object: "described Okafor’s grief"', () => {
    const text = '“Quiet Harbour,” described Okafor’s grief at the loss.';
    expect(invertedCueAfter(text, span(text))).toBe(false);
  });

  test('a capitalised possessive before a person noun still opens the speaker: "said Okafor’s coach"', () => {
    const text = '“Quiet Harbour,” said Okafor’s coach.';
    expect(invertedCueAfter(text, span(text))).toBe(true);
  });
});
