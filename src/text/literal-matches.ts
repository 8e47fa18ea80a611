/** One place a word (a literal) is written with the words around it that a caller's pattern asks for. */
export interface LiteralMatch {
  /** Where the whole match starts: the literal's start, less the words `before` read before it. */
  start: number;
  /** Where the literal starts. */
  at: number;
  /** Where the whole match ends: the literal's end, and the words `after` read after it. */
  end: number;
  /** `before`'s match at the literal's start (its first group the words before it), or null without `before`. */
  before: RegExpExecArray | null;
  /** `after`'s match at the literal's end, or null without `after`. */
  after: RegExpExecArray | null;
}

/**
 * The matches a global pattern BEFORE + LITERAL + AFTER would find in `text`, in order and without overlap, found
 * by looking the literal up instead of building a pattern for each literal (a name from the article) and letting
 * it try every position. `before` is sticky (flag y) and reads back from the literal's start by one lookbehind,
 * its first group, if any, the words it covers: /(?<=(\p{Lu}\p{Ll}+)[ \t]+)/uy. `after` is sticky and reads on
 * from the literal's end. Exact only where BEFORE can cover the text before a literal in one way alone (as a
 * capitalised word and the spaces after it can); `literal` is not empty.
 */
export function* literalMatches(text: string, literal: string, before: RegExp | null, after: RegExp | null): Generator<LiteralMatch> {
  let lastEnd = 0;
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
    let b: RegExpExecArray | null = null;
    if (before) {
      before.lastIndex = at;
      b = before.exec(text);
      if (!b) continue;
    }
    const start = at - (b?.[1]?.length ?? 0);
    // (A global pattern goes on from the end of its last match: an overlapping one is never found.)
    if (start < lastEnd) continue;
    let a: RegExpExecArray | null = null;
    if (after) {
      after.lastIndex = at + literal.length;
      a = after.exec(text);
      if (!a) continue;
    }
    const end = at + literal.length + (a?.[0].length ?? 0);
    lastEnd = end;
    yield { start, at, end, before: b, after: a };
  }
}

/** Whether a pattern BEFORE + LITERAL + AFTER matches anywhere in `text` (see literalMatches). */
export function literalMatchIn(text: string, literal: string, before: RegExp | null, after: RegExp | null): boolean {
  for (const _ of literalMatches(text, literal, before, after)) return true;
  return false;
}

// The boundaries callers ask for most, each built once and shared (literalMatches sets lastIndex before each use).

/** `before`: a capitalised word and a space right before the literal (a given name before a surname). */
export const CAPITALISED_WORD_BEFORE = /(?<=\p{Lu}\p{Ll}+[ \t]+)/uy;

/** `after`: no letter and no further capitalised word right after a name: "Meridian", not "Meridian's" or "Meridian Airways". */
export const NO_NAME_WORD_AFTER = /(?![\p{L}'’-]|[ \t]+\p{Lu})/uy;

/** `before`: no letter or hyphen right before the literal: it starts a word. */
export const NO_LETTER_BEFORE = /(?<![\p{L}-])/uy;

/** `after`: no letter or hyphen right after the literal: it ends a word. */
export const NO_LETTER_AFTER = /(?![\p{L}-])/uy;

/** `before` or `after`: a word boundary (`\b`) at the literal's edge. */
export const WORD_BOUNDARY = /\b/uy;
