import type { Token } from '../../types.js';
import type { Frame, TokenView } from '../frame.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { outletAfterLead } from '../frame.js';
import { descriptionHead, documentLike, evidenceLike, personLike, type SpeakerPhrase } from '../speaker.js';
import { accordingCloses, accordingToSource, accountAfter } from './according-to.js';

/**
 * "Okafor said the fund was short, according to aides." / "…, according to two people familiar with the
 * talks.": the account closing a named speaker's report tells where the article had it from, not what the
 * speaker said, so the content ends before its comma. Returns that comma, or -1. An outlet named as the account,
 * "Ruiz told El Sol that the dam held, according to La Voz", is cut too (our gold sets end the report before
 * it; polnear_dev/train hold no such tail), the outlet rules giving the outlet. Not cut:
 * - an account in a piece an outlet ran, "…, according to a report in the Ledger": the outlet rules give the
 *   outlet and the content keeps the account;
 * - a standard kept to, "acted, according to protocol" (in line with it), no source at all;
 * - an account that does not close the sentence, "…, according to her lawyer, who said …": the relative
 *   clause hangs on the account, which stays part of the report.
 * A document an outlet saw or reported ("…, according to court filings obtained by the Ledger") is cut all
 * the same: the filings are the account, the outlet only their carrier (which the frame keeps). `outletNamed`
 * says an outlet was found after the content; only such a document's account is cut then.
 */
export function closingAccountTail(view: TokenView, content: [number, number], lo: number, last: number, outletNamed = false): number {
  const tokens: Token[] = view.tokens;
  const comma = accountAfter(tokens, content[0], content[1]);
  if (comma < 0) return -1;
  const frame: Frame | null = accordingToSource(view, comma + 1, last);
  if (!frame) return -1;
  if (frame.speaker.kind === 'outlet') return !relativeAfter(tokens, frame.cueToken + 1, last) && accordingCloses(tokens, frame, lo, last) ? comma : -1;
  // (Only a document seen by an outlet gives a source that is no outlet an outlet: according-to.ts documentSeenByOutlet.)
  const seenDocument = !!frame.outlet;
  if ((frame.outlet || outletNamed) && !seenDocument) return -1;
  if ((!seenDocument && accountOutlet(tokens, comma + 1, last + 1)) || !sourceOfAccount(frame.speaker)) return -1;
  if (relativeAfter(tokens, frame.cueToken + 1, last)) return -1;
  return accordingCloses(tokens, frame, lo, last) ? comma : -1;
}

/**
 * A source an account rests on: a person, group or body ("aides", "her lawyer", "police"), a document or
 * record ("court records", "the minutes"), or findings ("a poll released Sunday"); not a standard ("protocol",
 * "the terms of the deal", "state law").
 */
function sourceOfAccount(source: SpeakerPhrase): boolean {
  const lex = cueLexicon();
  if (lex.accountStandardNouns.has(descriptionHead(source).toLowerCase())) return false;
  // ("an employee who attended": only a person takes "who", whatever the head word read.)
  if (source.kind !== 'anonymous' || /\bwho\b/i.test(source.name) || source.role || personLike(source) || documentLike(source) || evidenceLike(source)) return true;
  const words = source.name.toLowerCase().split(/\s+/);
  return words.some((w) => lex.accountSourceNouns.has(w) || lex.sourceDocumentNouns.has(w));
}

/**
 * "…, according to a report in the Ledger", "…, according to an article by Reuters": an outlet named inside
 * the account (after a noun for a piece it ran) makes it the outlet's, within tokens[from, to).
 */
export function accountOutlet(tokens: Token[], from: number, to: number): string | null {
  const pieces = cueLexicon().outletReportNouns;
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]!.text === ',') break;
    if (!/^(in|by|from)$/.test(tokens[k]!.normal) || !pieces.has(tokens[k - 1]!.normal)) continue;
    let end = k + 1;
    while (end < to && tokens[end]!.text !== ',' && tokens[end]!.pos !== 'PUNCT') end++;
    const name = outletAfterLead(tokens, k, end);
    if (name) return name;
  }
  return null;
}

/** A relative clause ", who|which …" after the account's source, within tokens[from, last]. */
function relativeAfter(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < last; k++) {
    if (tokens[k]!.text === ',' && /^(who|which)$/.test(tokens[k + 1]!.normal)) return true;
  }
  return false;
}
