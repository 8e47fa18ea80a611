import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { participleStems } from '../nlp/participle-stems.js';
import { isQuoteMark } from './speaker.js';

// "The council approved the plan, warning that delays would be “very costly.”": "warning" is a report noun too,
// so the tagger's noun reading stays (the gold sets keep ", warning that …" no second report of its own), but
// words quoted in its clause are given by the participle: cue "warning", as the gold sets annotate them.

/** The verb of the "-ing" report noun at tokens[i] after a comma and before "that" whose clause holds a quotation, or null. */
export function reportNounParticipleBeforeQuotation(tokens: Token[], i: number): string | null {
  const t = tokens[i]!;
  if (tokens[i - 1]?.text !== ',' || tokens[i + 1]?.normal !== 'that' || !/^\p{Ll}+ing$/u.test(t.text)) return null;
  const cues = cueLexicon();
  if (!cues.reportNouns.has(t.normal)) return null;
  // (Only with words quoted in the clause, before the sentence ends.)
  let quoted = false;
  for (let k = i + 2; k < tokens.length && k < i + 40 && !quoted; k++) {
    if (/^[.!?]$/.test(tokens[k]!.text)) break;
    quoted = isQuoteMark(tokens[k]!);
  }
  return quoted ? participleStems(t.normal).find((v) => cues.speech.has(v) || cues.report.has(v)) ?? null : null;
}
