import type { Token } from '../types.js';
import { retagged } from './retagged.js';
import { cueLexicon } from '../lexicon/cues.js';

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
    const verb = verbOfParticiple(t.normal, (v) => cues.speech.has(v) || cues.report.has(v));
    if (verb) tokens[i] = retagged(t, 'VERB', verb);
  }
}

/** The verb whose "-ing" form `word` is, among those `known` accepts: "warning" → "warn", "joking" → "joke", "quipping" → "quip". */
function verbOfParticiple(word: string, known: (verb: string) => boolean): string | null {
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`];
  if (/(\p{Ll})\1$/u.test(stem)) candidates.push(stem.slice(0, -1));
  return candidates.find(known) ?? null;
}
