import type { Article, ArticleResult } from '../types.js';
import { processArticle } from '../pipeline/process.js';

/** piscina task: one article through the pipeline (the model loads once per worker thread). */
export default function processTask(article: Article): ArticleResult {
  return processArticle(article);
}
