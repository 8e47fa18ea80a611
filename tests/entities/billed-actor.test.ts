import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'b' }).entities.people.map((p) => [p.name, p.mentions[0]!.start, p.mentions[0]!.end]);

describe('"the dub stars ACTOR as PART": whoever a billing sentence casts as a part is a person', () => {
  test('a later pair whose given name is unknown and whose part is a description in small letters', () => {
    const text = 'The new version stars Odile Farrant as Wren and Bex Tamberlane as the old ferryman.';
    expect(people(text)).toEqual([['Odile Farrant', 22, 35], ['Bex Tamberlane', 48, 62]]);
  });

  test('the first pair after "features" following a noun for a work', () => {
    const text = 'The remake features Bex Tamberlane as a retired spy.';
    expect(people(text)).toEqual([['Bex Tamberlane', 20, 34]]);
  });

  test('near miss: "features" after a noun for no work bills no cast', () => {
    const text = 'The fair features Bex Tamberlane as a guest on Sunday.';
    expect(people(text)).toEqual([]);
  });
});
