import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

// Odd but real inputs: a page that lost its punctuation, a list article with hundreds of titles. Each
// once took time in the square (or cube) of its length; what they find must not change with the fix.
const GIVEN = ['Ana', 'Bo', 'Cara', 'Dan', 'Eve', 'Farid', 'Gwen', 'Hugo'];
const FAMILY = ['Ruiz', 'Lee', 'Diaz', 'Moss', 'Park', 'Silva', 'Quinn', 'Brandt'];
const names = (n: number) => Array.from({ length: n }, (_, i) => `${GIVEN[i % 8]} ${FAMILY[Math.floor(i / 8) % 8]}`).join(' ');

describe('long runs of capitalised words', () => {
  test('a known title inside two thousand names with no punctuation is found, at its place', () => {
    const text = `Credits: ${names(1000)} The Godfather Part II ${names(1000)}\n\nThe screening sold out.`;
    const films = extractArticle(text, { id: 'run' }).entities.films;
    expect(films.map((f) => [f.title, f.mentions.map((m) => m.start)])).toEqual([['The Godfather Part II', [text.indexOf('The Godfather')]]]);
  });
});

describe('articles that list many titles', () => {
  const list = Array.from({ length: 60 }, (_, i) => `“Night Ferry ${i + 1}”`).join(', ');

  test('every quoted title is a film with its own mention', () => {
    const text = `The archive holds the films ${list}.\n\nAll of them screen this winter.`;
    const films = extractArticle(text, { id: 'list' }).entities.films;
    expect(films).toHaveLength(60);
    expect(films[9]).toMatchObject({ title: 'Night Ferry 10', mentions: [{ start: text.indexOf('Night Ferry 10'), text: 'Night Ferry 10' }] });
  });

  test('short forms still join their full titles, and a host’s show stays its own', () => {
    const text = `The archive holds the films ${list}.\n\nABC’s “Breakfast Table with Ann and Joe” keeps its lead, and “Breakfast” drew more viewers. “Donna Keller Today” replaced an hour of “Today.”`;
    const films = extractArticle(text, { id: 'list' }).entities.films.filter((f) => !f.title.startsWith('Night Ferry'));
    expect(films.map((f) => [f.title, f.aliases])).toEqual([
      ['Breakfast Table with Ann and Joe', ['Breakfast']],
      ['Donna Keller Today', []],
      ['Today', []],
    ]);
  });
});
