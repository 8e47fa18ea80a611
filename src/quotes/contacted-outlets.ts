import type { ExtractedQuote } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { pressContactPhrases } from '../lexicon/press-contact-phrases.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { outletOpening } from './leaked-documents.js';
import type { SentencePlace } from './occasion-shift.js';

/**
 * "The campaign did not dispute the figure when contacted by The Associated Press. Its spokeswoman, X, said …":
 * a sentence telling that an outlet asked for comment (data/press-contact-phrases.json) is followed by the answer
 * given to it. A quote with no outlet whose cue sits in that sentence or in the next sentence of the paragraph,
 * when its speaker speaks for another (a spokeswoman, a rep: cues.json go_between_roles, or "it"), was given to
 * that outlet; so are the quotes continuing it in the paragraph. Someone else quoted next keeps no outlet.
 */
export function carryContactedOutlets(quotes: ExtractedQuote[], text: string, place: SentencePlace): void {
  const lower = text.toLowerCase();
  if (!pressContactPhrases().some((p) => lower.includes(p))) return;
  const paragraphOf = storyParagraphs(text);
  let carried: ExtractedQuote | null = null;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const sameCue = q.cue_start !== null && q.cue_start === carried?.cue_start;
    const inherited = q.speaker_mention === null && q.cue === null && q.speaker === carried?.speaker;
    const sameSpeaker = q.speaker !== null && q.speaker === carried?.speaker && !q.outlet;
    if (!q.outlet && carried && (sameCue || inherited || sameSpeaker) && paragraphOf(q.start) === paragraphOf(carried.start) && !contactedIn(sentenceOf(q, place), text)) {
      q.outlet = carried.outlet;
      continue;
    }
    carried = null;
    if (q.outlet || q.cue_start === null) continue;
    const own = place.sentenceAt(q.cue_start);
    // (Only a go-between's words: "X, who did not respond when contacted by Reuters, said last week …" spoke elsewhere.)
    const outlet = speaksForAnother(q) ? contactedIn(own, text) ?? contactedBefore(own, text, place, paragraphOf) : null;
    if (outlet) {
      q.outlet = outlet;
      carried = q;
    }
  }
}

function sentenceOf(q: ExtractedQuote, place: SentencePlace): { start: number; end: number } {
  return place.sentenceAt(q.cue_start ?? q.start);
}

let contactPattern: RegExp | undefined;

/** The outlet the sentence says asked for comment, or null. */
function contactedIn(s: { start: number; end: number }, text: string): string | null {
  contactPattern ??= new RegExp(String.raw`\b(?:${pressContactPhrases().map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\s+`, 'giu');
  const sentence = text.slice(s.start, s.end);
  for (const m of sentence.matchAll(contactPattern)) {
    const outlet = outletOpening(sentence.slice(m.index! + m[0].length));
    if (outlet) return outlet;
  }
  return null;
}

/** The outlet the sentence right before, in the same paragraph, says asked for comment. */
function contactedBefore(own: { start: number; end: number }, text: string, place: SentencePlace, paragraphOf: (offset: number) => number): string | null {
  let k = own.start - 1;
  while (k > 0 && /[\s“"‘]/.test(text[k]!)) k--;
  if (k <= 0 || paragraphOf(k) !== paragraphOf(own.start)) return null;
  const before = place.sentenceAt(k);
  return before.start < own.start ? contactedIn(before, text) : null;
}

/** A spokesperson, a representative or a rep, by role or by the mention's head, or "it". */
function speaksForAnother(q: ExtractedQuote): boolean {
  const roles = cueLexicon().goBetweenRoles;
  const words = q.speaker_mention?.toLowerCase().split(/\s+/) ?? [];
  const head = words[words.length - 1];
  if (q.speaker_role && q.speaker_role.toLowerCase().split(/\s+/).some((w) => roles.has(w))) return true;
  return !!head && (roles.has(head) || (words.length === 1 && head === 'it'));
}
