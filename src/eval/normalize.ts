import type { Span } from '../types.js';

const TRIM = /[\s"'“”‘’„‟«»‹›`´.,;:!?()[\]{}\-–—…]/u;

/** A span with quotation marks, spaces and edge punctuation trimmed from both ends (SPEC scoring). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && TRIM.test(text[start]!)) start++;
  while (end > start && TRIM.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Entity and outlet names compared after SPEC's normalisation. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/g, '')
    .replace(/'s$|'$/, '')
    .replace(/^the /, '')
    .trim();
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'her', 'them', 'his', 'hers', 'their', 'who', 'which', 'that']);

export function isPronoun(mention: string | null): boolean {
  return mention !== null && PRONOUNS.has(mention.trim().toLowerCase());
}

const NOT_NAME_TOKENS = new Set(['the', 'a', 'an', 'of', 'and', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'de', 'van', 'von', 'la', 'le', 'said', 'says']);

/** Name tokens of a speaker name, for the "shares a name token" rule. */
export function nameTokens(name: string | null): Set<string> {
  if (!name) return new Set();
  return new Set(
    name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1 && !NOT_NAME_TOKENS.has(t) && !PRONOUNS.has(t)),
  );
}
