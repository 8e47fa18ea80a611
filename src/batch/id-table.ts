/**
 * The article ids a run has seen, each with a number of its own (where it was first seen), kept as
 * 64-bit hashes in typed arrays: about 40 bytes an article, where a Map of the id strings cost about
 * 170 (12 MB for the 70,000 articles of a gigabyte of news). Two ids share a hash with odds of about
 * one in a million over ten million articles.
 */
export class IdTable {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private values = new Float64Array(1024);
  private used = new Uint8Array(1024);
  private size = 0;

  /** The value stored with id, or undefined the first time (when `value` is stored with it). */
  getOrSet(id: string, value: number): number | undefined {
    const [h, l] = hash64(id);
    const slot = this.find(h, l);
    if (this.used[slot]) return this.values[slot];
    this.used[slot] = 1;
    this.hi[slot] = h;
    this.lo[slot] = l;
    this.values[slot] = value;
    if (++this.size * 2 > this.used.length) this.grow();
    return undefined;
  }

  /** The slot holding this hash, or the empty slot where it goes (linear probing). */
  private find(h: number, l: number): number {
    const mask = this.used.length - 1;
    let slot = l & mask;
    while (this.used[slot] && (this.hi[slot] !== h || this.lo[slot] !== l)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { hi, lo, values, used } = this;
    const capacity = used.length * 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.values = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
    for (let k = 0; k < used.length; k++) {
      if (!used[k]) continue;
      const slot = this.find(hi[k]!, lo[k]!);
      this.used[slot] = 1;
      this.hi[slot] = hi[k]!;
      this.lo[slot] = lo[k]!;
      this.values[slot] = values[k]!;
    }
  }
}

/** Two 32-bit FNV-1a style hashes of the UTF-16 units, with different seeds and multipliers. */
function hash64(id: string): [number, number] {
  let h = 0x811c9dc5;
  let l = 0x9e3779b9;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193);
    l = Math.imul(l ^ c, 0x5bd1e995);
    l ^= l >>> 15;
  }
  return [h >>> 0, l >>> 0];
}
