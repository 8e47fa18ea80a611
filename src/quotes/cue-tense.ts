import { cueLexicon } from '../lexicon/cues.js';

/** A speech verb's third person singular present ("says", "tells", "adds"; cues.json speech lemmas), not "highlights". */
export function reportsNow(cue: string): boolean {
  const word = cue.toLowerCase();
  if (!/^\p{Ll}+s$/u.test(word)) return false;
  const speech = cueLexicon().speech;
  return speech.has(word.slice(0, -1)) || (/(?:ss|sh|ch|x)es$/.test(word) && speech.has(word.slice(0, -2)));
}
