import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const names = (text: string) => extractArticle(text, { id: 'b' }).entities.people.map((p) => p.name);

describe('entities: a book cover\'s series line ("A NAME Novel") is no person', () => {
  test('"“A Harriet Quinn Mystery”" names no "Harriet Quinn Mystery"', () => {
    expect(names('Under the title the cover reads “A Harriet Quinn Mystery” in small gold letters.')).toEqual([]);
  });

  test('inside a subtitle: “Low Tide: A Harriet Quinn Mystery,”', () => {
    const found = names('Her third book, “Low Tide: A Harriet Quinn Mystery,” came out in June, said author Mara Ostrow.');
    expect(found).not.toContain('Harriet Quinn Mystery');
    expect(found).toContain('Mara Ostrow');
  });

  test('near miss: a name in running text, no cover line, is still a person', () => {
    expect(names('She won the award in 2019, said Tom Ashe, who judged it.')).toEqual(['Tom Ashe']);
  });
});
