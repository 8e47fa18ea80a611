import type { ArticleResult } from '../types.js';
import { placeOf } from '../ingest/place.js';
import { IdTable } from './id-table.js';
// Not from process.ts: that would load the language model into the main thread of a worker pool.
import { quoteId } from '../pipeline/quote-id.js';

/** An article whose id an earlier article of the run already had. */
export interface RepeatedId {
  id: string;
  place: string;
  firstPlace: string;
}

/** The repeated ids of a run, for its summary: the first few, and how many in all. */
export interface RepeatedIds {
  shown: RepeatedId[];
  count: number;
}

/** A place not kept: an article with no line (a whole file, a WARC record), or past MAX_FILES record files. */
const UNKEPT = -1;
const MAX_FILES = 2 ** 20;

/** How many repeated ids a run keeps to show; the rest are only counted. */
const SHOWN = 20;

/**
 * Article ids seen in a run, in corpus order. Record ids come from the input, and two feeds that
 * number their records from 1 both have an article "1": its quotes would share ids ("1#0-42") with
 * the other's. The first article keeps its quote ids; a later one with the same id gets quote ids
 * qualified by its place ("1@feeds/b.jsonl:1#0-42"), still stable across runs of the same input.
 * Its article id stays as the input gave it.
 */
export class ArticleIds {
  // Only ids given by records (JSON, JSONL) can repeat, so only their files are kept by name; the place of
  // an id is stored as a number, file index × 2^32 + line, and the ids themselves only as hashes.
  private readonly seen = new IdTable();
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  /** The first repeated ids, for the run summary. */
  readonly repeated: RepeatedId[] = [];
  repeatedCount = 0;

  /**
   * The result as it is written: unchanged for an id's first article, with qualified quote ids for a
   * later one, which is also returned as `repeated`. `key` names the article's own files (texts/KEY.txt).
   */
  claim(result: ArticleResult): { result: ArticleResult; repeated: RepeatedId | null; key: string } {
    const { article } = result;
    const first = this.seen.getOrSet(article.id, this.placeCode(article));
    if (first === undefined) return { result, repeated: null, key: article.id };
    const place = placeOf(article);
    const repeated = { id: article.id, place, firstPlace: this.placeFromCode(first) };
    this.repeatedCount++;
    if (this.repeated.length < SHOWN) this.repeated.push(repeated);
    const qualified = `${article.id}@${place}`;
    return { result: { ...result, quotes: result.quotes.map((q) => ({ ...q, id: quoteId(qualified, q.start, q.end) })) }, repeated, key: qualified };
  }

  summary(): RepeatedIds {
    return { shown: this.repeated, count: this.repeatedCount };
  }

  private placeCode(article: ArticleResult['article']): number {
    if (article.line === undefined || article.line >= 2 ** 32) return UNKEPT;
    let file = this.fileIndex.get(article.path);
    if (file === undefined) {
      if (this.files.length >= MAX_FILES) return UNKEPT;
      file = this.files.push(article.path) - 1;
      this.fileIndex.set(article.path, file);
    }
    return file * 2 ** 32 + article.line;
  }

  private placeFromCode(code: number): string {
    if (code === UNKEPT) return 'an earlier article';
    return `${this.files[Math.floor(code / 2 ** 32)]}:${code % 2 ** 32}`;
  }
}

/** The warning line for a repeated id: "feeds/b.jsonl:1: article id "1" already used by feeds/a.jsonl:1 …". */
export function repeatedIdMessage(r: RepeatedId): string {
  return `${r.place}: article id "${r.id}" already used by ${r.firstPlace}; its quote ids read "${r.id}@${r.place}#start-end"`;
}
