// Which film a person is linked to, and how. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const links = (text: string) => extractArticle(text, { id: 'fp' }).entities.films.map((f) => [f.title, f.kind, f.people ?? null]);

describe('film people: a programme someone appears on is no work they direct', () => {
  test('the director\'s link goes to the film credited to her, not the talk show she appeared on', () => {
    const text = 'The first feature film from comedian Rhona Vask, “Tollbooth Saints,” opens on Friday. Vask, who directed it in her hometown, later made an appearance on “The Midnight Hour” to promote it.';
    expect(links(text)).toEqual([
      ['Tollbooth Saints', 'film', [{ name: 'Rhona Vask', relation: 'director' }]],
      ['The Midnight Hour', 'tv', null],
    ]);
  });

  test('"a film by" credits its director', () => {
    const text = 'Critics loved “Tollbooth Saints,” a film by Rhona Vask about a family of toll collectors.';
    expect(links(text)).toEqual([['Tollbooth Saints', 'film', [{ name: 'Rhona Vask', relation: 'director' }]]]);
  });

  test('near miss: a director named in the same sentence as her own film still directs it', () => {
    const text = 'Rhona Vask, who directed “Tollbooth Saints,” said the shoot took a year.';
    expect(links(text)).toEqual([['Tollbooth Saints', 'film', [{ name: 'Rhona Vask', relation: 'director' }]]]);
  });
});
