import type { Article } from '../types.js';

/** Where an input came from, as messages name it: "feeds/a.jsonl:12", "crawl.warc.gz@4096", "notes.txt". */
export function placeOf(input: Pick<Article, 'path' | 'line' | 'offset'>): string {
  return input.line !== undefined ? `${input.path}:${input.line}` : input.offset !== undefined ? `${input.path}@${input.offset}` : input.path;
}

/**
 * A place as a message opens with it: placeOf, but standard input in words ("standard input line 2"),
 * since "-:2: …" reads as a stray dash and a spreadsheet takes a cell starting "-" for a formula.
 * Ids and quote ids keep placeOf's form.
 */
export function placeWords(input: Pick<Article, 'path' | 'line' | 'offset'>): string {
  if (input.path !== '-') return placeOf(input);
  return input.line !== undefined ? `standard input line ${input.line}` : 'standard input';
}
