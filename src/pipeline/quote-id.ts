/** Stable across runs: the article id plus the quote's span, "a1#120-188". */
export function quoteId(articleId: string, start: number, end: number): string {
  return `${articleId}#${start}-${end}`;
}
