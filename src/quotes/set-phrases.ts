// Set phrases named by a noun before them ("Her catchphrase, “…,” was voted …"): no one speaks them unless the cue's clause hands them to their owner.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Attribution } from './attribution.js';
import { cueLexicon } from '../lexicon/cues.js';
import { SUBJECT_OF_POSSESSIVE } from '../nlp/words.js';
import { closesApposition, smallWordAfterApposition } from './apposition-close.js';
import { CLAUSE_JOIN } from './own-cue.js';

/**
 * A noun for a set phrase or a work's lines with the quotation in apposition to it, set off by commas,
 * and the sentence going on after it: "Her catchphrase, “…,” was voted …". (One that ends its sentence,
 * "an article that included the line, “…”", may be the words of whoever the sentence reports.)
 */
export function namedSetPhrase(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = SET_PHRASE_NOUN_BEFORE.exec(text.slice(Math.max(paragraph.start, span.open - 50), span.open));
  if (!before || !isSetPhraseNoun(before[1], before[2]!)) return false;
  // (Any small-letter word goes on the sentence here, a pronoun too: the phrase is named, not framed.)
  return closesApposition(text, span) && smallWordAfterApposition(text, span, 20) !== undefined;
}

/**
 * A short quotation right after a determiner and a word that makes it a phrase someone is known by, with no noun
 * between: "posted his trademark “game on”", "gave the customary “thank you all”". It is named, not spoken here.
 */
export function phraseKnownByAdjective(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = KNOWN_PHRASE_BEFORE.exec(text.slice(Math.max(paragraph.start, span.open - 40), span.open));
  return !!before && cueLexicon().setPhraseAdjectives.has(before[1]!.toLowerCase());
}

const KNOWN_PHRASE_BEFORE = /\b(?:the|his|her|their|its|my|our|your|a|an)\s+(\p{L}[\p{L}-]*)\s*$/iu;

/** A set-phrase noun ("catchphrase", "motto"), or "line"/"cry" with a word that makes it one ("signature line", "rallying cry"). */
function isSetPhraseNoun(modifier: string | undefined, noun: string): boolean {
  const lexicon = cueLexicon();
  const word = noun.toLowerCase();
  if (lexicon.setPhraseNouns.has(word)) return true;
  if (word === 'cry') return !!modifier && lexicon.setPhraseCryModifiers.has(modifier.toLowerCase());
  return /^lines?$/.test(word) && !!modifier && lexicon.setPhraseLineModifiers.has(modifier.toLowerCase());
}

/**
 * The noun right before the comma that opens the apposition, maybe with a short phrase of time or purpose
 * after it: "Her catchphrase, “…”", "the club's motto for the new season, “…”".
 */
const SET_PHRASE_NOUN_BEFORE = /(?:\b(\p{L}+)\s+)?\b(\p{L}[\p{L}-]*)(?:\s+(?:for|of|in|on)\s+(?:the|this|that|its|their|his|her|a)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)?\s*,\s*$/u;

/**
 * A set phrase the cue's clause only mentions as the subject of the clause it reports: "He said the
 * poster's slogan, “…,” was clumsy". The cue is before the phrase, which a verb of its own follows.
 */
export function setPhraseInReportedClause(span: MarkedSpan, attribution: Attribution | null): boolean {
  return !!attribution && attribution.frame.cueEnd <= span.open;
}

/**
 * The cue sits in a later clause joined to the quotation's sentence after a comma or semicolon ("Her
 * catchphrase, “…,” became a meme, and fans shouted it"), or in a relative clause about the phrase ("the
 * club's chant, “…,” which fans had been shouting"): it reports that clause, not the phrase named,
 * unless its subject is the phrase's owner ("…, and she says it nightly"), who speaks the words.
 */
export function cueOfLaterClause(text: string, span: MarkedSpan, attribution: Attribution, paragraph: Paragraph): boolean {
  if (attribution.frame.cueStart <= span.close) return false;
  const between = text.slice(span.close + 1, attribution.frame.cueStart);
  if (!CLAUSE_JOIN.test(between) && !RELATIVE_AFTER_PHRASE.test(between)) return false;
  return !ownerSpeaks(text, span, attribution, paragraph);
}

/** A relative clause opening right after the phrase's closing comma: ", which fans had been shouting". */
const RELATIVE_AFTER_PHRASE = /^,?\s*(?:which|that)\s/i;

/** The set phrase's owner ("Her catchphrase", "Lee's motto") is the cue's speaker. */
function ownerSpeaks(text: string, span: MarkedSpan, attribution: Attribution, paragraph: Paragraph): boolean {
  const owner = /\b(\p{L}+)(?:['’]s)?\s+(?:\p{L}+\s+)?\p{L}[\p{L}-]*\s*,\s*$/u.exec(text.slice(Math.max(paragraph.start, span.open - 50), span.open))?.[1]?.toLowerCase();
  if (!owner) return false;
  const speaker = attribution.frame.speaker;
  const pronoun = SUBJECT_OF_POSSESSIVE.get(owner);
  if (pronoun) return speaker.kind === 'pronoun' && speaker.text.toLowerCase() === pronoun;
  const names = [speaker.name, attribution.person?.name ?? ''].join(' ').toLowerCase().split(/\s+/);
  return names.includes(owner);
}
