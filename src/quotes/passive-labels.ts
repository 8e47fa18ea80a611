import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Attribution } from './attribution.js';
import { NAMING_ADVERB, PASSIVE_BE, PASSIVE_NAMING_PARTICIPLES } from './naming-patterns.js';

// A thing's label after a passive naming verb with no one doing the naming: "The dam is often described as
// the “eighth wonder of the world.”", "the festival, billed as “the party of the decade,”". The thing goes by
// it; no speaker said it (as with "is known as the “…”"). "Lee described it as “…”" has its speaker and stays.

/**
 * A passive or a participle after a comma, maybe an adverb, a naming verb or a label verb's participle ("described
 * as", "billed as"), maybe an article, right before the mark.
 */
const PASSIVE_LABELLING_BEFORE = new RegExp(String.raw`(?:\b${PASSIVE_BE}|,)\s+${NAMING_ADVERB}(?:described\s+as|billed\s+as|hailed\s+as|touted\s+as|${PASSIVE_NAMING_PARTICIPLES})\s+(?:(?:the|a|an)\s+)?$`, 'iu');

/** An agent after the closing mark: "… by the mayor". Whoever it is gave the label (group-names.ts reads groups). */
const AGENT_AFTER = /^[,.]?\s*by\s/i;

/** Whether the quotation at `span` is such a label, with no cue and no speaker of its own. */
export function labelAfterPassiveNaming(text: string, span: MarkedSpan, paragraph: Paragraph, attribution: Attribution | null): boolean {
  if (attribution && (attribution.frame.cue || attribution.person)) return false;
  if (!PASSIVE_LABELLING_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 50), span.open))) return false;
  return !AGENT_AFTER.test(text.slice(span.close + 1, Math.min(paragraph.end, span.close + 20)));
}
