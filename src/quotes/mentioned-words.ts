// Words mentioned as words ("the term “…”") or names repeated from earlier in the article: no one is quoted.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from '../lexicon/cues.js';
import { followsOneOf } from '../lexicon/naming-words.js';
import { HIT_BEFORE, WORK_BEFORE } from './work-title-context.js';

/**
 * One capitalised word in quotation marks that the article gave earlier, also in quotation marks, as a
 * name: after a code-name or nickname word or the kind of work it is ("a shooter code-named “Lantern”" …
 * "remained committed to “Lantern”"). The later mention repeats the name; nobody is quoted.
 */
export function namedEarlier(text: string, span: MarkedSpan): boolean {
  const word = text.slice(span.start, span.end).replace(/[,.]$/, '');
  if (!/^\p{Lu}[\p{L}\d-]*$/u.test(word)) return false;
  for (let i = text.lastIndexOf(word, span.open - 1); i > 0; i = text.lastIndexOf(word, i - 1)) {
    if (!OPENING_MARK.test(text[i - 1]!)) continue;
    // (The whole name, not the start of a longer one: "Lantern" is not "Lanterns" nor "Lantern Two".)
    if (!CLOSING_AFTER.test(text.slice(i + word.length, i + word.length + 2))) continue;
    const before = text.slice(Math.max(0, i - 61), i - 1);
    const lexicon = cueLexicon();
    if (followsOneOf(before, lexicon.codeNameWords) || followsOneOf(before, lexicon.nicknameWords) || WORK_BEFORE.test(before.slice(-14)) || HIT_BEFORE.test(before)) return true;
  }
  return false;
}

const OPENING_MARK = /["“‘']/;
/** Right after an earlier name: its closing mark, maybe after a comma or full stop ("“Lantern,”"). */
const CLOSING_AFTER = /^[,.]?["”’']/;

/** A verb of the clause a named word opens, a few words after it with no comma between: "… in the draft was". */
// (Not past a relative or subordinate word: "said the word “…” to the man who had …" is a mention's own clause.)
const CLAUSE_VERB_AFTER = /^\s+(?:(?!(?:who|whom|whose|which|that|where|when|while|because|after|before|as|if|since|until)\b)[\p{L}'’-]+\s+){0,6}?(?:is|was|are|were|has|had|have|would|will|could|should|must|might|may|can|cannot|remains|remained|means|meant)\b/u;

/**
 * The named word is the subject of the clause a cue reports, a verb of its own after it: "said the word
 * “…” in the second clause was …". The speaker reports a claim about the word; the word itself is only
 * mentioned. (Not "criticised the term “…,” saying …": there the cue's object is the word.)
 */
export function headsReportedClause(text: string, span: MarkedSpan): boolean {
  return CLAUSE_VERB_AFTER.test(text.slice(span.close + 1, span.close + 80));
}

/**
 * A word named as a word that heads the clause a cue reports ("said the word “…” in the text was “…”"):
 * no one's words, and no barrier between the later quotation and the cue before it.
 */
export function namedWordHeadingClause(text: string, span: MarkedSpan, paragraphStart: number): boolean {
  const before = /\b(?:the|this|that)\s+(\p{L}+)\s*$/u.exec(text.slice(Math.max(paragraphStart, span.open - 30), span.open));
  return !!before && cueLexicon().mentionNouns.has(before[1]!.toLowerCase()) && headsReportedClause(text, span);
}

/**
 * A word named as a word after "the word", "the term" …: "wary of the word “closure”" mentions it, quoting
 * nobody. (Not after a verb of using it: "Lee used the phrase “soft landing”" quotes Lee.)
 */
export function isMentionedWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  // (Also opening its sentence: "The phrase “…” filled the screen".)
  const before = /(?:\b(\p{L}+)\s+(?:\p{L}+ly\s+)?)?\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(\p{L}+)\s*,?\s*$/u.exec(text.slice(Math.max(paragraph.start, span.open - 50), span.open));
  const lexicon = cueLexicon();
  if (!before || !lexicon.mentionNouns.has(before[2]!.toLowerCase())) return false;
  const verb = (before[1] ?? '').toLowerCase();
  // ("said the word “…” in the draft was …" reports a clause about the word; "said the word “sorry”" uttered it.)
  return !lexicon.wordUsingVerbs.has(verb) || (/^(?:say|says|said|saying)$/.test(verb) && headsReportedClause(text, span));
}
