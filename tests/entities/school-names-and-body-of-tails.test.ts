import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'schools' });
const people = (text: string) => run(text).entities.people.map((p) => p.name);

describe('people: a school named by its kind (Elementary, High, Middle, Academy) is no person', () => {
  test('"whose children attend Brookfield Elementary": only the speaker is a person', () => {
    const text = 'Dana Whitlow, whose sons attend Brookfield Elementary, said the new bus route was safer.';
    const r = run(text);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Dana Whitlow']);
    expect(r.quotes).toMatchObject([{ type: 'indirect', text: 'the new bus route was safer', start: text.indexOf('the new'), end: text.length - 1, speaker: 'Dana Whitlow', speaker_kind: 'person', cue: 'said', outlet: null }]);
  });

  test('"X High said" speaks for the school', () => {
    const text = 'Carver Hill High said classes would resume on Monday.';
    expect(run(text).quotes).toMatchObject([{ type: 'indirect', text: 'classes would resume on Monday', speaker: 'Carver Hill High', speaker_kind: 'organization', speaker_start: 0, speaker_end: 16, cue: 'said', outlet: null }]);
    expect(people(text)).toEqual([]);
  });

  test('near miss: a person named in full elsewhere in the sentence stays', () => {
    expect(people('Principal Ruth Adair of Brookfield Elementary said the gym would reopen.')).toEqual(['Ruth Adair']);
  });
});

describe('people: the words after a public body’s capitalised head and "of" finish its name', () => {
  test('"the Ohio Division of Water Safety" names no person', () => {
    const text = 'The Ohio Division of Water Safety said in a statement that 12 beaches had closed.';
    const r = run(text);
    expect(r.entities.people).toEqual([]);
    expect(r.quotes).toMatchObject([{ type: 'indirect', text: '12 beaches had closed', speaker: 'Ohio Division of Water Safety', speaker_kind: 'organization', speaker_start: 4, speaker_end: 33, cue: 'said', outlet: null }]);
  });

  test('near miss: a person after "the division of" in small letters, or after a given name, stays a person', () => {
    expect(people('The unit was moved into the division of Helen Marsh last year.')).toEqual(['Helen Marsh']);
    expect(people('The unit was moved into the Division of Helen Marsh last year.')).toEqual(['Helen Marsh']);
  });
});
