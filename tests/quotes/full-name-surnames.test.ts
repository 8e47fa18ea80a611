// A listed company's one-word name (data/organisations.json) that the article gives a person as the surname of a
// full name stands for that person. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a listed company’s name that is the surname of a person named in full', () => {
  test('"Lars Ericsson … Ericsson said": the surname alone is the person, speaker and alias', () => {
    const text = 'Lars Ericsson has kept bees for forty years. Ericsson said the winter had been hard.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the winter had been hard', start: at(text, 'the winter'), speaker: 'Lars Ericsson', speaker_kind: 'person', speaker_mention: 'Ericsson', speaker_start: at(text, 'Ericsson said'), speaker_end: at(text, 'Ericsson said') + 8, cue: 'said', outlet: null },
    ]);
    const people = extractArticle(text, { id: 't' }).entities.people.map((p) => [p.name, p.aliases]);
    expect(people).toEqual([['Lars Ericsson', ['Ericsson']]]);
  });

  test('near miss: with no person of that surname, the name alone stays the company', () => {
    const text = 'Ericsson said the new plant would open in March.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the new plant would open in March', start: at(text, 'the new'), speaker: 'Ericsson', speaker_kind: 'organization', speaker_mention: 'Ericsson', speaker_start: 0, speaker_end: 8, cue: 'said', outlet: null },
    ]);
    expect(extractArticle(text, { id: 't' }).entities.people).toEqual([]);
  });
});
