import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const article = (text: string) => extractArticle(text, { id: 's' });
const characterNames = (text: string) => article(text).entities.characters.map((c) => c.name);
const peopleNames = (text: string) => article(text).entities.people.map((p) => p.name);

describe('a synopsis names parts by kin word and by a description after the name (src/entities/synopsis-parts.ts)', () => {
  test('"follows siblings Nell and Rupert Whitcombe": both are parts, sharing the surname', () => {
    const text = 'The show follows siblings Nell and Rupert Whitcombe. Hale, who plays Rupert, said he was delighted.';
    expect(characterNames(text)).toEqual(['Nell Whitcombe', 'Rupert Whitcombe']);
    expect(peopleNames(text)).toEqual(['Hale']);
    const q = article(text).quotes;
    expect(q.map((x) => [x.text, x.type, x.start, x.end, x.speaker, x.cue, x.outlet])).toEqual([
      ['he was delighted', 'indirect', 82, 98, 'Hale', 'said', null],
    ]);
  });

  test('"follows Tibbs, a young clockmaker, and his … friend Bolt": the name described after it is a part too', () => {
    expect(characterNames('The animated feature "Skyglass" follows Tibbs, a young clockmaker, and his loyal robot friend Bolt.')).toEqual(['Tibbs', 'Bolt']);
  });

  test('near miss: a documentary follows a real person, and two given names without a kin word are no parts', () => {
    expect(characterNames('The documentary follows Ida Brant, a nurse in Oslo, who hides a deserter.')).toEqual([]);
    expect(characterNames('The series follows Ada and Ben Ito as they move to Leeds.')).toEqual([]);
  });
});
