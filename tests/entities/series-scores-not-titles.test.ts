import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 's' }).entities.films.map((f) => [f.title, f.kind]);

describe('films: a score after "series" is a result, no TV title', () => {
  test('"lost the series 3-0 to …", "won the series 2–1 against …"', () => {
    expect(films('Kenya lost the series 3-0 to Ireland in Nairobi.')).toEqual([]);
    expect(films('Chile won the series 2–1 against Peru.')).toEqual([]);
  });

  test('negative: a capitalised name after "the series" is still a title', () => {
    expect(films('She starred in the series Harbour Nights last year.')).toEqual([['Harbour Nights', 'tv']]);
  });
});
