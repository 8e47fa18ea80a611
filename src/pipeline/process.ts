import type { Article, ArticleResult, Quote } from '../types.js';
import { analyzeArticle } from '../nlp/analyze.js';
import { extractEntities } from '../entities/index.js';
import { extractQuotes } from '../quotes/index.js';
import { withPullquotes } from '../pullquotes/index.js';
import { quoteId } from './quote-id.js';

/** Run one article through text → nlp → quotes → entities. Pure apart from the shared model. */
export function processArticle(article: Article): ArticleResult {
  const doc = analyzeArticle(article);
  const quotes: Quote[] = extractQuotes(doc)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    // The keys of { id, article_id, ...q }, copied by Object.assign: a spread of quotes, which come in many
    // shapes, is about three times slower.
    .map((q): Quote => Object.assign({ id: quoteId(article.id, q.start, q.end), article_id: article.id }, q));
  const entities = extractEntities(doc, quotes);
  return { article, quotes: withPullquotes(quotes, entities), entities };
}

/** Convenience for one text: the library's `extractArticle(text, meta?)`. */
export function extractArticle(text: string, meta: Partial<Omit<Article, 'text'>> = {}): ArticleResult {
  return processArticle({ id: meta.id ?? 'article', path: meta.path ?? '', ...meta, text });
}
