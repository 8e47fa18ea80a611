import type { AnalyzedArticle, ArticleEntities } from '../types.js';
export { EntityMerger } from './merge.js';
export { lookupOutlet, recogniseOutlet } from './outlets.js';

/**
 * The entity stage: people, films, outlets and characters mentioned in an analysed article.
 * Placeholder until the entity stage lands: finds nothing.
 */
export function extractEntities(_doc: AnalyzedArticle): ArticleEntities {
  return { people: [], films: [], outlets: [], characters: [] };
}
