import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';

/**
 * "a clip posted to her accounts showing a kettle coming to the boil": a picture that shows something
 * reports no one's words. "showing" with no comma before it, after a picture noun of its own clause
 * (cues.json shown_media_nouns); a "showing that …" clause is still reported.
 */
export function pictureShowing(tokens: Token[], cue: number): boolean {
  if (tokens[cue]!.normal !== 'showing' || tokens[cue + 1]?.normal === 'that') return false;
  const media = cueLexicon().shownMediaNouns;
  // (Through a participle phrase on the picture: "a video posted to the band's accounts showing …".)
  for (let k = cue - 1; k >= Math.max(0, cue - 12); k--) {
    if (/^[,;:—–(]$/.test(tokens[k]!.text) || /^(and|but|or)$/.test(tokens[k]!.normal)) return false;
    if (media.has(tokens[k]!.normal)) return true;
  }
  return false;
}
