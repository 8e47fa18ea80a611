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
