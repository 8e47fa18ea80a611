import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const extract = (text: string) => extractArticle(text, { id: 'ent62b' }).entities;

describe('characters: "voices NAME\'s … STORY-ROLE NAME" names a part like a relative does', () => {
  test('a friend of another part, with adjectives, names the part and its actor', () => {
    const text = "In the new cartoon, Lena Varga, who voices Otto's loyal best friend Major Pickles, sang the theme.";
    const e = extract(text);
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Major Pickles', 'Lena Varga']]);
    const m = e.characters[0].mentions[0];
    expect(text.slice(m.start, m.end)).toBe('Major Pickles');
    expect(e.people.map((p) => p.name)).toEqual(['Lena Varga']);
  });

  test('a rival of another part, after "plays", names the part', () => {
    const e = extract("In the sitcom, Tom Hale plays Ida's bitter rival Nell Brody.");
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Nell Brody', 'Tom Hale']]);
  });

  test('negative: a composer\'s piece after "plays" names no part', () => {
    const e = extract("The pianist Ana Ruiz plays Chopin's second Ballade at the recital.");
    expect(e.characters).toEqual([]);
  });
});
