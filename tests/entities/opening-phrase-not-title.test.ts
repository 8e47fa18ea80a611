import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'o' }).entities;

describe('title cues: "In the drama," opens a sentence; the name after it is its subject, no title', () => {
  test('"In the drama, NAME plays …" lists a person, no film', () => {
    const e = entities('In the drama, Petra Holm plays a retired pilot.');
    expect(e.films).toEqual([]);
    const person = e.people.find((p) => p.name === 'Petra Holm');
    expect(person?.mentions[0]).toMatchObject({ start: 14, end: 24, text: 'Petra Holm' });
  });

  test('a later sentence and more words: "Throughout the new film, NAME …"', () => {
    const e = entities('The shoot ended in May. Throughout the new film, Petra Holm narrates.');
    expect(e.films.map((f) => f.title)).toEqual([]);
    expect(e.people.map((p) => p.name)).toContain('Petra Holm');
  });

  test('near miss: an apposition "The film, A Quiet Orchard, follows …" is still a title', () => {
    const e = entities('The film, A Quiet Orchard, follows a retired pilot.');
    expect(e.films.map((f) => f.title)).toEqual(['A Quiet Orchard']);
    expect(e.films[0]!.mentions[0]).toMatchObject({ start: 10, end: 25, text: 'A Quiet Orchard' });
  });

  test('near miss: mid-sentence "starred in the film, A Quiet Orchard," is still a title', () => {
    expect(entities('She starred in the film, A Quiet Orchard, in 2019.').films.map((f) => f.title)).toEqual(['A Quiet Orchard']);
  });
});
