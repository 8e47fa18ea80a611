import type { Article } from '../types.js';

const TEXT_FIELDS = ['text', 'maintext', 'body', 'content'] as const;

/** The article of a JSON record (SPEC field names, news-please's included), or the reason it has none. */
export function recordToArticle(
  record: unknown,
  where: { path: string; fallbackId: string; line?: number },
): Article | string {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'record is not a JSON object';
  const r = record as Record<string, unknown>;
  const field = TEXT_FIELDS.find((f) => typeof r[f] === 'string');
  if (!field) {
    // A text field of the wrong type is named as such: a user looking for "text" in the record would find it there.
    const mistyped = TEXT_FIELDS.find((f) => r[f] !== undefined && r[f] !== null);
    return mistyped ? `${mistyped} is ${describeType(r[mistyped])}, not a string` : `no text field (expected one of ${TEXT_FIELDS.join(', ')})`;
  }
  const text = (r[field] as string).replace(/^\uFEFF/, '');
  if (!text.trim()) return `empty ${field}`;
  const rawId = r.id;
  const id = typeof rawId === 'string' && rawId.trim() ? rawId : typeof rawId === 'number' ? String(rawId) : where.fallbackId;
  return {
    id,
    path: where.path,
    ...(where.line !== undefined ? { line: where.line } : {}),
    url: str(r.url),
    title: str(r.title),
    date: str(r.date) ?? str(r.date_publish),
    outlet: str(r.outlet) ?? str(r.source_domain) ?? str(r.publisher),
    authors: authors(r.authors),
    text,
  };
}

function str(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function authors(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
  if (typeof value === 'string' && value.trim()) return [value];
  return [];
}

function describeType(value: unknown): string {
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
