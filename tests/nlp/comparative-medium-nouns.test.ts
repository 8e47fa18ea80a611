import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote } from '../helpers/quotes.js';

const tagOf = (text: string, word: string) => analyzeArticle({ id: 't', path: 't', text }).tokens.find((t) => t.text === word)?.pos;

describe('"in a longer post": a comparative after an article describes the medium noun (comparative-medium-nouns.ts)', () => {
  test('the comparative is an adjective and the medium word a noun', () => {
    const text = 'Kowalski denied the reports in a longer post on Facebook.';
    expect([tagOf(text, 'longer'), tagOf(text, 'post')]).toEqual(['ADJ', 'NOUN']);
  });

  test('the medium phrase ends the object of the cue, as "in a long post" does', () => {
    const text = 'Kowalski denied the reports in a longer post on Facebook.';
    expect(quote(text, 'the reports')).toMatchObject({
      type: 'indirect', text: 'the reports', start: at(text, 'the reports'), end: at(text, ' in a longer'),
      speaker: 'Kowalski', cue: 'denied', outlet: null,
    });
  });

  test('near miss: "no longer post" is the verb, and the report runs on', () => {
    const text = 'Kowalski said she would no longer post on Facebook.';
    expect(tagOf(text, 'post')).toBe('VERB');
    expect(quote(text, 'she would')).toMatchObject({ type: 'indirect', text: 'she would no longer post on Facebook', speaker: 'Kowalski', cue: 'said' });
  });
});
