import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect');

describe('a short object announcing the words before a colon', () => {
  test('"did say one thing: CLAUSE" reports the clause after the colon', () => {
    const text = 'The harbour master took no questions. Tom Reed did say one thing: the ferry will not sail on Sunday.';
    const content = 'the ferry will not sail on Sunday';
    expect(indirect(text)).toMatchObject([
      { text: content, start: at(text, content), end: at(text, content) + content.length, speaker: 'Tom Reed', cue: 'say', cue_start: at(text, 'say '), outlet: null },
    ]);
  });

  test('… not an adverbial before the colon: "said in a statement: CLAUSE" is read as before', () => {
    const text = 'The harbour master took no questions. Tom Reed said in a statement: the ferry will not sail on Sunday.';
    expect(indirect(text).map((q) => q.text)).not.toContain('a statement: the ferry will not sail on Sunday');
  });
});
