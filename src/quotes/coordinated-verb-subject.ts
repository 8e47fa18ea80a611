import type { Token } from '../types.js';
import { PERSONAL_SUBJECTS, SUBORDINATORS } from '../nlp/words.js';
import { classify, isQuoteMark, phraseEndingAt, personLike, tokenAt, type SpeakerPhrase } from './speaker.js';

/** Words that open a clause inside the sentence, whose subject is not the sentence's: "as", "when", "in which". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'which', 'who', 'whom']);

/**
 * "Diplomats walked out as the president called the opposition “criminals” and dismissed criticism as “…”":
 * a cue after "and"/"but" (tokens[conjunction]) coordinated with a verb that has its object (quoted words
 * included) in between shares that verb's subject when the verb sits in a clause opened inside the sentence
 * ("as", "when", "in which"), not the sentence's own subject. Null when no such verb and subject are found.
 */
export function coordinatedVerbSubject(tokens: Token[], conjunction: number, lo: number): SpeakerPhrase | null {
  let inQuotation = false;
  for (let k = conjunction - 1; k > lo && k > conjunction - 20; k--) {
    const t = tokens[k]!;
    // (Words inside quotation marks are the object's, never the verb sought: skipped.)
    if (isQuoteMark(t)) {
      inQuotation = !inQuotation;
      continue;
    }
    if (inQuotation) continue;
    // (A clause boundary before any verb: "…, and dismissed …" after a comma is left to the sentence's subject.)
    if (/^[,;:.!?]$/.test(t.text)) return null;
    if (t.pos !== 'VERB') continue;
    if (k === conjunction - 1) return null;
    let end = k - 1;
    while (end > lo && tokens[end]!.pos === 'ADV') end--;
    const subject = PERSONAL_SUBJECTS.test(tokens[end]!.normal) && tokens[end]!.pos === 'PRON' ? classify(tokens, end, end + 1) : phraseEndingAt(tokens, end, lo);
    if (!subject || !personLike(subject)) return null;
    const first = subject.kind === 'pronoun' ? end : tokenAt(tokens, subject.phraseStart ?? subject.start, end);
    return first > lo && CLAUSE_OPENERS.has(tokens[first - 1]!.normal) ? subject : null;
  }
  return null;
}

