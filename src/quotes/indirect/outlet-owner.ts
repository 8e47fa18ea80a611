import type { Token } from '../../types.js';
import { lookupOutlet } from '../../lexicon/outlets.js';
import { sourceText } from '../speaker-phrase.js';

/**
 * "…, ESPN's Tara Wills reported.", "…, the Ledger's Ana Ruiz said.": whether tokens[k] is a possessive ending
 * whose owner, the capitalised run (with "the") before it, is a known outlet. A reporter named by her outlet is
 * one speaker phrase, unlike a person's "'s" ("Lee's co-star Ruiz said"), which may belong to the clause before.
 */
export function outletOwnerEnding(tokens: Token[], k: number): boolean {
  if (!/^['’]s$/.test(tokens[k]?.text ?? '')) return false;
  let s = k;
  while (s > 0 && s > k - 6 && /^[\p{Lu}\d&]/u.test(tokens[s - 1]!.text)) s--;
  if (s > 0 && tokens[s - 1]!.normal === 'the') s--;
  for (let from = s; from < k; from++) if (lookupOutlet(sourceText(tokens, from, k))) return true;
  return false;
}
