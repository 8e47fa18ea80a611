import type { AnalyzedArticle, QuoteType, Token } from '../types.js';
import { firstMarkFrom, type MarkedSpan } from '../text/quotation-marks.js';
import { cueAt, cueEndsAt, type TokenView } from './frame.js';
import { MONTHS, WEEKDAYS } from '../nlp/time-words.js';
import { frameInsideWritersSentence } from './writers-sentence-frame.js';
import { wordAfterColon } from './word-after-colon.js';

/**
 * Words that may stand in an aside between a cue and a split quotation resuming: "she added, to laughter, “…”",
 * "he said quietly, “…”". An adverb or a preposition opens it (ADV, ADP); the rest is the preposition's object
 * and its modifiers (DET, ADJ, NOUN, PRON, NUM) or a comma. No verb (a second clause: "calling it “…”"), no
 * conjunction (a new subject: "and his client, “a proud man,”"), no proper noun (a person the quote describes).
 */
const ASIDE_OPENERS = new Set(['ADV', 'ADP']);
const ASIDE_WORDS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'ADV', 'PRON', 'NUM', 'PUNCT']);
/** The words of a listener right after a cue: "told reporters", "told the host", "told Reuters". */
const LISTENER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PRON', 'PROPN']);
/** Prepositions that name what the speaker talks of ("said of his client, “a proud man”"): the quote after describes it. */
const TOPIC_PREPOSITIONS = new Set(['of', 'about']);

export function quoteType(text: string, doc: AnalyzedArticle, span: MarkedSpan, tokens: Token[], view: TokenView): QuoteType {
  const para = doc.paragraphs[span.paragraph]!;
  let k = span.open - 1;
  while (k >= para.start && /\s/.test(text[k]!)) k--;
  if (k < para.start) return 'direct';
  // A quote opening a line of its own starts a sentence.
  if (text.slice(k, span.open).includes('\n')) return 'direct';
  const before = text[k]!;
  // A quotation closed by its sentence's end ("… was “not a blank cheque.” “We voted …”") ends that sentence:
  // the quote after it starts a new one, with a capital. (A title ending in ? or ! ends no sentence: "her song
  // “Why Not?” “was written …”".)
  if (closesSentenceBefore(text, doc, span, k) && /^[\p{Lu}\d]/u.test(text[span.start]!)) return 'direct';
  if (/[:,;.!?—–(\-]/.test(before)) {
    // "…, calling it “a disaster”" after a comma is still inside a clause when the quote starts lowercase.
    if (before === ',' && /^\p{Ll}/u.test(text[span.start]!)) {
      const comma = view.tokenAtOrAfter(k);
      // (A cue of several words ends there too: "“…,” Reyes cut in, “and …”".)
      if (comma > 0 && (!cueEndsAt(tokens, comma - 1) || frameInRelativeClause(text, para.start, k) || frameInsideWritersSentence(text, doc, tokens, view, para.start, k, span.start)) && !resumesSplitQuotation(text, doc, span, tokens, view, comma)) return 'partial';
    }
    // "well known on the street — “the man who knew every birthday,” as one neighbour put it": after a dash a
    // lower-case quotation that an "as" frame follows completes the writer's sentence, a partial. (With a
    // plain cue after it, "— “finally, some justice,” Okafor said", it is a sentence of speech.)
    if (/[—–]/.test(before) && /^\p{Ll}/u.test(text[span.start]!) && /^[,\s]*as\s/.test(text.slice(span.close + 1, span.close + 8))) return 'partial';
    // "had a phrase for contestants who cried: “gold.”": a word or two after a colon name what the sentence announced.
    if (before === ':' && wordAfterColon(tokens, span, view.tokenAtOrAfter(span.open))) return 'partial';
    return 'direct';
  }
  // Right after a cue verb: said “We will …” is direct when it opens like a sentence.
  const next = view.tokenAtOrAfter(k);
  const last = next < tokens.length && tokens[next]!.start <= k ? next : next - 1;
  if (last >= 0 && cueAt(tokens, last) && /^[\p{Lu}]/u.test(text[span.start]!)) return 'direct';
  return 'partial';
}

/**
 * The cue before the comma at `comma` is a frame set off inside a relative clause: "the writers, who, he
 * said, “have had a long year.”" The quotation completes the writer's clause, a partial, not a split sentence of speech.
 */
function frameInRelativeClause(text: string, from: number, comma: number): boolean {
  return /,\s*(?:who|whom|which)\s*,\s*(?:[\p{L}.'’-]+\s+){0,4}[\p{L}'’-]+\s*$/u.test(text.slice(Math.max(from, comma - 80), comma));
}

/** The quotation before `span` closes at `k`, right after its sentence's end (a mark, not an apostrophe). */
function closesSentenceBefore(text: string, doc: AnalyzedArticle, span: MarkedSpan, k: number): boolean {
  const prev = doc.marked[firstMarkFrom(doc.marked, span.open) - 1];
  return !!prev && prev.close === k && prev.paragraph === span.paragraph && /[.!?]/.test(text[k - 1]!);
}

/**
 * A sentence of speech split by its attribution and an aside goes on after it: "“I wrote it for my sisters,” she
 * added, to laughter, “and they have told me so.”" The quote before opens like a sentence and stops at a comma
 * inside its marks; between the two stand a cue and nothing else but an aside of manner or occasion
 * (ASIDE_OPENERS). No sentence ends between them.
 */
function resumesSplitQuotation(text: string, doc: AnalyzedArticle, span: MarkedSpan, tokens: Token[], view: TokenView, comma: number): boolean {
  const prev = doc.marked[firstMarkFrom(doc.marked, span.open) - 1];
  if (!prev || prev.paragraph !== span.paragraph || prev.runsOn || prev.single !== span.single) return false;
  if (!/^[\p{Lu}\d]/u.test(text[prev.start]!) || text[prev.end - 1] !== ',') return false;
  const from = view.tokenAtOrAfter(prev.close + 1);
  // The cue: its subject and the cue itself, no other verb, conjunction or sentence end ("“…,” she said. Her rival, “…”").
  // Any cue of the lexicon frames a split sentence, a weak one too ("“…,” he concluded, “but …”"): the quotation
  // before already opened a sentence of speech.
  let cueLast = -1;
  for (let i = from; i < comma && cueLast < 0; i++) {
    const t = tokens[i]!;
    const cue = cueAt(tokens, i, 'clause');
    if (cue) cueLast = cue.last;
    else if (t.pos === 'VERB' || t.pos === 'CCONJ' || endsSentence(t)) return false;
  }
  if (cueLast < 0) return false;
  // The listener a cue may take ("she told reporters", "he told the host"), then the aside, if any: opened by
  // an adverb or a preposition (not a topic's "of"), then its object.
  let i = cueLast + 1;
  while (i < comma && LISTENER_WORDS.has(tokens[i]!.pos)) i++;
  // A listener after "to" ("as she put it to IndieWire, “…”"): still the cue's own words.
  if (i + 1 < comma && tokens[i]!.normal === 'to' && LISTENER_WORDS.has(tokens[i + 1]!.pos)) {
    i++;
    while (i < comma && LISTENER_WORDS.has(tokens[i]!.pos)) i++;
  }
  let opened = false;
  for (; i < comma; i++) {
    const t = tokens[i]!;
    if (t.text === ',') continue;
    // (A day or month is the one proper noun an aside of time holds: "told Reuters on Friday, “…”".)
    if (opened && t.pos === 'PROPN' && isDateName(t.normal)) continue;
    if (endsSentence(t) || !ASIDE_WORDS.has(t.pos)) return false;
    if (!opened && (!ASIDE_OPENERS.has(t.pos) || TOPIC_PREPOSITIONS.has(t.normal))) return false;
    opened = true;
  }
  return true;
}

function isDateName(word: string): boolean {
  return (WEEKDAYS as readonly string[]).includes(word) || (MONTHS as readonly string[]).includes(word);
}

function endsSentence(t: Token): boolean {
  return t.pos === 'PUNCT' && /^[.!?]+$/.test(t.text);
}
