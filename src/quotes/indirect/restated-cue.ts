import { genderOfFirstName } from '../../nlp/names.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * "She told Vogue that the worst part was the heat, she said": a trailing ", she said" after a clause that
 * already opens on its own report by the same subject only repeats that report, and is dropped; the inner
 * report (cue "told", outlet Vogue) stays. When the inner content breaks at a colon or semicolon ("… was the
 * heat: the studio reached 40 degrees, she said"), the trailing cue reports the clause after the break (one more
 * statement in the same interview, so the same outlet) and the inner report ends at the break.
 * A trailing cue naming an outlet ("…, she told the BBC") adds where the words appeared and is kept.
 */
export function withoutRestatedTrailingCue(reports: IndirectQuote[], text: string): IndirectQuote[] {
  const trimmed = new Map<IndirectQuote, IndirectQuote>();
  const kept: IndirectQuote[] = [];
  for (const outer of reports) {
    const inner = outer.frame.cueStart >= outer.end && !outer.frame.outlet ? reports.find((r) => restates(r, outer, text)) : undefined;
    if (!inner) {
      kept.push(outer);
      continue;
    }
    const brk = clauseBreak(text, inner.start, inner.end);
    if (!brk) continue;
    trimmed.set(inner, { ...inner, end: brk.before });
    kept.push({ start: brk.after, end: outer.end, frame: { ...outer.frame, outlet: inner.frame.outlet } });
  }
  return kept.map((r) => trimmed.get(r) ?? r);
}

/**
 * The last colon or semicolon inside [start, end) that ends a clause: a letter or closing mark before it and
 * a space after, so a clock time ("10:30") or a ratio ("3:1") is no break.
 */
function clauseBreak(text: string, start: number, end: number): { before: number; after: number } | null {
  const content = text.slice(start, end);
  let at = -1;
  for (const m of content.matchAll(/[\p{L})\]”"’'][:;](?=\s)/gu)) at = m.index + 1;
  if (at <= 0) return null;
  const before = start + content.slice(0, at).trimEnd().length;
  const after = start + at + 1 + (content.slice(at + 1).length - content.slice(at + 1).trimStart().length);
  return before > start && after < end ? { before, after } : null;
}

/** inner opens outer with its speaker, its cue before its content, and that speaker is the trailing cue's subject. */
function restates(inner: IndirectQuote, outer: IndirectQuote, text: string): boolean {
  if (inner === outer || inner.frame.according || inner.frame.speaker.start !== outer.start || inner.end !== outer.end) return false;
  if (inner.frame.cueEnd > inner.start) return false;
  return sameSubject(text.slice(inner.frame.speaker.start, inner.frame.speaker.end), text.slice(outer.frame.speaker.start, outer.frame.speaker.end));
}

/**
 * The same words, or a pronoun repeating it ("Lee told …, she said"): one subject in one sentence. A pronoun
 * of the other sex than the first word's given name ("Mara Ruiz told …, he said") is someone else.
 */
function sameSubject(first: string, trailing: string): boolean {
  if (first.toLowerCase() === trailing.toLowerCase()) return true;
  const pronoun = trailing.toLowerCase();
  if (pronoun === 'they') return true;
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  const gender = genderOfFirstName(first.split(/\s+/)[0] ?? '');
  return gender === 'unknown' || gender === (pronoun === 'he' ? 'male' : 'female');
}
