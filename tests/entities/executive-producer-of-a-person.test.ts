// "X's executive producer, Y": a host or a star has an executive producer, so "executive" there makes X no
// organisation; "X's chief executive" still does. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => [p.name, p.aliases]);

describe('a person\'s executive producer', () => {
  test('the host keeps his name beside his producer', () => {
    const text = 'Tom Farrow signed off on Friday.\n\nFarrow\'s longtime executive producer, Ruth Kessel, said the crew would be paid.';
    expect(people(text)).toEqual([['Tom Farrow', ['Farrow']], ['Ruth Kessel', []]]);
  });

  test('near miss: "X\'s chief executive" still reads X as a firm, no mention of the host', () => {
    const text = 'Tom Farrow signed off on Friday.\n\nFarrow\'s chief executive, Ruth Kessel, said the crew would be paid.';
    expect(people(text)).toEqual([['Tom Farrow', []], ['Ruth Kessel', []]]);
  });
});
