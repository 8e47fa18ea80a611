import { isWebDomain } from '../lexicon/outlets.js';

/**
 * "According to Tennis.com, …", "News.com.au said": wink splits a site's name from its web domain at each full
 * stop ("Tennis" "." "com") and may end a sentence there, so the name reads as a person "Tennis" and the report
 * opens ".com, …". A capitalised word with a domain glued after it is one word, the site's name. The index of
 * wink's last token of that name (values[k] itself when no domain is glued).
 */
export function webNameEnd(values: readonly string[], spaces: readonly string[], k: number): number {
  if (!/^\p{Lu}[\p{L}\d-]*$/u.test(values[k]!)) return k;
  let m = k;
  while (values[m + 1] === '.' && spaces[m + 1] === '' && spaces[m + 2] === '' && isWebDomain(values[m + 2] ?? '')) m += 2;
  return m;
}

/**
 * Wink's sentences (spans of its token indices) with a cut inside a site's name undone: `inner` holds the wink
 * indices after a name's first token (see webNameEnd), and a sentence opening at one runs on from the one before.
 */
export function joinInsideWebNames(spans: [number, number][], inner: ReadonlySet<number>): [number, number][] {
  if (inner.size === 0) return spans;
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && inner.has(span[0])) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}
