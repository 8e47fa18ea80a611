/**
 * "Bowie was prolific: “Heroes” came out in 1977": the quotation a colon opens is a title, not words spoken,
 * when the sentence goes on past its closing mark (a title as subject of a verb) or when it is a short
 * title-cased phrase with no sentence punctuation ("“Heroes”", "“Low”"). Speech after a stance colon ends its
 * sentence: "was less forgiving: “It’s a shambles.”".
 */
export function titleAfterColon(text: string, colonEnd: number): boolean {
  // (Double marks only: a single closing mark is also an apostrophe, "It’s".)
  const m = /^\s*(?:“([^”]{1,200})”|"([^"]{1,200})")/u.exec(text.slice(colonEnd, colonEnd + 210));
  if (!m) return false;
  const inner = (m[1] ?? m[2]!).trim();
  const after = text.slice(colonEnd + m[0].length, colonEnd + m[0].length + 40);
  // (More words after the closing mark in the same sentence: "“Heroes” came out …".)
  if (!/[.!?…]$/.test(inner) && /^[ \t]*[\p{L}\d]/u.test(after)) return true;
  const words = inner.split(/\s+/);
  const minor = /^(a|an|the|of|and|or|in|on|at|to|for|with|from|by)$/;
  return words.length <= 4 && !/[.!?…,;]$/.test(inner) && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && minor.test(w)));
}
