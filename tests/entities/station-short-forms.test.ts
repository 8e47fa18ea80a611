import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const outlets = (text: string) => extractArticle(text, { id: 't' }).entities.outlets;

describe('a local station named again by brand and number alone', () => {
  test('"News 8" after "News 8 Lakeshore" is one outlet with both mentions', () => {
    const text = 'News 8 Lakeshore reported that the ferry was cancelled. News 8 said the pier had flooded.';
    const found = outlets(text);
    expect(found.map((o) => o.name)).toEqual(['News 8 Lakeshore']);
    expect(found[0]!.mentions.map((m) => [m.start, m.end])).toEqual([[0, 16], [56, 62]]);
  });

  test('near miss: a brand and number alone, with no full name in the article, stays as written', () => {
    const text = 'News 8 said the pier had flooded.';
    expect(outlets(text).map((o) => o.name)).toEqual(['News 8']);
  });
});
