import type { Token } from '../types.js';
import { prospectiveAppearanceWords } from '../lexicon/prospective-appearance-words.js';

/**
 * Whether the appearance on a programme whose "on" stands at tokens[on] (its title ending before tokens[end]) is
 * still to come: "X will appear on the show “…” next week", "X had planned to sing it on the show “…”", "… is due
 * to appear on …". Words quoted later cannot have been said on a broadcast that has not happened, so it places
 * no one on it. Read within the clause: from the sentence's start (or its last comma before "on") to three
 * tokens after the title.
 */
export function prospectiveAppearance(tokens: Token[], from: number, on: number, end: number, to: number): boolean {
  const words = prospectiveAppearanceWords();
  let start = on;
  while (start > from && tokens[start - 1]!.text !== ',' && tokens[start - 1]!.text !== ';') start--;
  for (let k = start; k < on; k++) {
    const w = tokens[k]!.normal;
    if (words.modals.has(w) && tokens[k + 1]?.pos !== 'PUNCT') return true;
    // ("planned to sing", "is due to appear": the intention's "to" right after it.)
    if (words.intentions.has(w) && tokens[k + 1]?.normal === 'to') return true;
  }
  for (let k = end; k < to && k < end + 3; k++) if (words.times.has(tokens[k]!.normal)) return true;
  return false;
}
