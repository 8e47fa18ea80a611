import type { Token } from '../types.js';
import { retagged } from './retagged.js';
import { cueLexicon } from '../lexicon/cues.js';
import { participleStems } from './participle-stems.js';

/**
 * "Marsh said the plan was bold, joking that he …": the model reads some speech verbs' "-ing" forms as nouns
 * ("joking/NOUN"), so the participle that opens a second report (as ", adding that …" does) was read into the
 * first report's content. After a comma and before "that", a word in "-ing" whose verb is a speech or report
 * cue is that verb's participle.
 */
export function retagCueParticipleBeforeThat(tokens: Token[]): void {
  const cues = cueLexicon();
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || tokens[i - 1]!.text !== ',' || tokens[i + 1]!.normal !== 'that') continue;
    // (Not a word that is a report's noun as well, "warning": the gold sets keep ", warning that …" inside the
    // report before it, or leave it out, so the noun's reading stays.)
    if (!/^\p{Ll}+ing$/u.test(t.text) || cues.reportNouns.has(t.normal)) continue;
    const verb = participleStems(t.normal).find((v) => cues.speech.has(v) || cues.report.has(v));
    if (verb) tokens[i] = retagged(t, 'VERB', verb);
  }
}
