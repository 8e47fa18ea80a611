import type { Token } from '../types.js';
import { frameAtToken, hasVerb, type Frame, type TokenView } from './frame.js';
import { classify, description } from './speaker.js';
import { cueLexicon } from '../lexicon/cues.js';

/** Heads of a phrase naming a poll: "a Ledger poll", "the latest surveys", "the state polling average". */
const POLL_HEADS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'average']);

/** Words that may follow the poll's head inside its phrase: "released Wednesday", "of likely voters", "from March". */
const POLL_TAIL = /^(ADP|DET|NUM|ADJ|NOUN|PROPN|PART)$/;

/** Marks inside a poll's name: "Ledger/Harbor", "ABC-Ledger", "Monday’s". */
const NAME_MARK = /^(?:[-/]|['’]s?)$/;

/**
 * A standing measured by a poll, the poll closing the sentence: "Reed slipped to 10 points in the latest
 * Ledger poll", "Reed leads among older voters in most surveys". The poll reports the clause before
 * "in"; the cue is "in". Null unless the phrase after "in" runs to the sentence's end with a poll word
 * at most a few words in, and a clause with a verb comes before it.
 */
export function pollStanding(view: TokenView, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  const tokens = view.tokens;
  for (let k = last - 1; k > lo + 2 && k >= last - 14; k--) {
    const t = tokens[k]!;
    if (t.normal !== 'in') continue;
    const head = pollHeadAfter(tokens, k + 1, last);
    if (head < 0) return null;
    // "… in the polls" is the race in general ("struggled in the polls"), not one poll's finding.
    if (head === last && (head === k + 1 || (head === k + 2 && tokens[k + 1]!.normal === 'the'))) return null;
    if (!hasVerb(tokens, lo, k - 1)) return null;
    let to = k - 1;
    while (to > lo && tokens[to]!.pos === 'PUNCT') to--;
    // "Though he trails nationally, Reed leads in a Ledger poll": a fronted clause or phrase is no finding.
    let from = lo;
    if (/^(SCONJ|ADP)$/.test(tokens[lo]!.pos)) {
      while (from < to && tokens[from]!.text !== ',') from++;
      from++;
      if (from >= to || !hasVerb(tokens, from, to)) return null;
    }
    const speaker = classify(tokens, k + 1, last + 1) ?? description(tokens, k + 1, last + 1);
    return { from, to, frame: frameAtToken(tokens, k, speaker, { outlet: null }) };
  }
  return null;
}

/** The index of the poll word in the phrase tokens[from..last], which must run to the end; -1 if none. */
function pollHeadAfter(tokens: Token[], from: number, last: number): number {
  let head = -1;
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (NAME_MARK.test(t.text)) continue;
    // "pilots surveyed in a poll released Monday support the levy": a stance the tagger read as a noun is
    // the sentence's verb, so the poll phrase is the subject's, not the sentence's close.
    if (head >= 0 && cueLexicon().plainStances.has(t.normal)) return -1;
    if (head < 0 && POLL_HEADS.has(t.normal) && k - from <= 6) head = k;
    else if (head < 0 && !/^(DET|NUM|ADJ|NOUN|PROPN|PART)$/.test(t.pos)) return -1;
    else if (head >= 0 && !POLL_TAIL.test(t.pos) && !/^(released|conducted|published|taken)$/.test(t.normal)) return -1;
  }
  return head;
}
