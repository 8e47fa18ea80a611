import type { Sentence } from '../types.js';
import { countAtOrBelow } from '../text/sorted-search.js';

/**
 * Finding the sentence that holds an offset, a range or a token, by halving: the title and entity passes ask it
 * once per quotation or mention, and an article of thousands of them read its sentences from the start for each.
 * Each lookup gives what `sentences.find(...)` with the same test gives, the first sentence that passes it. The
 * halving needs the sentences in order and apart, as the analysis makes them; checked once per array (and again
 * if it grows), with the plain search for any other.
 */

/** The first sentence holding the offset (start <= offset < end). */
export function sentenceHolding(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return firstSentence(sentences, CHARS, offset, (s) => s.start <= offset && offset < s.end);
}

/** The first sentence containing the whole range (start <= from and to <= end), as a mention must sit in one. */
export function sentenceContaining(sentences: readonly Sentence[], from: number, to: number): Sentence | undefined {
  return firstSentence(sentences, CHARS, from, (s) => s.start <= from && to <= s.end);
}

/** The index of the first sentence holding the offset, as sentenceHolding finds it; -1 when none does. */
export function sentenceIndexHolding(sentences: readonly Sentence[], offset: number): number {
  return firstSentenceIndex(sentences, CHARS, offset, (s) => s.start <= offset && offset < s.end);
}

/** The first sentence holding the token index (tokenStart <= index < tokenEnd). */
export function sentenceHoldingToken(sentences: readonly Sentence[], index: number): Sentence | undefined {
  return firstSentence(sentences, TOKENS, index, (s) => s.tokenStart <= index && index < s.tokenEnd);
}

interface Edges {
  start: 'start' | 'tokenStart';
  end: 'end' | 'tokenEnd';
}
const CHARS: Edges = { start: 'start', end: 'end' };
const TOKENS: Edges = { start: 'tokenStart', end: 'tokenEnd' };

/**
 * The first sentence passing `holds`, a test of the form `start <= from && … <= / < end`. In ordered sentences the
 * ones starting at or before `from` are a prefix and their ends only grow, so the sentences passing are a run
 * ending at the last sentence of that prefix: found by halving, then walked back to the run's first (more than
 * one only for an empty stretch on a boundary).
 */
function firstSentence(sentences: readonly Sentence[], edges: Edges, from: number, holds: (s: Sentence) => boolean): Sentence | undefined {
  const i = firstSentenceIndex(sentences, edges, from, holds);
  return i < 0 ? undefined : sentences[i];
}

/** firstSentence's index, -1 for none. */
function firstSentenceIndex(sentences: readonly Sentence[], edges: Edges, from: number, holds: (s: Sentence) => boolean): number {
  if (!inOrder(sentences, edges)) return sentences.findIndex(holds);
  let i = countAtOrBelow(sentences, (s) => s[edges.start], from) - 1;
  if (i < 0 || !holds(sentences[i]!)) return -1;
  while (i > 0 && holds(sentences[i - 1]!)) i--;
  return i;
}

const checked = new Map<Edges, WeakMap<readonly Sentence[], { length: number; inOrder: boolean }>>([
  [CHARS, new WeakMap()],
  [TOKENS, new WeakMap()],
]);

function inOrder(sentences: readonly Sentence[], edges: Edges): boolean {
  const memo = checked.get(edges)!;
  const known = memo.get(sentences);
  if (known && known.length === sentences.length) return known.inOrder;
  let ok = true;
  for (let i = 0; i < sentences.length && ok; i++) {
    const s = sentences[i]!;
    ok = s[edges.start] <= s[edges.end] && (i + 1 === sentences.length || s[edges.end] <= sentences[i + 1]![edges.start]);
  }
  memo.set(sentences, { length: sentences.length, inOrder: ok });
  return ok;
}
