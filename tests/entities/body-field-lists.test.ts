// A body named "X for A, B and C" keeps its last field ("Sport") out of the people. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a comma list of fields inside a body\'s name', () => {
  test('"the Department for Culture, Media and Sport" names no person "Sport"', () => {
    const text = 'A spokesman for the Department for Culture, Media and Sport said the grant would be cut.';
    expect(quote(text, 'the grant')).toMatchObject({
      type: 'indirect', text: 'the grant would be cut', start: at(text, 'the grant'), end: text.length - 1, speaker: null,
      speaker_mention: 'A spokesman for the Department for Culture, Media and Sport', cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('"the Ministry of Energy, Transport and Housing" names no person', () => {
    expect(people('The Ministry of Energy, Transport and Housing said the plan was ready.')).toEqual([]);
  });

  test('near miss: a person\'s place list before "and" keeps the next name a person', () => {
    expect(people('Senator Ruth Kelly of Ohio, Iowa and Bennett said it was fine.')).toContain('Bennett');
  });
});
