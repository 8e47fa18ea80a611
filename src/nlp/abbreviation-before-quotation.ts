import type { Token } from '../types.js';
import { sentenceFinalAbbreviations } from '../lexicon/sentence-final-abbreviations.js';

/**
 * A new sentence opens at tokens[k], an opening quotation mark, after an abbreviation that often ends one:
 * "… hissing at 3 a.m. “I saw smoke,” he said", "… moved to the U.S. "It was hard," she said". The splitter
 * reads the abbreviation's full stop as no sentence end, which runs the report before into the quotation.
 * Only a mark with a space before it and a capital glued after it opens a quotation ("at 3 a.m.," he said"
 * closes one). The quotation must be speech, closed by its own punctuation inside the marks ("“I saw smoke,”"): a
 * title after "U.S." or "Jr." ("the U.S. “Homeland” remake", "Robert Downey Jr. “Iron Man” was a hit") goes on the sentence.
 */
export function endsAtAbbreviationBeforeQuotation(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!mark || !prev || !next || !/^["“]$/.test(mark.text)) return false;
  if (prev.end === mark.start || next.start !== mark.end || !/^\p{Lu}/u.test(next.text)) return false;
  return sentenceFinalAbbreviations().has(prev.text.toLowerCase()) && closedBySpeechPunctuation(tokens, k);
}

/** The quotation opening at tokens[k] ends with , . ! or ? just inside its closing mark, within the paragraph. */
function closedBySpeechPunctuation(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (/^["”]$/.test(t.text)) return /^[,.!?]$/.test(tokens[j - 1]!.text);
    if (t.text.includes('\n')) return false;
  }
  return false;
}
