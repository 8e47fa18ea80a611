import { describe, expect, test } from 'vitest';
import { findMarkedSpans } from '../../src/text/quotation-marks.js';
import { followsCodeNameWord, followsLabelNoun, followsNicknameWord, followsPerformedWorkWord } from '../../src/lexicon/naming-words.js';

/** The first quotation-marked span of a one-paragraph text, with its paragraph. */
function firstSpan(text: string) {
  const paragraph = { start: 0, end: text.length, index: 0 };
  return { span: findMarkedSpans(text, [paragraph])[0]!, paragraph };
}

describe('words that name what follows them in quotation marks', () => {
  test('a nickname word, maybe with a pronoun between', () => {
    const text = 'Fans nicknamed them “the Gulls” after the first tour.';
    const { span, paragraph } = firstSpan(text);
    expect(followsNicknameWord(text, span, paragraph)).toBe(true);
    expect(followsCodeNameWord(text, span, paragraph)).toBe(false);
  });

  test('a code-name word', () => {
    const text = 'The studio is shooting a thriller code-named “Lantern” in Port Elwin.';
    const { span, paragraph } = firstSpan(text);
    expect(followsCodeNameWord(text, span, paragraph)).toBe(true);
    expect(followsNicknameWord(text, span, paragraph)).toBe(false);
  });

  test('a label noun, maybe with a determiner', () => {
    const text = 'The paper ran the story under the headline “Storm Ahead” on Sunday.';
    const { span, paragraph } = firstSpan(text);
    expect(followsLabelNoun(text, span, paragraph)).toBe(true);
  });

  test('not a word that only ends like one, nor a speech verb', () => {
    const renamed = 'The clerk unnicknamed “Tide” by mistake.';
    expect(followsNicknameWord(renamed, firstSpan(renamed).span, firstSpan(renamed).paragraph)).toBe(false);
    const said = 'Mara Okafor said “we will rebuild the pier” on Friday.';
    const { span, paragraph } = firstSpan(said);
    expect(followsNicknameWord(said, span, paragraph)).toBe(false);
    expect(followsCodeNameWord(said, span, paragraph)).toBe(false);
    expect(followsLabelNoun(said, span, paragraph)).toBe(false);
  });
});

describe('a naming phrase with words between its parts, "known … as"', () => {
  test('"known to fans as “…”", "known among the crews as “…”" name what follows', () => {
    for (const text of ['The drummer, Tev Orlan, known to fans as “Sticks,” waved.', 'Orlan, known among the crews as “the Metronome,” waved.']) {
      const { span, paragraph } = firstSpan(text);
      expect(followsNicknameWord(text, span, paragraph)).toBe(true);
    }
  });

  test('… not with more than three words between, nor without "as" right before the mark, nor without a group it is known to', () => {
    for (const text of ['Orlan, known to the older crews in the harbour as “Sticks,” waved.', 'Orlan, well known to fans, said “we play on” and waved.', 'Orlan, known online as “Sticks,” waved.']) {
      const { span, paragraph } = firstSpan(text);
      expect(followsNicknameWord(text, span, paragraph)).toBe(false);
    }
  });
});

describe('words that name a song or piece performed right before it', () => {
  test('"hummed “…”", "played a few bars of “…”"', () => {
    for (const text of ['Orlan then hummed “Harbour Moon” to the crowd.', 'At midnight the brass band closed the fair with a few bars of “Goodbye Sweet Ferry.”']) {
      const { span, paragraph } = firstSpan(text);
      expect(followsPerformedWorkWord(text, span, paragraph)).toBe(true);
    }
  });

  test('… not a verb of speaking, nor of singing (PolNeAR quotes a song its speaker sings)', () => {
    for (const text of ['Orlan then said “Harbour Moon” was his favourite.', 'Orlan then sang “Harbour Moon” to the crowd.']) {
      const { span, paragraph } = firstSpan(text);
      expect(followsPerformedWorkWord(text, span, paragraph)).toBe(false);
    }
  });
});
