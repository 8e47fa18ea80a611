import { describe, expect, test } from 'vitest';
import { quotesOf } from '../../helpers/quotes.js';

describe('fronted adverbials before a frame are no reported content', () => {
  test('"In an interview with OUTLET …, before …, X had hinted at …" reports nothing', () => {
    const text = 'Dana Holt wrote the memoir in secret. In an interview with Vogue last winter, before the memoir was announced, Holt had hinted at its subject.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a time phrase and a subordinate clause alone report nothing either', () => {
    const text = 'Dana Holt wrote the memoir in secret. Last winter, before the memoir was announced, Holt had hinted at its subject.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('near miss: a main clause after the adverbials is the content', () => {
    const text = 'Dana Holt wrote the memoir in secret. In May, before the vote, the deal was already dead, Holt said.';
    const q = quotesOf(text).find((x) => x.type === 'indirect');
    expect(q).toMatchObject({
      text: 'In May, before the vote, the deal was already dead', start: text.indexOf('In May'), type: 'indirect',
      speaker: 'Dana Holt', speaker_mention: 'Holt', speaker_start: text.indexOf('Holt said'), cue: 'said', outlet: null,
    });
  });
});
