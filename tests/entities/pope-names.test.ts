// "Pope" goes with a regnal name alone, like a king's title: "Pope Francis", "Pope Leo XIV". Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => [p.name, p.aliases]);

describe('a pope named by a regnal name', () => {
  test('"Pope" and one given name is a person known by both words', () => {
    expect(people('Pope Francis, who toured the island in 2013, posted a prayer for the sailors.')).toEqual([['Pope Francis', ['Francis']]]);
  });

  test('"Pope" and a name with a regnal number', () => {
    expect(people('Pope Leo XIV, who toured the island last year, posted a prayer for the sailors.')).toEqual([['Leo XIV', ['Pope Leo XIV']]]);
  });

  test('near miss: a lower-case "pope" names no one', () => {
    expect(people('The pope posted a prayer for the sailors.')).toEqual([]);
  });
});
