import type { Token } from '../../types.js';
import type { TokenView } from '../frame.js';
import type { IndirectQuote } from './report-sentence.js';

/** Verbs of asking for something to be done, whose clause may be a bare-verb (subjunctive) request. */
const REQUEST_VERBS = new Set(['suggest', 'insist', 'demand', 'ask', 'urge', 'recommend', 'propose', 'request', 'require']);

/** Words that open a clause of time or cause, which tells of an event, not of what the outer speaker says. */
const EVENT_CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'because', 'as', 'once', 'until', 'since', 'while']);

/**
 * "Lee said Vale once walked out when an executive suggested she dye her hair": a request told as an event,
 * in a clause of time or cause inside another report's content, is part of what the outer speaker said, no
 * report of its own (the own sets' gold keeps only the outer one; PolNeAR's gold has no such nested request).
 * Requests standing alone stay ("the union demanded he resign"): PolNeAR annotates them.
 */
export function withoutInnerRequests(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const tokens = view.tokens;
  return reports.filter((q) => !(bareVerbRequest(tokens, q, view) && reports.some((outer) => outer !== q && outer.start < q.frame.cueStart && outer.end >= q.end && eventClauseBefore(tokens, view.tokenAtOrAfter(outer.start), q.frame.cueToken))));
}

/** The report's cue is a request verb and its content a subject with a bare verb after it ("she dye", "they pay"). */
function bareVerbRequest(tokens: Token[], q: IndirectQuote, view: TokenView): boolean {
  if (!REQUEST_VERBS.has(tokens[q.frame.cueToken]?.lemma ?? '')) return false;
  let k = view.tokenAtOrAfter(q.start);
  if (tokens[k]?.normal === 'that') k++;
  const last = view.tokenAtOrAfter(q.end) - 1;
  // A subject of one to three words, then the verb in its plain form (no -s, no past, no modal).
  for (let n = k + 1; n <= Math.min(k + 3, last); n++) {
    const verb = tokens[n]!;
    if (verb.normal === 'not') continue;
    if (verb.pos === 'VERB' || verb.pos === 'AUX') return verb.normal === verb.lemma && verb.normal !== 'can' && verb.normal !== 'will' && verb.normal !== 'may' && verb.normal !== 'must' && verb.normal !== 'shall' && !/ing$/.test(verb.normal);
  }
  return false;
}

/** A time or cause clause opener among tokens[from, cue). */
function eventClauseBefore(tokens: Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) if (EVENT_CLAUSE_OPENERS.has(tokens[k]!.normal)) return true;
  return false;
}
