/** A deterministic slice of the corpus: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parse "I/N" (1 ≤ I ≤ N). Throws a message fit for the user on anything else. */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard takes I/N with 1 ≤ I ≤ N (e.g. 2/8), not "${spec}"`);
  }
  return { index, count };
}

/** Whether an article id belongs to the shard: FNV-1a of the id, so any machine decides alike. */
export function inShard(id: string, shard: Shard): boolean {
  return fnv1a(id) % shard.count === shard.index - 1;
}

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
