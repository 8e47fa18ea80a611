import type { Article, InputError } from '../types.js';

/**
 * The damage an article was still read from (a truncated WARC record), placed and worded as a rejected
 * input is, for a run's summary; null for an article read whole. Every path that counts damaged input
 * (extract's sink, extract --out -, a queue worker's batch statistics) names it through here.
 */
/** The note of an article read by a guess (its encoding), placed as damage is, for the run's closing lines; null for none. */
export function noteOf(article: Article): InputError | null {
  if (!article.note) return null;
  return { id: article.id, path: article.path, reason: article.note, line: article.line, offset: article.offset };
}

export function damageOf(article: Article): InputError | null {
  if (!article.warning) return null;
  return { id: article.id, path: article.path, reason: article.warning, line: article.line, offset: article.offset };
}
