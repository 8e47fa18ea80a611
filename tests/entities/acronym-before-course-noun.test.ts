import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const outlets = (text: string) => extractArticle(text, { id: 'c' }).entities.outlets.map((o) => ({ name: o.name, mentions: o.mentions.map((m) => [m.start, m.end, m.text]) }));

describe('outlets: an agency acronym before a course or exam noun names the course', () => {
  test('"the AP exams", "AP classes" list no outlet', () => {
    expect(outlets('Omar Diaz, a junior, said he had studied all spring for the AP exams.')).toEqual([]);
    expect(outlets('The district will add three AP classes next fall, the principal said.')).toEqual([]);
  });

  test('"told the AP", "the AP reported", "the AP\'s tally" still name the agency (negative case)', () => {
    const text = 'Omar Diaz told the AP he would appeal. The AP reported the ruling first. The AP\'s tally showed 40 votes.';
    const at = (s: string, from = 0) => text.indexOf(s, from);
    expect(outlets(text)).toEqual([{ name: 'AP', mentions: [[at('AP'), at('AP') + 2, 'AP'], [at('AP rep'), at('AP rep') + 2, 'AP'], [at("AP's"), at("AP's") + 2, 'AP']] }]);
  });

  test('a capitalised noun after the acronym belongs to a name: "CNN Student News" keeps CNN (negative case)', () => {
    expect(outlets('Her class watched CNN Student News every morning, the teacher said.').map((o) => o.name)).toEqual(['CNN']);
  });
});
