import type { Token } from '../types.js';
import { contentEnd } from './attitude.js';
import type { Frame } from './frame.js';
import { cueLexicon } from './lexicon.js';
import { ownerBefore } from './nominal.js';
import { isQuoteMark } from './speaker.js';

/**
 * A stance its owner holds, named by a noun: "Reyes's criticism of the levy", "his attacks on the
 * harbour board", "their decision to close the pier". The owner (a possessive) is the speaker; the
 * noun (cue lexicon: owned_stance_nouns) with the word taking what the stance is about is the cue; the
 * content is a noun phrase after a preposition or an infinitive with its "to" ("to close the pier").
 */
export function ownedStance(tokens: Token[], i: number, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  const noun = tokens[i]!;
  if (noun.pos !== 'NOUN') return null;
  // ("decision not to run": the word taking the content comes after the negation.)
  const taker = tokens[i + 1]?.normal === 'not' ? i + 2 : i + 1;
  if (!cueLexicon().ownedStanceNouns.get(noun.lemma)?.has(tokens[taker]?.normal ?? '')) return null;
  const speaker = ownerBefore(tokens, i, lo);
  // ("its attacks on the border posts" are a military's or a thing's, not a stance voiced.)
  if (!speaker || speaker.name === 'it') return null;
  // ("to" opens only an infinitive: "his threat to the harbour" names a danger, not a threat made.)
  const content = infinitiveAfter(tokens, taker, last) ?? (tokens[taker]!.normal === 'to' ? null : objectAfter(tokens, taker, last));
  if (!content) return null;
  // "her criticism of the “fair share” plan": content running into a quotation is a partial quote's.
  if (content.to < last && isQuoteMark(tokens[content.to + 1]!)) return null;
  const cueLast = content.infinitive ? i : i + 1;
  const cue = tokens.slice(i, cueLast + 1).map((w) => w.text).join(' ');
  const frame: Frame = { cueStart: noun.start, cueEnd: tokens[cueLast]!.end, cue, cueToken: cueLast, speaker, outlet: null, according: false };
  return { from: content.from, to: content.to, frame };
}

/**
 * "decision to close the pier", "decision not to run", "plan to quickly sell": the infinitive opened by
 * the "to" at tokens[to] (kept in the content, with a "not" before it), up to the main verb after it.
 */
function infinitiveAfter(tokens: Token[], to: number, last: number): { from: number; to: number; infinitive: boolean } | null {
  const verb = tokens[to + 1]?.pos === 'ADV' ? to + 2 : to + 1;
  if (tokens[to]!.normal !== 'to' || verb > last || tokens[verb]!.pos !== 'VERB') return null;
  const from = tokens[to - 1]!.normal === 'not' ? to - 1 : to;
  // ("Her plan to widen the pier stalled": the infinitive is the subject's; it ends before "stalled".)
  return { from, to: contentEnd(tokens, verb, last, false), infinitive: true };
}

/** "support for the levy": the noun phrase after the preposition at tokens[prep], up to the clause's verb. */
function objectAfter(tokens: Token[], prep: number, last: number): { from: number; to: number; infinitive: boolean } | null {
  const from = prep + 1;
  if (from > last || /^(PUNCT|VERB|AUX)$/.test(tokens[from]!.pos)) return null;
  return { from, to: contentEnd(tokens, from, last, false), infinitive: false };
}
