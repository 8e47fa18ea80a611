/**
 * How many of `items`, in ascending order of `key`, have a key at or below `value`: the index of the first item
 * above it, found by halving. The items at or below are a prefix of the array, so the last of them is one before.
 */
export function countAtOrBelow<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Items asked again and again which of them have a key in a range: sorted by key once, then found by halving,
 * instead of a scan of all of them per question (a pass over every pair of reports grew with the square of an
 * article's length).
 */
export class KeyRange<T> {
  private readonly byKey: { index: number; key: number }[];

  constructor(items: readonly T[], key: (item: T) => number) {
    this.byKey = items.map((item, index) => ({ index, key: key(item) })).sort((a, b) => a.key - b.key || a.index - b.index);
  }

  /** The positions (in `items`) of the items with lo <= key <= hi, in the items' own order (whole-number keys: offsets). */
  indicesIn(lo: number, hi: number): number[] {
    const out: number[] = [];
    for (let k = countAtOrBelow(this.byKey, (e) => e.key, lo - 1); k < this.byKey.length && this.byKey[k]!.key <= hi; k++) out.push(this.byKey[k]!.index);
    return out.sort((a, b) => a - b);
  }
}
