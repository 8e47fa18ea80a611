import type { Token } from '../../types.js';

/**
 * "The critics could not agree on what they had seen", "they agreed about how to split it": agreeing on a
 * question names the matter, not a view stated, so no report. (A noun after "agree on" still reports, as PolNeAR
 * annotates "to agree on the need for lower taxes".)
 */
export function agreementOnQuestion(tokens: Token[], i: number): boolean {
  if (tokens[i]!.lemma !== 'agree' && !/^agree(s|d|ing)?$/.test(tokens[i]!.normal)) return false;
  return /^(on|about|over)$/.test(tokens[i + 1]?.normal ?? '') && /^(what|how|whether|when|where|who|whom|which|why|if)$/.test(tokens[i + 2]?.normal ?? '');
}
