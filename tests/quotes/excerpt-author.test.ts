import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { excerptAuthor, isAuthor } from '../../src/quotes/excerpt-author.js';

/** The author excerptAuthor names in a one-sentence text. */
function authorOf(text: string): string | null {
  const { tokens } = analyzeArticle({ id: 't', path: 't', text });
  return excerptAuthor(tokens, 0, text.length);
}

describe('excerptAuthor: the subject an excerpt\'s sentence names', () => {
  test('after an opener, over an apposition; a hyphenated name whole', () => {
    expect(authorOf('In an excerpt published by Vogue this week, Ana Sato-Brandt, 52, recalls being told by Ruth Ames that she was “too polite.”')).toBe('Ana Sato-Brandt');
  });

  test('a subject opening the sentence: "Kowal writes in an excerpt …"', () => {
    expect(authorOf('Kowal writes in an excerpt printed by the Ledger that the winters were “endless.”')).toBe('Kowal');
  });

  test('negative: the outlet after "by", a name in quotation marks, and a pronoun subject are no author', () => {
    expect(authorOf('In an excerpt published by Vogue, she writes that “Tom Brell was right.”')).toBeNull();
  });

  test('isAuthor compares by surname', () => {
    expect(isAuthor('Ana Sato-Brandt', 'Sato-Brandt')).toBe(true);
    expect(isAuthor('Ruth Ames', 'Ana Sato-Brandt')).toBe(false);
    expect(isAuthor(null, 'Kowal')).toBe(false);
  });
});
