import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote } from '../helpers/quotes.js';

const span = (text: string, words: string) => ({ text: words, start: at(text, words), end: at(text, words) + words.length });

const analyze = (text: string) => analyzeArticle({ id: 't', path: '', text });

describe('a capitalised adverb right after a proper noun in running text ends that name', () => {
  test('"the campaign Clean Rivers Now said …": "Now" is a proper noun and the whole name speaks', () => {
    const text = 'The campaign Clean Rivers Now said it would take the council to court.';
    expect(analyze(text).tokens.find((t) => t.text === 'Now')?.pos).toBe('PROPN');
    expect(quote(text, 'it would take')).toMatchObject({ ...span(text, 'it would take the council to court'), type: 'indirect', speaker: 'Clean Rivers Now', speaker_mention: 'Clean Rivers Now', cue: 'said', outlet: null });
  });

  test('"Dock Workers Together said …": the same for another adverb', () => {
    const text = 'The union Dock Workers Together said the strike would go on.';
    expect(quote(text, 'the strike')).toMatchObject({ ...span(text, 'the strike would go on'), type: 'indirect', speaker: 'Dock Workers Together', speaker_mention: 'Dock Workers Together', cue: 'said', outlet: null });
  });

  test('near misses: a title-case headline, and an adverb opening a sentence, stay adverbs', () => {
    const headline = analyze('Clean Rivers Now Backs Harbour Plan');
    expect(headline.tokens.find((t) => t.text === 'Now')?.pos).not.toBe('PROPN');
    const opener = analyze('Mara Quinn left. Now she says the plan is dead.');
    expect(opener.tokens.find((t) => t.text === 'Now')?.pos).toBe('ADV');
  });
});
