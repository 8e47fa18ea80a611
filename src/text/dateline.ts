import { cueLexicon } from '../lexicon/cues.js';
import { regExpLiteral } from './regexp-literal.js';

/**
 * A dateline: a place in capitals, maybe a date and an agency, then a dash ("CLEVELAND, Dec. 8 (UPI) — "),
 * or a place in any case before an agency ("Washington (AFP) – "). The agencies are data (cues.json news_agencies).
 * It opens the article's text and is no part of any name or clause after it.
 */
let dateline: RegExp | undefined;

function datelinePattern(): RegExp {
  if (dateline) return dateline;
  const agencies = cueLexicon().newsAgencies.map((a) => regExpLiteral(a)).join('|');
  dateline = new RegExp(`^(?:\\p{Lu}[\\p{Lu} .'’-]{2,}(?:, [^—–\\n]{1,25}?)?(?: \\((?:${agencies})\\))?|\\p{Lu}[\\p{L} .'’-]{2,30}?(?:, [^—–\\n]{1,25}?)? \\((?:${agencies})\\)) ?[—–-]+\\s*`, 'u');
  return dateline;
}

/** How many characters of a dateline (dash and space after it included) open text at `at`; 0 when none does. */
export function datelineLength(text: string, at: number): number {
  return datelinePattern().exec(text.slice(at, at + 60))?.[0].length ?? 0;
}
