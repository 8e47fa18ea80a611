// Nicknames: inside a name (Maria “Mia” Lane), given in apposition ("known locally as “the Forty,”", "Benson, “the Bulldozer,” scored").
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from '../lexicon/cues.js';
import { alternatives, isTitleCase } from '../nlp/words.js';
import { topicBefore } from './work-title-context.js';
import { invertedCueAfter } from './inverted-cue-after.js';
import { relativeGroupName, termAGroupUses } from './group-names.js';
import { FRAME_OPENING_WORD } from './apposition-close.js';
import { namingVerbAlternation } from '../lexicon/naming-verbs.js';

/** A nickname inside a name: Maria “Mia” Lane. Not a quote, and no barrier between the name and its cue. */
export function isNickname(text: string, span: MarkedSpan): boolean {
  const quoted = text.slice(span.start, span.end);
  if (isLabelInApposition(text, span, quoted) || relativeGroupName(text, span) || termAGroupUses(text, span)) return true;
  return /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u.test(quoted)
    && /\p{Lu}[\p{L}.'’-]* $/u.test(text.slice(Math.max(0, span.open - 30), span.open))
    && /^ \p{Lu}/u.test(text.slice(span.close + 1, span.close + 3));
}

/**
 * A name given in an apposition set off by commas: "the strikers, known locally as “the Forty,” said", "the
 * drone, named “Skylark,” was folded" (a thing's name, whoever reports the clause). Not
 * a quote, and no barrier between the subject and its cue (the cue after it is the subject's).
 */
function isLabelInApposition(text: string, span: MarkedSpan, quoted: string): boolean {
  if (!/^(?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2},?$/u.test(quoted)) return false;
  if (!APPOSITION_NAMING_BEFORE.test(text.slice(Math.max(0, span.open - 50), span.open))) return false;
  return quoted.endsWith(',') || text[span.close + 1] === ',';
}

/** A comma, then a naming participle or "known (to fans) as": ", nicknamed ", ", referred to locally as ". */
const APPOSITION_NAMING_BEFORE = new RegExp(String.raw`,\s*(?:(?:known|referred to)(?:\s+\p{Ll}+){0,3}\s+as|${namingVerbAlternation('apposition_name')})\s+$`, 'u');

/**
 * A title-case nickname set off by dashes or commas right after a capitalised name, maybe with who calls him
 * so ("to fans", "as he is known"), the sentence going on after it: "Benson, “the Bulldozer,” scored twice".
 * (Not "said Lee, “I Quit,”" — a cue before the name makes it a frame; nor "Of Benson, “Pure Class,” wrote
 * one columnist" — a preposition opening the sentence makes the name a topic, and a cue verb after the
 * quotation makes it speech.)
 */
export function nicknameInApposition(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const quoted = text.slice(span.start, span.end).replace(/[,.]$/, '');
  if (!isTitleCase(quoted.split(/\s+/).filter((w, i) => !(i === 0 && /^the$/i.test(w))))) return false;
  const before = /(\S+\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]+\s*([,—–])\s*$/u.exec(text.slice(Math.max(paragraph.start, span.open - 40), span.open));
  if (!before || /^(?:said|says|told|added|asked)\s/.test(before[1] ?? '')) return false;
  if (topicBefore(text, span, paragraph) || invertedCueAfter(text, span)) return false;
  const byComma = before[2] === ',';
  // (The comma closing the nickname may sit inside the marks: "Benson, “the Bulldozer,” scored".)
  const after = (byComma && /,\s*$/.test(text.slice(span.start, span.end)) ? ',' : '') + text.slice(span.close + 1, span.close + 60);
  const rest = nicknameRest(byComma).exec(after);
  return !!rest && !FRAME_OPENING_WORD.test(rest[1]!);
}

/** What follows a nickname: maybe who calls him so, then the closing comma or dash and a small-letter word. Built once per closing. */
const NICKNAME_REST = new Map<boolean, RegExp>();

function nicknameRest(byComma: boolean): RegExp {
  let re = NICKNAME_REST.get(byComma);
  if (!re) {
    const audiences = alternatives(cueLexicon().nicknameAudiences);
    re = new RegExp(String.raw`^(?:\s+(?:to\s+(?:${audiences})|as\s+(?:he|she|they)\s+(?:is|are|was|were)\s+(?:known|called)))?\s*${byComma ? ',' : '[—–]'}\s+(\p{Ll}+)`, 'u');
    NICKNAME_REST.set(byComma, re);
  }
  return re;
}

/**
 * A short quotation the noun "nickname" introduces, maybe through a clause about it, with a colon or comma:
 * "chanting the nickname he has worn since college: “the Freight Train.”", "his nickname, “Moose,” stuck".
 * The name is the quotation, whatever cue the sentence has (chanting it does not make it anyone's words).
 */
export function introducedByNicknameNoun(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const quoted = text.slice(span.start, span.end).trim();
  if (quoted.split(/\s+/).length > 4 || /[!?]$/.test(quoted)) return false;
  const m = NICKNAME_NOUN_BEFORE.exec(text.slice(Math.max(paragraph.start, span.open - 80), span.open));
  // (Not a speaker's answer about it: "Asked about the nickname he said: “I like it.”")
  return !!m && !SPEECH_VERB.test(m[1] ?? '');
}

const SPEECH_VERB = /\b(?:said|says|say|told|tells|added|adds|replied|replies|wrote|writes|asked|asks|explained|joked)\b/;

/** "nickname(s)", up to 60 characters of plain words about it (no sentence end, no other quotation), then ":" or ",". */
const NICKNAME_NOUN_BEFORE = /\bnicknames?\b([ \p{L}\d'’-]{0,60})[:,]\s*$/u;
