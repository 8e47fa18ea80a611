import { describe, expect, test } from 'vitest';
import type { Token } from '../../src/types.js';
import type { SpeakerPhrase } from '../../src/quotes/speaker-phrase.js';
import { spanAnswers } from '../../src/quotes/span-answers.js';

// (Spans lie within their token array, whose length the key is built from: four tokens here.)
const someTokens = (): Token[] => Array.from({ length: 4 }, () => ({}) as Token);
const phrase = (start: number, end: number): SpeakerPhrase => ({ start, end, text: 'Dana Cole', kind: 'person', name: 'Dana Cole', role: null, title: null });

describe('spanAnswers', () => {
  test('works out each span of one token array once, and hands back a copy the caller may change', () => {
    const asked: string[] = [];
    const answer = spanAnswers((_tokens, a, b) => {
      asked.push(`${a}-${b}`);
      return a < b ? phrase(a, b) : null;
    });
    const tokens = someTokens();
    const first = answer(tokens, 0, 2)!;
    first.role = 'director';
    expect(answer(tokens, 0, 2)).toEqual(phrase(0, 2));
    expect(answer(tokens, 2, 0)).toBeNull();
    expect(answer(tokens, 2, 0)).toBeNull();
    expect(asked).toEqual(['0-2', '2-0']);
  });

  test('keeps another article\'s token array apart, and spans with the same ends but swapped apart', () => {
    const asked: string[] = [];
    const answer = spanAnswers((_tokens, a, b) => {
      asked.push(`${a}-${b}`);
      return phrase(a, b);
    });
    const one = someTokens();
    const other = someTokens();
    answer(one, 1, 3);
    answer(other, 1, 3);
    answer(one, 3, 1);
    expect(asked).toEqual(['1-3', '1-3', '3-1']);
  });
});
