// A cue verb right after the closing comma with its speaker after it ("…,” recalled Lee"): the quotation is speech, not a title.
import type { MarkedSpan } from '../text/quotation-marks.js';
import { isCueVerbForm } from '../lexicon/cues.js';
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';

/**
 * A cue verb right after the closing comma, its speaker after it or the sentence ending: "…,” recalled Lee",
 * "…,” gushed one reviewer", "…,” insisted the coach." (Not "…,” continued to chart", nor "…,” described the
 * singer's grief": a possessive only modifies the object.)
 */
export function invertedCueAfter(text: string, span: MarkedSpan): boolean {
  const m = INVERTED_CUE.exec(text.slice(span.close + 1, span.close + 80));
  if (!m || !isCueVerbForm(m.groups!.cue!)) return false;
  if (m.groups!.words === undefined) return true; // the sentence ends, or a name follows
  return personEndsPhrase(m.groups!.words);
}

/**
 * Whether one of the first six words of `words` is a noun for people that ends the speaker's phrase: the
 * clause closes after it, maybe after a name, or an adverbial follows ("the coach.", "one reviewer on
 * Tuesday", "the band's former lead guitarist in 2019", "her younger sister Mara."); not "the singer's
 * grief" (a possessive modifier) nor "his youth". Only small-letter modifiers may come before the noun, no
 * preposition or conjunction ("the singer's feelings for her sister" is an object).
 */
function personEndsPhrase(words: string): boolean {
  const word = /^\s+([\p{L}'’-]+)/u;
  let rest = words;
  for (let i = 0; i < 6; i++) {
    const w = word.exec(rest);
    if (!w) return false;
    rest = rest.slice(w[0].length);
    if (/['’]s$/.test(w[1]!)) continue;
    if (isPersonNounOrSingular(w[1]!.toLowerCase()) && SPEAKER_PHRASE_END.test(rest.replace(NAME_AFTER_NOUN, ''))) return true;
    if (i >= 2 && (!/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w[1]!) || PHRASE_BREAK.test(w[1]!))) return false;
  }
  return false;
}

/** A capitalised name after the person noun: "her younger sister Mara", "the team's coach Ana Ruiz". */
const NAME_AFTER_NOUN = /^(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?=\s*[,.;:!?)—–]|\s*$)/u;

/** Words that leave a noun phrase: past them a person noun belongs to an object or a clause, not the speaker. */
const PHRASE_BREAK = /^(?:of|for|to|with|about|from|by|into|on|in|at|and|or|but|that|which|who|whose|as|than|is|was|were|are|had|has|have|not)$/;

/** The cue verb after the quotation's closing comma, in small letters. */
const CUE_WORD = String.raw`(?<cue>\p{Ll}+)`;

/** Right after the cue: the sentence ends ("…,” she insisted.") or a name follows ("…,” recalled Lee"). */
// (Not a possessive name: "…,” described Lee's grief" goes to the openers, where the noun after it decides.)
const CLOSE_OR_NAME = String.raw`\s*[.!?]|\s+\p{Lu}(?![\p{L}'’.-]*['’]s\b)`;

/** A determiner or a capitalised word (maybe possessive) opening the speaker's phrase: "one", "the club's", "Reuters'". */
const SPEAKER_OPENERS = String.raw`(?:\s+(?:(?:the|a|an|one|his|her|their|our|my)\b|[\p{Lu}][\p{L}'’.-]*(?:['’]s)?))+`;

const INVERTED_CUE = new RegExp(String.raw`^,?\s+${CUE_WORD}(?:${CLOSE_OR_NAME}|${SPEAKER_OPENERS}(?<words>.*))`, 'us');

/** What may follow a speaker's phrase: a break, the end of the window, or an adverbial or relative clause. */
const SPEAKER_PHRASE_END = /^(?:\s*(?:[,.;:!?)—–]|$)|\s+(?:\p{Ll}+ly|on|in|at|of|for|from|with|to|during|after|before|when|as|while|who|last|this|earlier|later|yesterday|today)\b)/u;
