import type { Article, ArticleResult } from '../types.js';
import { processArticle } from '../pipeline/process.js';

/**
 * piscina task: one article through the pipeline (the model loads once per worker thread). The article
 * itself stays with the caller, which already holds it: copying its text back costs as much as the rest.
 */
export default function processTask(article: Article): Omit<ArticleResult, 'article'> {
  const { quotes, entities } = processArticle(article);
  return { quotes, entities };
}
