import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';

/**
 * "a clip posted to her accounts showing a kettle coming to the boil", "The trailer shows the hero …": a
 * picture that shows something reports no one's words. A form of "show" with no comma before it, after a
 * picture noun of its own clause (cues.json shown_media_nouns); a "shows that …" clause is still reported,
 * and a poll or study that shows something is no picture.
 */
const SHOW_FORMS = new Set(['showing', 'shows', 'showed', 'show']);

export function pictureShowing(tokens: Token[], cue: number): boolean {
  if (!SHOW_FORMS.has(tokens[cue]!.normal) || tokens[cue + 1]?.normal === 'that') return false;
  const media = cueLexicon().shownMediaNouns;
  // (Through a participle phrase on the picture: "a video posted to the band's accounts showing …".)
  for (let k = cue - 1; k >= Math.max(0, cue - 12); k--) {
    // (Nor past the sentence's start: "… the footage. The survey shows …".)
    if (/^[,;:—–(.!?]$/.test(tokens[k]!.text) || /^(and|but|or)$/.test(tokens[k]!.normal)) return false;
    if (media.has(tokens[k]!.normal)) return true;
  }
  return false;
}
