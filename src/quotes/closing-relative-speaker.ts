import type { Token } from '../types.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { sourceText, tokenAt } from './speaker-phrase.js';

/** Most words of a restrictive relative clause between its "that" and the cue: "that runs the harbour pilots". */
const MAX_CLAUSE_TOKENS = 8;

/**
 * "…, the company that operates it said.": a description set off by a comma, its restrictive "that" clause
 * right before a cue that closes the sentence, is the speaker whole ("the company that operates it"); the
 * clause's last words ("it", "the march") are no subject of the cue. Only where the cue ends its sentence, so
 * the clause cannot be a reported one ("the company that said …"). `head` reads the phrase ending at a token.
 * Returns null when the words before the cue are no such clause.
 */
export function closingRelativeSpeaker(tokens: Token[], cue: number, lo: number, head: (end: number) => SpeakerPhrase | null): SpeakerPhrase | null {
  if (!/^[.!?]$/.test(tokens[cue + 1]?.text ?? '') || cue - 1 < lo) return null;
  return relativeDescription(tokens, cue, lo, head, false);
}

/**
 * "The company that operates it said the ship was safe": the same at the opening of the sentence (or clause,
 * at `lo`), where the cue's clause follows it; the clause's object ("it") is no subject of the cue.
 */
export function openingRelativeSpeaker(tokens: Token[], cue: number, lo: number, head: (end: number) => SpeakerPhrase | null): SpeakerPhrase | null {
  return cue - 1 < lo ? null : relativeDescription(tokens, cue, lo, head, true);
}

function relativeDescription(tokens: Token[], cue: number, lo: number, head: (end: number) => SpeakerPhrase | null, opening: boolean): SpeakerPhrase | null {
  for (let k = cue - 2; k > lo && k >= cue - 1 - MAX_CLAUSE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return null;
    if (t.normal !== 'that' || tokens[k - 1]!.pos !== 'NOUN') continue;
    // The clause opens with its verb (adverbs may come between): "that operates", "that later ran".
    let v = k + 1;
    while (v < cue && tokens[v]!.pos === 'ADV') v++;
    if (v >= cue || tokens[v]!.pos !== 'VERB') return null;
    const described = head(k - 1);
    if (!described || described.kind === 'person' || described.kind === 'pronoun') return null;
    const first = tokenAt(tokens, described.start, k);
    // (Set off by a comma, or a quotation's closing mark, from the words reported before it, and a description:
    // "the agency", "a group".)
    if (!(opening ? first === lo : /^(?:,|”|")$/.test(tokens[first - 1]?.text ?? '')) || !/^(the|a|an)$/.test(tokens[first]!.normal)) return null;
    const text = sourceText(tokens, first, cue);
    return { ...described, end: tokens[cue - 1]!.end, text, name: text };
  }
  return null;
}
