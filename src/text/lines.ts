import { rememberLastText } from './last-text.js';

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
  const { lines, starts } = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!mayMatch(line)) continue;
    for (const m of line.matchAll(pattern)) {
      m.index = m.index! + starts[i]!;
      yield m;
    }
  }
}

/** An article's lines (without their line breaks) and the offset each starts at. */
interface ArticleLines {
  text: string;
  lines: string[];
  starts: number[];
}

/**
 * A memo of one entry: the lines of the article cut last. The entity passes run a dozen patterns over
 * the same article in a row, so its lines are cut once instead of once per pattern; one entry is
 * enough because articles are processed one at a time, and it holds at most one article. Callers
 * need not know of it: the lines depend on the text alone.
 */
const linesOf = rememberLastText(cutLines);

function cutLines(text: string): ArticleLines {
  const lines: string[] = [];
  const starts: number[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push(text.slice(start, end));
    starts.push(start);
    start = end + 1;
  }
  return { text, lines, starts };
}
