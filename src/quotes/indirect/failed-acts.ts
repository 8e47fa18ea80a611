import type { Token } from '../../types.js';

/**
 * "after failing to agree a new lease", "the minister failed to mention the cuts": a cue right after "fail to"
 * tells what was not said or agreed, so it reports nothing (no gold set marks a report there).
 */
export function failedAct(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.normal === 'to' && tokens[i - 2]?.lemma.toLowerCase() === 'fail';
}
