import type { Token } from '../types.js';
import { PICTURE_EVIDENCE_WORDS } from '../nlp/words.js';
import { classify, tokenAt, type SpeakerPhrase } from './speaker.js';

/**
 * "Photographs by Ana Ruiz showed the roof had gone": a person credited with pictures took them; the pictures
 * show, the photographer says nothing. The pictures' phrase ("Photographs", "new drone footage") when the
 * speaker phrase follows "PICTURES by"; else null.
 */
export function creditedPictures(tokens: Token[], speaker: SpeakerPhrase, lo: number): SpeakerPhrase | null {
  // (A body that put the pictures out vouches for them: "images by Orbis Imaging showed" stays Orbis's.)
  if (speaker.kind !== 'person') return null;
  const by = tokenAt(tokens, speaker.phraseStart ?? speaker.start, tokens.length - 1) - 1;
  if (by - 1 < lo || tokens[by]?.normal !== 'by' || !PICTURE_EVIDENCE_WORDS.has(tokens[by - 1]!.normal)) return null;
  let start = by - 1;
  while (start - 1 >= lo && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[start - 1]!.pos) && by - start < 5) start--;
  return classify(tokens, start, by);
}
