import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from './cues.js';
import { alternatives, THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';
import { regExpLiteral } from '../text/regexp-literal.js';

// The word before an opening mark, maybe with a determiner after it: "the headline “…”", "its slogan: “…”".
const LABEL_NOUN_BEFORE = new RegExp(String.raw`(\p{L}+)\s*(?:\s(?:the|a|an|${alternatives(THIRD_PERSON_POSSESSIVES)}))?[\s,:]*$`, 'u');

// Words that give the name, title or label in quotation marks right after them: no one is quoted there.
// Both the quote stage (which drops such spans) and entity extraction (which skips them) ask.

/**
 * A name given right after a naming word, maybe with a pronoun for what is named ("fans nicknamed them
 * “Marlo,”"), or set off by a comma ("has picked up a new nickname, “…”").
 */
export function followsNicknameWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open).replace(/,\s*$/, ' '), cueLexicon().nicknameWords);
}

/**
 * A description something gives itself, right after "calls itself" / "call themselves" (the nickname words
 * with a reflexive pronoun): a label, however long ("which calls itself “the bakery that never closes”").
 */
export function followsSelfNamingWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const selfNaming = cueLexicon().nicknameWords.filter((w) => /\b(?:itself|themselves|himself|herself)$/.test(w));
  return followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), selfNaming);
}

/**
 * Whether a body or a group names itself right before a name: "a group calling itself Iron Wren", "hackers who call
 * themselves Night Moth" (the nickname words with "itself"/"themselves"; "himself"/"herself" name a person).
 */
export function namedByItselfBefore(before: string): boolean {
  selfNamingBodyWords ??= cueLexicon().nicknameWords.filter((w) => /\b(?:itself|themselves)$/.test(w));
  return followsOneOf(before, selfNamingBodyWords);
}
let selfNamingBodyWords: string[] | undefined;

/**
 * The cue of a quotation is the naming verb itself, a body or a group naming itself: "A group calling itself
 * “…” claimed the attack" (no speech: the cue is no cue of its own before the name). Not "himself"/"herself":
 * a person calling himself “very pro-choice” describes himself, a stance PolNeAR quotes.
 */
export function cueNamesItself(text: string, cueStart: number, open: number): boolean {
  selfNamingBodyWords ??= cueLexicon().nicknameWords.filter((w) => /\b(?:itself|themselves)$/.test(w));
  return selfNamingBodyWords.includes(text.slice(cueStart, open).toLowerCase().replace(/\s+(?:the\s+)?$/, ''));
}

/** A code name or working title right after its naming word: "a shooter code-named “Lantern,”", "its working title “…”". */
export function followsCodeNameWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().codeNameWords);
}

/** Words printed on a thing right after the word that gives them: "T-shirts reading “Save the Pier,”", "mugs printed with “…”". */
export function followsInscribingWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().inscribingWords);
}

/** A song or piece named right after its playing: "hummed “…”", "played a few bars of “…”". */
export function followsPerformedWorkWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().performedWorkWords);
}

/**
 * Whether one of `words` (lower case, whole words) ends the text before an opening mark, maybe with a pronoun or "the" between.
 * An entry with "…" lets up to three words stand there: "known … as" matches "known to fans as", "known in the trade as".
 */
export function followsOneOf(textBefore: string, words: string[]): boolean {
  const before = textBefore.toLowerCase().replace(/\s+(?:(?:them|him|her|it|the)\s+)?$/, '');
  return words.some((word) => word.includes('…') ? gappedPhrase(word).test(before) : before.endsWith(word) && !/[\p{L}-]/u.test(before.charAt(before.length - word.length - 1)));
}

const GAPPED = new Map<string, RegExp>();

/** "known … as" → the words in order, up to three words between each, ending the text. */
function gappedPhrase(entry: string): RegExp {
  let re = GAPPED.get(entry);
  if (!re) {
    const parts = entry.split('…').map((part) => regExpLiteral(part.trim()));
    re = new RegExp(`(?<![\\p{L}-])${parts.join("(?:\\s+[\\p{L}'’.-]+){0,3}\\s+")}$`, 'u');
    GAPPED.set(entry, re);
  }
  return re;
}

/** A line labelling a text, named right after its label noun, maybe with a determiner: "ran under the headline “Storm Ahead”". */
export function followsLabelNoun(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = LABEL_NOUN_BEFORE.exec(text.slice(Math.max(paragraph.start, span.open - 30), span.open));
  return !!before && cueLexicon().labelNouns.has(before[1]!.toLowerCase());
}
