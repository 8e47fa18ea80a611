import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'j' }).entities.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])]);

describe('a job in small letters before a full name keeps it a person beside a company word after the surname', () => {
  test('"actor Zorvan Arora" … "Arora’s spokesperson, Ritika Menon, said" keeps the actor', () => {
    const text = 'Officers searched the home of actor Zorvan Arora on Thursday. Arora’s spokesperson, Ritika Menon, said he was cooperating.';
    const r = extractArticle(text, { id: 'j' });
    // (The possessive "Arora’s" is not yet counted as his mention: only the full name's is asserted.)
    const found = people(text);
    expect(found.map(([name]) => name)).toEqual(['Zorvan Arora', 'Ritika Menon']);
    expect(found[0]![1]).toContainEqual([36, 48]);
    expect(found[1]![1]).toEqual([[84, 96]]);
    const q = r.quotes[0]!;
    expect([q.type, q.text, q.speaker, q.cue, q.outlet, q.start, q.end]).toEqual(['indirect', 'he was cooperating', 'Ritika Menon', 'said', null, 103, 121]);
  });

  test('negative: with no job before it, a run whose last word stands before a company word stays out', () => {
    const text = 'Shares of Halvex Arora fell on Thursday. Arora’s spokesperson, Ritika Menon, said the firm was cooperating.';
    expect(people(text)).toEqual([['Ritika Menon', [[63, 75]]]]);
  });
});
