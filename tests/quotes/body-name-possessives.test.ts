import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { pluralApostrophe, pluralPossessiveBeforeNoun } from '../../src/quotes/body-name-possessives.js';

const tokensOf = (text: string) => analyzeArticle({ id: 't', path: 't', text }).tokens;

/** Whether each reader takes the first lone apostrophe of the text for a plural's possessive. */
function read(text: string) {
  const tokens = tokensOf(text);
  const k = tokens.findIndex((t) => /^['’]$/.test(t.text));
  return { apostrophe: pluralApostrophe(tokens, k), beforeNoun: pluralPossessiveBeforeNoun(tokens, k) };
}

describe('pluralApostrophe: the one reading of a plural\'s possessive apostrophe, glued to a word in -s', () => {
  test('"the farmers’ union": a plural\'s apostrophe, before the noun it owns', () => {
    expect(read('She spoke for the farmers’ union on Monday.')).toEqual({ apostrophe: true, beforeNoun: true });
  });

  test('"the actors’ …" at a sentence\'s end: still a plural\'s apostrophe, though no noun follows it', () => {
    expect(read('The script was the actors’.')).toEqual({ apostrophe: true, beforeNoun: false });
  });

  test('near miss: a closing mark after a word not in -s, or one set off by a space, is no possessive', () => {
    expect(read('She called it ‘a flop’ on Monday.')).toEqual({ apostrophe: false, beforeNoun: false });
    expect(read('The hosts ’ union met.')).toEqual({ apostrophe: false, beforeNoun: false });
  });
});
