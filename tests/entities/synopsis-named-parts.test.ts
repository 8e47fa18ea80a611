// A screen work's synopsis naming its parts outright: "The series follows Nell Ashby and her editor Ada Vane."
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 's' }).entities;

describe('parts named in a synopsis', () => {
  test('"The series follows Tamsin Rowe and her sister Ada Lusk." names two parts, no people', () => {
    const e = entities('The series follows Tamsin Rowe and her sister Ada Lusk.');
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Tamsin Rowe', null, [[19, 30]]], ['Ada Lusk', null, [[46, 54]]]]);
    expect(e.people).toEqual([]);
  });

  test('near miss: a documentary follows real people', () => {
    const e = entities('The documentary series follows Tamsin Rowe and her sister Ada Lusk.');
    expect(e.characters).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['Tamsin Rowe', 'Ada Lusk']);
  });

  test('near miss: a biopic follows a real person', () => {
    expect(entities('The biopic follows Tamsin Rowe as she rises.').characters).toEqual([]);
  });
});
