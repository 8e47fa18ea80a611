import type { Token } from '../../types.js';
import { cueAt, hasVerb } from '../frame.js';
import { PERSONAL_SUBJECTS } from '../../nlp/words.js';

/**
 * "But Lee, a former official, said the judge had erred — an argument, she said, that …": the words before a
 * parenthetical frame already hold a report of their own, a cue with the clause it frames, by the speaker
 * the frame's pronoun takes up. The frame set off later cannot make the whole sentence its content (that
 * would credit the speaker with her own "said"); it reports at most what follows it. True when tokens[lo, end]
 * hold such a cue with a clause right after it (a preposition there, "after Sacramento asked for a pick, The
 * Athletic reported, …", is no clause framed).
 * (Another speaker's frame keeps the sentence around it: "He tells voters she erred (the cost of which, many
 * economists say, is …)", "When I ask her about it, she says …"; so does a name given again, "Kim, the
 * chairman, said A — claims that, Kim noted, B": PolNeAR credits such a frame with the clause it splits.)
 */
export function reportFramedBefore(tokens: Token[], lo: number, end: number, asideSpeaker: Token[]): boolean {
  if (asideSpeaker.length !== 1 || !PERSONAL_SUBJECTS.test(asideSpeaker[0]!.normal)) return false;
  for (let k = lo + 1; k < end - 1; k++) {
    if (!cueAt(tokens, k, 'report') || !/^(PROPN|PRON|PUNCT)$/.test(tokens[k - 1]!.pos) || /^(ADP|PUNCT)$/.test(tokens[k + 1]!.pos)) continue;
    if (!takesUp(asideSpeaker[0]!.normal, tokens[k - 1]!)) continue;
    if (hasVerb(tokens, k + 1, end)) return true;
  }
  return false;
}

/** Whether the aside's pronoun can refer to the speaker ending at `before`: the same pronoun, or a third-person one after a name. */
function takesUp(pronoun: string, before: Token): boolean {
  if (before.pos === 'PRON') return before.normal === pronoun;
  return /^(he|she|they)$/.test(pronoun);
}
