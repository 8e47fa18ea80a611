import type { ArticleResult, InputError, OutputItem } from '../types.js';
import { placeWords } from '../ingest/place.js';

/** The articles.csv / articles.jsonl record of a processed article or a rejected input. */
export function articleRecord(item: OutputItem): Record<string, unknown> {
  if (item.kind === 'error') return errorRecord(item.error);
  const { article, quotes, entities } = item.result;
  return {
    id: article.id,
    path: article.path,
    line: article.line ?? null,
    title: article.title ?? null,
    url: article.url ?? null,
    date: article.date ?? null,
    outlet: article.outlet ?? null,
    authors: article.authors ?? [],
    chars: article.text.length,
    quotes: quotes.length,
    people: entities.people.length,
    films: entities.films.length,
    outlets: entities.outlets.length,
    status: 'ok',
    // A page read from a damaged record (a truncated WARC) keeps status ok; the damage is said here.
    // So is a guessed encoding (the input's note).
    error: article.warning || article.note ? `${placeWords(article)}: ${[article.warning, article.note].filter(Boolean).join('; ')}` : null,
  };
}

function errorRecord(error: InputError): Record<string, unknown> {
  const where = placeWords(error);
  return {
    id: error.id,
    path: error.path,
    line: error.line ?? null,
    title: null, url: null, date: null, outlet: null, authors: [],
    chars: 0, quotes: 0, people: 0, films: 0, outlets: 0,
    status: 'error',
    error: `${where}: ${error.reason}`,
  };
}

/** The article entry of quotewire.json and articles.jsonl: the record plus the article's entities. */
export function articleJson(item: OutputItem): Record<string, unknown> {
  const record = articleRecord(item);
  if (item.kind === 'error') return record;
  return { ...record, entities: item.result.entities };
}

export function resultOf(item: OutputItem): ArticleResult | null {
  return item.kind === 'result' ? item.result : null;
}
