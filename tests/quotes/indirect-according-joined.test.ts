import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"CLAUSE, but according to X, CLAUSE": the second clause is X’s', () => {
  test('the source is the name after "according to", not the first clause’s subject', () => {
    const text = 'The Harbour Board does not publish ferry figures, but according to Keelstat, the north route carried 4,000 passengers in May.';
    expect(quote(text, 'the north route')).toMatchObject({
      text: 'the north route carried 4,000 passengers in May', type: 'indirect', speaker: 'Keelstat', speaker_start: at(text, 'Keelstat'),
      cue: 'according to', cue_start: at(text, 'according to'),
    });
  });

  test('the first clause is no part of the report', () => {
    const text = 'The Harbour Board does not publish ferry figures, but according to Keelstat, the north route carried 4,000 passengers in May.';
    expect(quotesOf(text).filter((q) => q.text.includes('ferry figures'))).toEqual([]);
  });

  test('a cue coordinated after "but" still shares the subject: "…, but said the route …"', () => {
    const text = 'Mara Okafor did not publish the ferry figures, but said the north route carried 4,000 passengers in May.';
    expect(quote(text, 'the north route')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', cue: 'said' });
  });
});
