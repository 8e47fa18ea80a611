// A casting's part name may be followed by a time clause: "recast Lena Ortiz as Maya after one season". Sentences
// written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const characters = (text: string) => extractArticle(text, { id: 's' }).entities.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])]);

describe('a part named before a time clause', () => {
  test('"The series recast Ines Okafor as Dell after the pilot": Dell is a part Ines Okafor plays', () => {
    expect(characters('The series recast Ines Okafor as Dell after the pilot.')).toEqual([['Dell', 'Ines Okafor', [[33, 37]]]]);
  });

  test('"stars … as … until her exit": the part before "until"', () => {
    expect(characters('The drama stars Ines Okafor as Dell until her exit in season two.').map(([n, a]) => [n, a])).toEqual([['Dell', 'Ines Okafor']]);
  });

  test('near miss: "The party cast Ines Okafor as Speaker after the vote" names an office, no part', () => {
    expect(characters('The party cast Ines Okafor as Speaker after the vote.')).toEqual([]);
  });
});
