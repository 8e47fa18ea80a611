import type { Sentence } from '../types.js';

/**
 * The first of an article's sentences holding the offset (start <= offset < end), as
 * `sentences.find((s) => s.start <= offset && offset < s.end)` gives it, found by halving: the title passes ask it
 * once per quotation, and an article of thousands of quotations read its sentences from the start for each. The
 * halving needs the sentences in order and apart, as the analysis makes them; checked once per array (and again
 * if it grows), with the plain search for any other.
 */
export function sentenceHolding(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  if (!inOrder(sentences)) return sentences.find((s) => s.start <= offset && offset < s.end);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // (Only the last sentence starting at or before the offset can hold it: every earlier one ends before it starts.)
  const last = sentences[lo - 1];
  return last && offset < last.end ? last : undefined;
}

const checked = new WeakMap<readonly Sentence[], { length: number; inOrder: boolean }>();

function inOrder(sentences: readonly Sentence[]): boolean {
  const known = checked.get(sentences);
  if (known && known.length === sentences.length) return known.inOrder;
  let ok = true;
  for (let i = 0; i < sentences.length && ok; i++) {
    const s = sentences[i]!;
    ok = s.start <= s.end && (i + 1 === sentences.length || s.end <= sentences[i + 1]!.start);
  }
  checked.set(sentences, { length: sentences.length, inOrder: ok });
  return ok;
}
