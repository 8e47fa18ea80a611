import type { Token } from '../../types.js';
import { cueAt, hasVerb } from '../frame.js';
import { PERSONAL_SUBJECTS } from '../../nlp/words.js';
import { beliefAsMotive } from './motive-beliefs.js';

/**
 * "But Lee, a former official, said the judge had erred — an argument, she said, that …": the words before a
 * parenthetical frame already hold a report of their own, a cue with the clause it frames, by the speaker
 * the frame's pronoun takes up. The frame set off later cannot make the whole sentence its content (that
 * would credit the speaker with her own "said"); it reports at most what follows it. True when tokens[lo, end]
 * hold such a cue with a clause right after it (a preposition there, "after Sacramento asked for a pick, The
 * Athletic reported, …", is no clause framed).
 * (With asideSpeaker, only when that speaker is a pronoun that can take up the earlier cue's speaker: another
 * speaker's frame reports the clause it splits, "He tells voters she erred (the cost of which, many economists
 * say, is …)", see asideStart; so does a name given again, "Kim, the chairman, said A - claims that, Kim noted,
 * B", which PolNeAR credits with the clause it splits.)
 */
export function reportFramedBefore(tokens: Token[], lo: number, end: number, asideSpeaker?: Token[]): boolean {
  if (asideSpeaker && (asideSpeaker.length !== 1 || !PERSONAL_SUBJECTS.test(asideSpeaker[0]!.normal))) return false;
  for (let k = lo + 1; k < end - 1; k++) {
    if (!cueAt(tokens, k, 'report') || !/^(PROPN|PRON|PUNCT)$/.test(tokens[k - 1]!.pos) || /^(ADP|PUNCT)$/.test(tokens[k + 1]!.pos)) continue;
    // (A belief given as a motive is no report: "People paid more because they believed it was handmade, she said, and …".)
    if (beliefAsMotive(tokens, k)) continue;
    if (asideSpeaker && !takesUp(asideSpeaker[0]!.normal, tokens[k - 1]!)) continue;
    if (hasVerb(tokens, k + 1, end)) return true;
  }
  return false;
}

/** Whether the aside's pronoun can refer to the speaker ending at `before`: the same pronoun, or a third-person one after a name. */
function takesUp(pronoun: string, before: Token): boolean {
  if (before.pos === 'PRON') return before.normal === pronoun;
  return /^(he|she|they)$/.test(pronoun);
}

/**
 * Where the clause split by another speaker's frame opens when an earlier report holds the sentence: after the
 * last parenthesis or dash before it ("He tells voters she erred (the cost of which, economists say, is …)"
 * reports "the cost of which … is …"), else at `lo`.
 */
export function asideStart(tokens: Token[], lo: number, end: number): number {
  for (let k = end; k > lo; k--) if (/^(?:\(|—|–|-|--)$/.test(tokens[k]!.text)) return k + 1;
  return lo;
}
