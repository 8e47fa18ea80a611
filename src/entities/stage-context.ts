// A title with stage words near it, and no screen word, is a play or a stage show, no film:
// "“Tin Harbour,” the new drama that opened at the Bath Festival, sold out" (but "premiered at the … Film Festival").
import { phrasePattern } from './stage-and-product-words.js';

let stagePattern: RegExp | undefined;
let screenPattern: RegExp | undefined;
let screenCuePattern: RegExp | undefined;

/**
 * Whether the quoted title at `open`..`after` is a stage work: a stage word near it (its clause, see titleClause)
 * and no screen word there. A title opening its clause, the sentence's subject ("“…,” the new drama by …, transfers
 * to the West End"), is judged by the whole sentence; a title inside another clause is not judged by stage words
 * elsewhere ("Ana Ruiz, who starred in “…”, is now appearing on Broadway" keeps the film). (data/stage-and-product-words.json)
 */
export function stagedTitle(text: string, open: number, after: number): boolean {
  stagePattern ??= phrasePattern('stage_context');
  screenPattern ??= phrasePattern('screen_context');
  screenCuePattern ??= phrasePattern('title_screen_cue');
  if (!titleLike(text.slice(open + 1, after - 1))) return false;
  const { start, end } = sentenceAround(text, open, after);
  const { before, rest } = titleClause(text, start, open, after, end);
  const clause = before + text.slice(open, after) + rest;
  if (screenPattern.test(clause) || screenCuePattern.test(clause)) return false;
  if (stagePattern.test(clause)) return true;
  if (!OPENS_CLAUSE.test(before)) return false;
  const sentence = text.slice(start, end);
  return stagePattern.test(sentence) && !screenPattern.test(sentence);
}

// What may stand before a title that opens its clause: "The new drama “…”", "Her play “…”".
const OPENS_CLAUSE = /^[\s“"‘(]*(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

// Where a clause ends: a comma, semicolon, colon, dash or bracket, or a word opening the next clause.
const CLAUSE_BREAK = /[,;:—–()]|\s(?:and|but|who|whom|whose|which|while|whereas|although)\s/giu;

/**
 * The text of the title's clause before its opening mark and after its closing one, within the sentence
 * start..end. An apposition right after the title belongs to it ("“…”, the new drama that opened at …,").
 */
function titleClause(text: string, start: number, open: number, after: number, end: number): { before: string; rest: string } {
  const preceding = text.slice(start, open);
  let from = 0;
  for (const m of preceding.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const following = text.slice(after, end);
  const apposition = /^[”"’]?\s*[,—–]\s*(?=(?:the|a|an)\s)/iu.exec(following);
  const skip = apposition ? apposition[0].length : 0;
  CLAUSE_BREAK.lastIndex = 0;
  const next = new RegExp(CLAUSE_BREAK.source, 'iu').exec(following.slice(skip));
  return { before: preceding.slice(from), rest: following.slice(0, next ? skip + next.index : following.length) };
}

// Short words a stage title leaves in lower case after its first word: "The Book of Mormon", "Death of a Salesman".
// Wider than nlp/words.ts TITLE_SMALL_WORDS (adds or, but, nor, as, into, vs; no "&"): merging them changes outputs.
const STAGE_TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into', 'vs', 'vs.']);

/**
 * Whether the words inside quotation marks read as a title: a name's shape (see shortName) with every word but the
 * short ones capitalised. A quoted sentence or headline ("Ana Ruiz leaves the show on its way to Broadway,") is
 * speech, no title, even in a sentence about the stage.
 */
export function titleLike(inner: string): boolean {
  const words = shortName(inner);
  return !!words && words.every((w, i) => /^[^\p{L}]*(?:\p{Lu}|\d)/u.test(w) || (i > 0 && STAGE_TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

/** The words of a quotation short enough for a name (at most eight) with no sentence punctuation inside, else null. */
export function shortName(inner: string): string[] | null {
  const bare = inner.replace(/[,.;:!?]+$/u, '').trim();
  const words = bare.split(/\s+/u).filter((w) => w);
  return words.length === 0 || words.length > 8 || /[.!?;:,]\s/u.test(bare) ? null : words;
}

// A sentence ends at . ! ? (maybe before a closing mark) and a space, or at a paragraph break.
const SENTENCE_END = /[.!?][”"’)]?\s+(?=[“"‘(]?\p{Lu})|\n/gu;

/** The sentence holding open..after, read from the text around it (no further than 300 characters either side). */
function sentenceAround(text: string, open: number, after: number): { start: number; end: number } {
  const from = Math.max(0, open - 300);
  let start = from;
  for (const m of text.slice(from, open).matchAll(SENTENCE_END)) start = from + m.index + m[0].length;
  const rest = text.slice(after, after + 300);
  SENTENCE_END.lastIndex = 0;
  const end = SENTENCE_END.exec(rest);
  return { start, end: end ? after + end.index + 1 : after + rest.length };
}
