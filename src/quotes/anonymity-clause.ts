import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';

/**
 * "one major donor, who requested anonymity, said …", "a pilot, who asked not to be named (or did not want to
 * be named), said …": a relative clause at tokens[who] asking not to be named. Only a person asks so, so the noun
 * before it is a person whatever the noun ("donor" is in no list of ours). Read up to the clause's closing comma.
 */
export function requestsAnonymity(tokens: Token[], who: number): boolean {
  if (tokens[who]?.normal !== 'who') return false;
  for (let k = who + 1; k < tokens.length && k <= who + 10 && tokens[k]!.text !== ','; k++) {
    if (tokens[k]!.normal === 'anonymity') return true;
    // ("who did not want to be named", "who did not wish to be identified": the wish put between "not" and "to".)
    const wish = /^(want|wish)$/.test(tokens[k + 1]?.normal ?? '') ? 1 : 0;
    if (tokens[k]!.normal === 'not' && tokens[k + 1 + wish]?.normal === 'to' && tokens[k + 2 + wish]?.normal === 'be' && cueLexicon().anonymityParticiples.has(tokens[k + 3 + wish]?.normal ?? '')) return true;
    // "who was not authorized to speak publicly": one not cleared to speak is a source kept unnamed.
    if (tokens[k]!.normal === 'not' && cueLexicon().permissionParticiples.has(tokens[k + 1]?.normal ?? '') && tokens[k + 2]?.normal === 'to' && cueLexicon().permittedSpeechVerbs.has(tokens[k + 3]?.normal ?? '')) return true;
  }
  return false;
}
