import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const extract = (text: string) => extractArticle(text, { id: 'ent62b' }).entities;

describe('characters: "the heroine, NAME," in a sentence about a screen work, and "her sister NAME" after it', () => {
  test('the lead in apposition and her relative are parts, neither a person', () => {
    const text = 'In the new anime series the heroine, Rina Okada, fights her younger sister Kumi in the final episode.';
    const e = extract(text);
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Rina Okada', null], ['Kumi', null]]);
    const lead = e.characters[0].mentions[0];
    expect([lead.start, lead.end]).toEqual([text.indexOf('Rina Okada'), text.indexOf('Rina Okada') + 'Rina Okada'.length]);
    expect(e.people).toEqual([]);
  });

  test('"the film\'s villain, NAME," and "his brother NAME" count too', () => {
    const e = extract("The film's villain, Otto Brand, betrays his brother Emil before the last act.");
    expect(e.characters.map((c) => c.name).sort()).toEqual(['Emil', 'Otto Brand']);
    expect(e.people).toEqual([]);
  });

  test('negative: a real rescue\'s hero and her brother stay people', () => {
    const e = extract('The hero, Ana Ruiz, pulled her younger brother Tom Ruiz from the river, police said.');
    expect(e.characters).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Tom Ruiz']);
  });
});
