import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const extract = (text: string) => extractArticle(text, { id: 'ent62b' }).entities;

describe('characters: "WORK follows NAME and the ROLE NAME …" names two parts', () => {
  test('a name and a described name after the synopsis verb are both parts', () => {
    const text = 'The anime follows Toma and the navigator Rei Kashiwagi across the frozen sea.';
    const e = extract(text);
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Toma', null], ['Rei Kashiwagi', null]]);
    const m = e.characters[1].mentions[0];
    expect(text.slice(m.start, m.end)).toBe('Rei Kashiwagi');
    expect(e.people).toEqual([]);
  });

  test('negative: a documentary follows real people', () => {
    const e = extract('The documentary follows Ana Ruiz and the pilot Tom Hale through the war.');
    expect(e.characters).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Tom Hale']);
  });

  test('negative: a crew word describes a person, no part', () => {
    expect(extract('The film follows Ana Ruiz and the producer Tom Hale through the shoot.').characters).toEqual([]);
  });
});
