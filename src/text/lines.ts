/**
 * The matches of a global pattern, line by line, on the lines a cheap test lets through.
 *
 * Some entity patterns open with a character class that can start at almost every position
 * ("\p{Lu}[\p{L}…]+", "\p{Ll}+"), so running them over a whole article is slow. A pattern that cannot
 * match a line break, and has no ^, $ or lookaround that tells a line break from the start or end of
 * the text, finds exactly the same matches line by line (\b sees both as a non-word character).
 * `mayMatch` must accept every line that holds a match: for example, the line contains a word that
 * every match contains.
 *
 * Indices are offsets in the whole text, as with `text.matchAll(pattern)`.
 */
export function* matchAllByLine(text: string, pattern: RegExp, mayMatch: (line: string) => boolean): Generator<RegExpMatchArray> {
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (mayMatch(line)) {
      for (const m of line.matchAll(pattern)) {
        m.index = m.index! + start;
        yield m;
      }
    }
    start = end + 1;
  }
}
