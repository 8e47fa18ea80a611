import { isOutletHead } from '../lexicon/outlets.js';
import type { SpeakerPhrase } from './speaker.js';
import type { TokenView } from './frame.js';

/**
 * "according to the Gazette", "documents seen by the Treasury": one capitalised word after "the" that the
 * lexicon does not know is no person (names take no article) but a body, or an outlet when the word is a
 * newspaper's ("Gazette", "Herald"). Any other speaker is returned as it is.
 */
export function unknownBody(view: TokenView, speaker: SpeakerPhrase): SpeakerPhrase {
  if (speaker.kind !== 'person') return speaker;
  const tokens = view.tokens;
  const k = view.tokenAtOrAfter(speaker.start);
  if (k < 1 || tokens[k]?.start !== speaker.start || tokens[k - 1]!.normal !== 'the' || tokens[k]!.end !== speaker.end) return speaker;
  if (isOutletHead(speaker.name)) return { ...speaker, kind: 'outlet', name: `The ${speaker.name}` };
  // (A plural may be a family: "according to the Marlows".)
  if (/s$/.test(speaker.name)) return speaker;
  return { ...speaker, kind: 'organization', name: `the ${speaker.name}` };
}
