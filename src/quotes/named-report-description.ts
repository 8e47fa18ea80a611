import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { cueLemma } from './find-cue.js';

/**
 * "Kay Lund said her sister told her to stay home. “…,” she said.": a description that speaks as the subject of the
 * clause a named person's cue reports ("Lund said her sister told …") is someone in that person's account, not a
 * new speaker the article turns to; a he/she after it stands for the named reporter. `first` is the description's
 * first token; returns the reporter's name as written ("Lund", "Kay Lund"), or null.
 */
export function namedReporterOf(tokens: Token[], first: number): string | null {
  let k = first - 1;
  if (tokens[k]?.normal === 'that') k--;
  const cue = tokens[k];
  if (!cue || cue.pos !== 'VERB') return null;
  const lex = cueLexicon();
  if (!lex.speech.has(cueLemma(cue)) && !lex.report.has(cueLemma(cue))) return null;
  let n = k;
  while (n > 0 && n > k - 4 && tokens[n - 1]!.pos === 'PROPN') n--;
  return n < k ? tokens.slice(n, k).map((t) => t.text).join(' ') : null;
}
