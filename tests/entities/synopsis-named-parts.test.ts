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

  test('both synopsis shapes in one article about a show with an actor credited: "The series follows …" and "It centres on …" each name a part', () => {
    const e = entities('The new drama “Salt Road” stars Mara Lind. The series follows Tamsin Rowe, a ferry pilot. It centres on Ada Lusk, her rival.');
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Tamsin Rowe', null, [[62, 73]]], ['Ada Lusk', null, [[104, 112]]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Mara Lind']);
  });

  test('near miss: with no actor credited, "It centres on Ada Lusk" is read as no synopsis (only the series\' own one is)', () => {
    const e = entities('The new drama “Salt Road” opens in May. The series follows Tamsin Rowe, a ferry pilot. It centres on Ada Lusk, her rival.');
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Tamsin Rowe', [[59, 70]]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Ada Lusk']);
  });
});
