import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quotesOf } from '../helpers/quotes.js';

const tagOf = (text: string, word: string) => analyzeArticle({ id: 't', path: '', text }).tokens.find((t) => t.text === word)!.pos;

describe('a speech verb’s "-ing" form after a comma and before "that" opens a second report', () => {
  test('", joking that …" after a said-report is a second report with its own cue, as ", adding that …" is', () => {
    const text = 'Pellow said the budget was tight, joking that he would have to sell his car.';
    expect(tagOf(text, 'joking')).toBe('VERB');
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the budget was tight', start: at(text, 'the budget'), speaker: 'Pellow', speaker_mention: 'Pellow', cue: 'said', outlet: null },
      { type: 'indirect', text: 'he would have to sell his car', start: at(text, 'he would'), speaker: 'Pellow', speaker_mention: 'Pellow', cue: 'joking', cue_start: at(text, 'joking'), outlet: null },
    ]);
  });

  test('near miss: ", warning that …" ("warning" is a report noun too) stays inside the report before it, as the gold sets keep it', () => {
    const text = 'Pellow said the bridge was safe, warning that repairs could take years.';
    expect(quotesOf(text).map((q) => q.cue)).toEqual(['said']);
  });

  test('near miss: "a warning that …" with its article is the noun, and the cue stays the verb before it', () => {
    const text = 'The coastguard issued a warning that storms could reach the harbour.';
    expect(tagOf(text, 'warning')).toBe('NOUN');
  });

  test('near miss: ", saying …" and ", telling fans …" after an object keep their reading', () => {
    const told = 'Ilves posted a video on TikTok, telling fans that the tour was cancelled.';
    expect(quotesOf(told)).toMatchObject([{ type: 'indirect', text: 'the tour was cancelled', speaker: 'Ilves', cue: 'telling' }]);
  });
});
