import type { Article, InputError, IngestItem } from '../../src/types.js';

export async function collect(items: AsyncIterable<IngestItem>): Promise<{ articles: Article[]; errors: InputError[] }> {
  const articles: Article[] = [];
  const errors: InputError[] = [];
  for await (const item of items) {
    if (item.kind === 'article') articles.push(item.article);
    else errors.push(item.error);
  }
  return { articles, errors };
}
