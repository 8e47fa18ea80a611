import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

describe('a relative clause after the place a cue names', () => {
  test('describes the place and reports nothing: "said on the podcast, which was released …"', () => {
    const text = '“I never liked that chorus,” Mara Okafor said on the podcast, which was released on Tuesday.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['I never liked that chorus,']);
  });

  test('the content after it is still reported', () => {
    const text = 'Mara Okafor said in an interview, which aired on Sunday, that the ferry would run all winter.';
    expect(quote(text, 'the ferry would')).toMatchObject({ text: 'the ferry would run all winter', type: 'indirect', speaker: 'Mara Okafor', cue: 'said' });
  });

  test('a clause after the comma with no relative pronoun is the content', () => {
    const text = 'Mara Okafor said on Tuesday, the ferry would run all winter.';
    expect(quote(text, 'the ferry would')).toMatchObject({ text: 'the ferry would run all winter', speaker: 'Mara Okafor' });
  });
});
