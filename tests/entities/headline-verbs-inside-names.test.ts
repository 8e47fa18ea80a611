import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'h' }).entities.people;
const names = (text: string) => people(text).map((p) => p.name);

describe('entities: a title-case headline names no one past its verb', () => {
  test('a name ends before a capitalised headline verb inside the run ("Bishop Anselm Urges Calm")', () => {
    const text = 'Bishop Anselm Urges Calm After Flood in Tarvon\n\nBishop Anselm Rhee led prayers on Sunday.\n';
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(['Anselm Rhee']);
    expect(found.some((p) => p.aliases.some((a) => /Urges/.test(a)))).toBe(false);
  });

  test('a capitalised preposition opens no name ("… Across Eastern Mindoro")', () => {
    const text = 'Cyclone Amihan Leaves Trail of Damage Across Eastern Mindoro\n\nThe cyclone struck Mindoro on Tuesday.\n';
    expect(names(text)).toEqual([]);
  });

  test('a run a headline verb opens is no person even when its last word recurs in the body ("Closes … Brisa")', () => {
    const text = 'Chef Tomas Vireo Closes Seaside Bistro Brisa After Ten Years\n\nTomas Vireo is closing Brisa this month.\n';
    expect(names(text)).toEqual(['Tomas Vireo']);
  });

  test('near miss: a headline name with no verb inside keeps its full name', () => {
    const text = 'Chef Tomas Vireo at Seaside Festival\n\nTomas Vireo cooked for 300 guests.\n';
    expect(names(text)).toEqual(['Tomas Vireo']);
  });

  test('near miss: in running text a capitalised preposition-like particle stays in the name ("Van Halloran")', () => {
    const text = 'The guitarist Piet Van Halloran said the tour would go ahead.\n';
    expect(names(text)).toEqual(['Piet Van Halloran']);
  });
});
