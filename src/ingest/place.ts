import type { Article } from '../types.js';

/** Where an input came from, as messages name it: "feeds/a.jsonl:12", "crawl.warc.gz@4096", "notes.txt". */
export function placeOf(input: Pick<Article, 'path' | 'line' | 'offset'>): string {
  return input.line !== undefined ? `${input.path}:${input.line}` : input.offset !== undefined ? `${input.path}@${input.offset}` : input.path;
}
