import type { ExtractedQuote } from '../types.js';
import { isRunTogetherBodyName } from '../nlp/run-together-names.js';

/**
 * "“We reviewed the footage,” GrainHub said": one word written with a capital inside, or initials with a small
 * letter (EDRi), is a body's name, though alone it reads like a surname (src/nlp/run-together-names.ts).
 */
export function giveRunTogetherNamesBodyKind(quotes: ExtractedQuote[]): void {
  for (const q of quotes) if (q.speaker_kind === 'person' && q.speaker && !q.speaker_role && isRunTogetherBodyName(q.speaker)) q.speaker_kind = 'organization';
}
