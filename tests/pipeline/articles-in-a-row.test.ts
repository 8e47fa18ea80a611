import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

// Per-article caches (paragraphs, capitalised runs, talk programmes, token-keyed maps) must not carry one
// article's reading into the next, even when the next has the same length.
describe('articles extracted one after another in one process', () => {
  const first = 'Speaking to ESPN on Friday, Lotte Brennan said she would rest.\n\n"I am tired," she said.';
  const second = 'Speaking to Vogue on Monday, Ines Kovacsi said she would stay.\n\n"I am ready," she said.';

  test('the second article, as long as the first, gets its own speaker and outlet', () => {
    expect(second.length).toBe(first.length);
    const a = extractArticle(first, { id: 'a' });
    const b = extractArticle(second, { id: 'b' });
    const said = (r: typeof a, words: string) => r.quotes.find((q) => q.text.startsWith(words));
    expect(said(a, 'I am tired')).toMatchObject({ type: 'direct', speaker: 'Lotte Brennan', cue: 'said', outlet: 'ESPN' });
    expect(said(b, 'I am ready')).toMatchObject({
      type: 'direct', speaker: 'Ines Kovacsi', cue: 'said', outlet: 'Vogue', start: second.indexOf('I am ready'),
    });
    expect(b.quotes.some((q) => q.outlet === 'ESPN' || q.speaker === 'Lotte Brennan')).toBe(false);
    // The same string run again reads as it did the first time.
    expect(extractArticle(first, { id: 'a' }).quotes).toEqual(a.quotes);
  });
});
