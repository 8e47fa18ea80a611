// A compound office ("the Prime Minister", "the Deputy Mayor") names no person called "Minister". Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a compound office names no person', () => {
  test('"The Prime Minister said" is an office, no person "Minister"', () => {
    const text = 'The Prime Minister said the budget would be balanced by spring.';
    expect(quote(text, 'the budget')).toMatchObject({
      type: 'indirect', text: 'the budget would be balanced by spring', start: at(text, 'the budget'), end: text.length - 1,
      speaker: null, speaker_mention: 'The Prime Minister', cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('"The Prime Minister, <name>," keeps only the name', () => {
    expect(people('The Prime Minister, Clara Hensley, said the budget would be balanced.')).toEqual(['Clara Hensley']);
  });

  test('"the Deputy Mayor said" names no person', () => {
    expect(people('Later the Deputy Mayor said the road would reopen.')).toEqual([]);
  });

  test('near miss: "Deputy Baker" without "the" is a deputy named Baker', () => {
    expect(people('Deputy Baker said the car had been stolen overnight.')).toEqual(['Baker']);
  });
});
