// A pact's name ("the Paris Agreement", "the Oslo Accords") is never a person, though a given name or a city
// opens it; a person with such a surname keeps it when an age or a person noun says so. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('pacts are no people', () => {
  test('an agreement, accords, a protocol and a treaty after a place or a given name', () => {
    expect(people('Ministers said the country remained committed to the Paris Agreement.')).toEqual([]);
    expect(people('The talks revived memories of the Oslo Accords and the Kyoto Protocol.')).toEqual([]);
    expect(people('Both sides signed the Lena Treaty in 1921.')).toEqual([]);
  });

  test('near miss: a speaker beside a pact stays a person', () => {
    expect(people('Paris Hilton, 40, said the Oslo Accords had failed.')).toEqual(['Paris Hilton']);
  });
});
