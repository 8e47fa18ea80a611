import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'c' }).entities;
const at = (text: string, s: string) => [text.indexOf(s), text.indexOf(s) + s.length];

describe('casting verbs: "bring back" and "cast" an actor as a part, in a sentence about a screen work', () => {
  test('"The series will bring back ACTOR as PART" makes the part a character with that actor, not a person', () => {
    const text = 'The series will bring back Tomas Whitfield as Harold Brenner, the producers said.';
    const e = entities(text);
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Harold Brenner', 'Tomas Whitfield', [at(text, 'Harold Brenner')]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Tomas Whitfield']);
    const q = extractArticle(text, { id: 'c' }).quotes[0]!;
    expect([q.type, q.text, q.speaker, q.cue, q.outlet, q.start, q.end]).toEqual(['indirect', 'The series will bring back Tomas Whitfield as Harold Brenner', 'the producers', 'said', null, 0, 60]);
  });

  test('"has cast" and "recast" too', () => {
    for (const text of ['The studio has cast Ines Marlow as Greta Vose in the sequel.', 'The show recast Ines Marlow as Greta Vose in its second season.']) {
      const e = entities(text);
      expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Greta Vose', 'Ines Marlow']]);
      expect(e.people.map((p) => p.name)).toEqual(['Ines Marlow']);
    }
  });

  test('negative: with no screen work in the sentence, "cast" and "bring back" name an office or a person', () => {
    const e = entities('The party cast Tomas Whitfield as Harold Brenner’s successor.');
    expect(e.characters).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['Tomas Whitfield', 'Harold Brenner']);
    expect(entities('The club will bring back Tomas Whitfield as Director Ana Ruiz left.').characters).toEqual([]);
  });

  test('a later pair of the billing may describe the part before its name: "and ACTOR as the wisecracking neighbor PART"', () => {
    const text = 'The revival stars Nora Lind as Maisie, and Tomas Whitfield as the wisecracking neighbor Harold Brenner.';
    const e = entities(text);
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])])).toEqual([
      ['Maisie', 'Nora Lind', [at(text, 'Maisie')]],
      ['Harold Brenner', 'Tomas Whitfield', [at(text, 'Harold Brenner')]],
    ]);
    expect(e.people.map((p) => p.name)).toEqual(['Nora Lind', 'Tomas Whitfield']);
  });
});
