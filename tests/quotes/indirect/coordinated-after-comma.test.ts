import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

describe('a clause after a comma and a conjunction is no cue content', () => {
  test('"have long speculated about a feud, and a tour poster …": the writer\'s next clause, no report', () => {
    const text = 'Fans of the group have long speculated about a feud, and a recent tour poster notably placed the two singers at opposite ends.';
    expect(indirect(text)).toEqual([]);
  });

  test('near miss: "…, and that …" is more of what the mayor said (a second report, second-that-clauses.ts)', () => {
    const text = 'The mayor said the bridge would reopen in May, and that tolls would not rise.';
    const words = 'tolls would not rise';
    expect(quote(text, words)).toMatchObject({ text: words, start: at(text, words), end: at(text, words) + words.length, type: 'indirect', speaker_mention: 'The mayor', cue: 'said', outlet: null });
  });
});
