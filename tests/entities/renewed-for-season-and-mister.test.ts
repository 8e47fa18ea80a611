import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const ents = (text: string) => extractArticle(text, { id: 'r' }).entities;

describe('films: a title renewed for a season is a series', () => {
  test('"has renewed its drama “Low Quay” for a second season" and a headline "“Low Quay” Renewed for Fourth Season"', () => {
    expect(ents('Hulu has renewed its drama "Low Quay" for a second season.').films.map((f) => [f.title, f.kind])).toEqual([['Low Quay', 'tv']]);
    expect(ents('"Low Quay" Renewed for Fourth Season at Hulu').films.map((f) => [f.title, f.kind])).toEqual([['Low Quay', 'tv']]);
  });

  test('negative: "renewed … for a decade" names no season', () => {
    const kinds = ents('The studio renewed its deal with the film "Low Quay" for a decade.').films.map((f) => f.kind);
    expect(kinds).not.toContain('tv');
  });
});

describe('people: "Mr." never aliases a woman', () => {
  test('"Mr. Okoro" beside "Grace Okoro" is no alias of hers, and she stays female', () => {
    const p = ents('His aunt, Grace Okoro, was there. "Mr. Okoro is resting," a nurse said.').people.find((x) => x.name === 'Grace Okoro')!;
    expect(p.aliases).not.toContain('Mr. Okoro');
    expect(p.gender).toBe('female');
  });

  test('negative: "Mr. Okoro" stays an alias of "Daniel Okoro"', () => {
    const p = ents('Daniel Okoro was there. "Mr. Okoro is resting," a nurse said.').people.find((x) => x.name === 'Daniel Okoro')!;
    expect(p.aliases).toContain('Mr. Okoro');
  });
});
