import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { quotesOf } from '../helpers/quotes.js';

const analyze = (text: string) => analyzeArticle({ id: 't', path: '', text });
const costTag = (text: string) => analyze(text).tokens.find((t) => t.normal === 'cost')?.pos;

describe('"cost" after a noun and before an amount is the clause\'s verb', () => {
  test('"The refit cost $9 million, according to people familiar with its budget." is that source\'s report', () => {
    const text = 'The refit cost $9 million, according to people familiar with its budget.';
    expect(costTag(text)).toBe('VERB');
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.speaker_mention, q.speaker_kind, q.cue, q.start, q.end])).toEqual([
      ['The refit cost $9 million', 'indirect', null, 'people familiar with its budget', 'anonymous', 'according to', 0, 25],
    ]);
  });

  test('near miss: a noun "cost" whose clause has a verb of its own stays a noun', () => {
    expect(costTag('The refit cost $9 million was met by the owners.')).toBe('NOUN');
    expect(costTag('The cost of the refit rose again.')).toBe('NOUN');
  });
});
