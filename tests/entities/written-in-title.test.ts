import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'test' }).entities.films.map((f) => f.title);

// "In “TITLE,” … NAME writes …": a title its author writes in is a book or an essay, not a film or show.
describe('a title someone writes in', () => {
  test('"In “…,” due out …, NAME writes" is no film, even beside a show', () => {
    const text = 'In “Paper Lanterns,” out this spring from Quayside Press, Marlow writes about her childhood.\n\nMarlow later joined a late-night program, “The Marlow Hour.”';
    expect(films(text)).toEqual(['The Marlow Hour']);
  });

  test('a pronoun author', () => {
    expect(films('In “Paper Lanterns,” she writes about her father. The film “Salt Line” opens Friday.')).toEqual(['Salt Line']);
  });

  test('near miss: writing inside a relative clause on a part played leaves the title a show', () => {
    const text = 'In “Salt Line,” Hale plays a nurse who writes letters home.\n\nHale later joined a late-night program, “The Hale Hour.”';
    expect(films(text)).toContain('Salt Line');
  });
});
