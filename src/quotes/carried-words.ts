// Words a thing carries or holds — a sign, banner, plaque or song ("the banner read: “…”", "the chorus, which runs: “…”"): no person speaks them.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from '../lexicon/cues.js';
import { alternatives, THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';

// A thing named after its opener: "the plan", "another cut", "their levy".
const THING_AFTER_OPENER = new RegExp(String.raw`\b(?:the|a|an|one|another|${alternatives(THIRD_PERSON_POSSESSIVES)})\s+([\p{L}-]+)(?=(?:\s+([\p{L}-]+))?)`, 'gu');

/**
 * Lines a thing holds, introduced by a colon: "which runs:", "which reads:", "which goes:" (a song, a poem,
 * a text), or a sign, banner or plaque that "read(s):". No person speaks them.
 */
export function readByAThing(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 40), span.open);
  // "the chorus, which runs: …" — but "a statement, which reads: …" is someone's words.
  const work = /\b(\p{L}[\p{L}-]*)\s*,?\s+(?:which|that)\s+(?:runs|ran|reads|read|goes|went)\s*:\s*$/iu.exec(before);
  if (work) return cueLexicon().sungWorkNouns.has(work[1]!.toLowerCase()) || cueLexicon().inscriptionNouns.has(work[1]!.toLowerCase());
  const thing = /\b(\p{L}[\p{L}-]*)\s+(?:read|reads)\s*:\s*$/u.exec(before);
  return (!!thing && cueLexicon().inscriptionNouns.has(thing[1]!.toLowerCase())) || carriedByAThing(text, span, paragraph);
}

/**
 * Words a sign, banner or shirt carries, with or without a colon: "marched with placards reading “…”", "a
 * banner that read “…”", "the placard taped to the window of the bakery read only: “…”". After "reading" or a
 * relative "that/which read", the thing is within three words before; a finite "read" may come after a
 * longer subject, "the sign … read", in the same sentence. (Not before a comma: "shared a photo under a
 * caption that reads, “…”" gives the words of whoever wrote it.)
 */
function carriedByAThing(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return carriedAt(text, span.open, paragraph) || translationOfCarried(text, span.open, paragraph) || (listedAfterCarried(text, span.open, paragraph) && !soundsSpoken(text, span));
}

/**
 * Words that end on a comma inside their marks ("“we mean every word,” Okoro said") run on into the
 * sentence that attributes them: a speaker's words after a slogan, not one more slogan in the list.
 */
function soundsSpoken(text: string, span: MarkedSpan): boolean {
  return /,\s*$/.test(text.slice(span.start, span.end));
}

/**
 * A second or later slogan in a list after words a thing carries: "signs reading “Let Us Play” and
 * “Fund the Team”", "… “No”, “Never” or “Not Here”". Each is on the signs, no one's quote.
 */
function listedAfterCarried(text: string, open: number, paragraph: Paragraph): boolean {
  for (let at = open, k = 0; k < 4; k++) {
    const joint = /([”"])\s*(?:,\s*)?(?:(?:and|or)\s+)?$/u.exec(text.slice(Math.max(paragraph.start, at - 8), at));
    if (!joint || !/(?:,|and|or)\s*$/u.test(joint[0])) return false;
    const close = at - joint[0].length;
    const previousOpen = text.lastIndexOf(joint[1] === '”' ? '“' : '"', close - 1);
    if (previousOpen <= paragraph.start || close - previousOpen > 120) return false;
    if (carriedAt(text, previousOpen, paragraph)) return true;
    at = previousOpen;
  }
  return false;
}

/**
 * The words right after a dash that follows the words a thing carries, "reads “Casa nostra” — “Our
 * home,”": their translation or gloss, carried by the same thing.
 */
function translationOfCarried(text: string, open: number, paragraph: Paragraph): boolean {
  const dash = /([”"])\s*[—–]\s*$/u.exec(text.slice(Math.max(paragraph.start, open - 6), open));
  if (!dash) return false;
  const close = open - dash[0].length;
  const previousOpen = Math.max(text.lastIndexOf(dash[1] === '”' ? '“' : '"', close - 1), paragraph.start);
  return previousOpen > paragraph.start && close - previousOpen < 200 && carriedAt(text, previousOpen, paragraph);
}

function carriedAt(text: string, open: number, paragraph: Paragraph): boolean {
  const window = text.slice(Math.max(paragraph.start, open - 120), open);
  const sentence = window.slice(Math.max(0, ...[...window.matchAll(/[.!?][”"’]?\s+(?=\p{Lu})/gu)].map((m) => m.index! + m[0].length)));
  // (… or a participle of saying right after the thing: "signs warning of “…”", "a banner saying “…”".)
  const reads = /\b(reading|(?:that|which)\s+(?:read|reads)|read|reads|warning(?:\s+of|\s+against)?|saying|proclaiming|declaring)(?:\s+(?:simply|only|just|in part))?\s*:?\s*$/u.exec(sentence);
  if (!reads) return false;
  const nouns = cueLexicon().inscriptionNouns;
  const subject = sentence.slice(0, reads.index).toLowerCase();
  if (/^(?:warning|saying|proclaiming|declaring)/.test(reads[1]!)) return nouns.has(/([\p{L}-]+)\s*$/u.exec(subject)?.[1] ?? '');
  if (/^(?:reading|that|which)/.test(reads[1]!)) {
    return (/([\p{L}-]+)(?:\s+[\p{L}-]+){0,2}\s*,?\s*$/u.exec(subject)?.[0] ?? '').split(/[\s,]+/).some((w) => nouns.has(w));
  }
  // A finite "read": its subject is a thing with a determiner, "the sign …", "one banner …", heading the
  // clause right before the verb: after the last comma, its first noun phrase that is no preposition's
  // object ("Beneath a banner, the mayor read: …" and "Under a banner at the rally the mayor read: …" are
  // the mayor's reading).
  // (… or before the first comma when nothing stands after the last one: "The banner, hung by fans, reads …".)
  const afterComma = subject.slice(subject.lastIndexOf(',') + 1);
  const clause = afterComma.trim() ? afterComma : subject.slice(0, subject.indexOf(','));
  const thing = clauseSubject(clause);
  if (!thing || !(nouns.has(thing[1]!) || nouns.has(thing[2] ?? '') || nouns.has(possessedHead(clause, thing)))) return false;
  return !/\b(?:said|says|told|asked)\b/.test(clause.slice(thing.index));
}

/**
 * The noun a possessive subject owns, right before the verb: "the truck's side screens" → "screens" (the
 * first noun phrase found is "the truck"). Empty when the subject has no possessive.
 */
function possessedHead(clause: string, thing: RegExpExecArray): string {
  return /^\S+\s+[\p{L}-]+['’]s\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s*$/u.exec(clause.slice(thing.index))?.[1] ?? '';
}

/**
 * The first noun phrase with a determiner in a clause that is not the object of a preposition (its second
 * word is looked at, not taken, so that "in the square the banner" still finds "the banner").
 */
function clauseSubject(clause: string): RegExpExecArray | null {
  const prepositions = cueLexicon().objectPrepositions;
  for (const phrase of clause.matchAll(THING_AFTER_OPENER)) {
    const wordBefore = /([\p{L}-]+)\s+$/u.exec(clause.slice(0, phrase.index))?.[1];
    if (!wordBefore || !prepositions.has(wordBefore)) return phrase as RegExpExecArray;
  }
  return null;
}
