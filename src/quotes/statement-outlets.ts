import type { ExtractedQuote } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { outletOpening } from './leaked-documents.js';
import type { SentencePlace } from './occasion-shift.js';

/**
 * "The studio confirmed the news in a statement to Deadline. “…,” a studio spokesperson said. “…”": a sentence
 * reporting a statement given to an outlet (or news confirmed to it: "A rep confirmed the news to People."), with no words of it quoted there, is followed by the statement's
 * words. A quote opening the next sentence of the same paragraph, by a go-between (a spokesperson, a
 * representative, a rep) or by "it", gets that outlet when it has none, and so do the quotes continuing it.
 * Runs after carryInterviewOutlets, which drops outlets from statements.
 */
export function carryStatementOutlets(quotes: ExtractedQuote[], text: string, place: SentencePlace): void {
  // (A plain search for the nouns first: the full pattern, tried at every word, cost more than the rest of this pass.)
  if (!(STATEMENT_NOUN.test(text) && STATEMENT_TO.test(text)) && !CONFIRMED_TO.test(text)) return;
  const paragraphOf = storyParagraphs(text);
  let carried: ExtractedQuote | null = null;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    // (“A,” a spokesperson said. “B.”: B has A's cue, or none.)
    const sameCue = q.cue_start !== null && q.cue_start === carried?.cue_start;
    const inherited = q.speaker_mention === null && q.cue === null && q.speaker === carried?.speaker;
    const continues = carried && (sameCue || inherited) && paragraphOf(q.start) === paragraphOf(carried.start);
    if (!q.outlet && continues) {
      q.outlet = carried!.outlet;
      continue;
    }
    carried = null;
    if (q.outlet || !speaksForAnother(q)) continue;
    const outlet = statementOutletBefore(q, text, place);
    if (outlet) {
      q.outlet = outlet;
      carried = q;
    }
  }
}

/** "in a statement to", "via an email to", with at most one word before the noun ("a brief statement to"). */
const STATEMENT_NOUN = /statement|e-?mail/i;
const STATEMENT_TO = /\b(?:in|via)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:statement|email|e-mail)\s+to\s+/iu;

/**
 * "A rep confirmed the news to People", "confirmed the couple's split to Us Weekly": the confirmation was given
 * to the outlet, and the go-between's words right after it are that confirmation's.
 */
const CONFIRMED_TO = /\bconfirmed\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?to\s+/iu;

/** A spokesperson, a representative or a rep, however described ("a Harbour TV spokesperson"), or "it". */
function speaksForAnother(q: ExtractedQuote): boolean {
  const words = q.speaker_mention?.toLowerCase().split(/\s+/) ?? [];
  const head = words[words.length - 1];
  return !!head && (cueLexicon().goBetweenRoles.has(head) || (words.length === 1 && head === 'it'));
}

/** The outlet a statement went to, reported by the sentence right before the quote's, in its paragraph, with no quotation in it. */
function statementOutletBefore(q: ExtractedQuote, text: string, place: SentencePlace): string | null {
  const own = place.sentenceAt(q.start);
  if (!/^[\s“"‘]*$/.test(text.slice(own.start, q.start))) return null;
  let k = own.start - 1;
  while (k > 0 && /[\s“"‘]/.test(text[k]!)) k--;
  if (k <= 0 || text.slice(k, own.start).includes('\n')) return null;
  const before = place.sentenceAt(k);
  const sentence = text.slice(before.start, before.end);
  if (before.start >= own.start || /[“”"]/.test(sentence)) return null;
  // The plain word first: CONFIRMED_TO tries every word boundary of the sentence.
  const m = STATEMENT_TO.exec(sentence) ?? (/confirmed/iu.test(sentence) ? CONFIRMED_TO.exec(sentence) : null);
  if (!m) return null;
  const recipient = sentence.slice(m.index + m[0].length);
  const outlet = outletOpening(recipient);
  return outlet && !ownerOfRecipient(recipient, outlet) ? outlet : null;
}

/** "an email to Variety's rival": the outlet owns the one the statement went to, it did not get it. */
function ownerOfRecipient(recipient: string, outlet: string): boolean {
  const after = recipient.replace(/^the\s+/, '').slice(outlet.length);
  return /^[’']s\s+\p{Ll}/u.test(after);
}
