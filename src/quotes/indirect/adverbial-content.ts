import type { Token } from '../../types.js';
import type { TokenView } from '../frame.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { POSSESSIVES } from '../../nlp/words.js';
import type { IndirectQuote } from './report-sentence.js';
import { isTimePhrase, sourceText } from '../speaker.js';

/**
 * A report's content that is only an adverbial of time, place or means, with no clause in it: "at the
 * weekend", "shortly after ten in her office", "in a two-line email sent by an aide". That is
 * when or how something was said (or not), never what: neither our sets nor PolNeAR take it as content.
 * The adverbial opens with a preposition of cues.json adjunct_prepositions (after an adverb such as
 * "shortly"); what follows holds no auxiliary and no verb but an "-ing" noun ("a sitting") or a participle
 * before "by" ("sent by"). Topic prepositions ("about the budget", "on national security") are not listed.
 */
export function adverbialOnly(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  if (tokens[k]?.pos === 'ADV' && k < to) k++;
  const lead = tokens[k];
  if (!lead || lead.pos !== 'ADP' || !cueLexicon().adjunctPrepositions.has(lead.normal)) return false;
  // (A set phrase of amount or stance is no adverbial: "at least 108 people died", "in favor of the ban".)
  if (/^(least|most|favor|favour|all)$/.test(tokens[k + 1]?.normal ?? '')) return false;
  for (let j = k + 1; j <= to; j++) {
    const t = tokens[j]!;
    // (A possessive determiner the tagger calls PRON stays inside the noun phrase: "in her office".)
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PRON' && !POSSESSIVES.has(t.normal))) return false;
    if (t.pos === 'VERB' && !/ing$/.test(t.normal) && tokens[j + 1]?.normal !== 'by') return false;
  }
  return true;
}

/** The reports whose content is an adverbial only, left out. */
export function withoutAdverbialContent(view: TokenView, found: IndirectQuote[]): IndirectQuote[] {
  return found.filter((q) => {
    const from = view.tokenAtOrAfter(q.start);
    let to = view.tokenAtOrAfter(q.end) - 1;
    while (to > from && view.tokens[to]!.pos === 'PUNCT') to--;
    return !adverbialOnly(view.tokens, from, to) && !(from === q.frame.cueToken + 1 && (placeWordAndParticiple(view.tokens, from, to) || timeOnly(view.tokens, from, to)));
  });
}

/**
 * "…, officials announced Thursday.": the object right after the cue is a time phrase only ("Thursday",
 * "last week"), when the words were said, never what.
 */
function timeOnly(tokens: Token[], from: number, to: number): boolean {
  return isTimePhrase(sourceText(tokens, from, to + 1));
}

/**
 * "…,” Okafor said poolside, still breathing heavily.", "said courtside, holding the trophy": one word of place
 * or time in small letters right after the cue (asked by the caller; "confirmed that observation, reporting"
 * has the content's own determiner between), then a comma and a participle phrase describing the speaker. That is
 * where and how the words were said, never what: nothing in it has a subject and a finite verb ("said Friday
 * the deal, signed last week, was off" has "was" and still reports).
 */
export function placeWordAndParticiple(tokens: Token[], from: number, to: number): boolean {
  const word = tokens[from];
  if (!word || from + 2 > to || !/^(NOUN|ADV|ADJ)$/.test(word.pos) || !/^\p{Ll}+$/u.test(word.text) || tokens[from + 1]?.text !== ',') return false;
  let k = from + 2;
  if (tokens[k]?.pos === 'ADV') k++;
  if (!/ing$/.test(tokens[k]?.normal ?? '') || !/^(VERB|NOUN)$/.test(tokens[k]!.pos)) return false;
  for (let j = k + 1; j <= to; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.normal === 'that' || (t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.normal))) return false;
  }
  return true;
}
