import { describe, expect, test } from 'vitest';
import { ArticleIds } from '../../src/batch/article-ids.js';
import type { ArticleResult } from '../../src/types.js';

const result = (id: string, path: string, where: { line?: number; offset?: number }): ArticleResult => ({
  article: { id, path, ...where, text: '“Rain again,” said Lu Chen.' },
  quotes: [{ id: `${id}#1-12`, article_id: id, start: 1, end: 12 } as ArticleResult['quotes'][number]],
  entities: { people: [], films: [], outlets: [], characters: [] },
});

describe('article ids repeated in a run', () => {
  test('the first article keeps its quote ids; later ones are qualified by their place, their article id unchanged', () => {
    const ids = new ArticleIds();
    const first = ids.claim(result('7', 'north.jsonl', { line: 3 }));
    expect(first.repeated).toBeNull();
    expect(first.key).toBe('7');
    expect(first.result.quotes[0]!.id).toBe('7#1-12');
    const again = ids.claim(result('7', 'south.jsonl', { line: 1 }));
    expect(again.repeated).toEqual({ id: '7', place: 'south.jsonl:1', firstPlace: 'north.jsonl:3' });
    expect(again.key).toBe('7@south.jsonl:1');
    expect(again.result.quotes.map((q) => [q.id, q.article_id])).toEqual([['7@south.jsonl:1#1-12', '7']]);
    expect(ids.claim(result('8', 'south.jsonl', { line: 2 })).repeated).toBeNull();
    expect(ids.repeatedCount).toBe(1);
  });
});
