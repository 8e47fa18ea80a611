import type { ExtractedQuote } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { onOwnMedium } from './own-medium.js';
import { addressesAudience } from './audience.js';
import { lowerWords, withoutQuotations, type SentencePlace } from './occasion-shift.js';

// Whether a quote was given on an occasion of its own (a statement, a post, the writer, a scene), read from its
// cue sentence. Shared by the interview carry and the outlet readers built on it (earlier-words-outlet.ts and
// others), so it lives apart from both.

/**
 * "“…,” she tells me", "he said to me": words said to the writer are the writer's own occasion, not an
 * interview with an outlet the article reports.
 */
function toTheWriter(q: ExtractedQuote, text: string): boolean {
  return q.cue_end !== null && /^\s+(?:to\s+)?me\b/i.test(text.slice(q.cue_end, q.cue_end + 8));
}

/** A quote given on an occasion of its own: written or posted words, or a statement, post, event or audience its sentence names. */
export function ownOccasion(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  const lexicon = cueLexicon();
  if (q.cue && lexicon.writtenCues.has(q.cue.toLowerCase())) return true;
  if (q.speaker_mention && q.speaker_mention.toLowerCase().split(/\s+/).some((w) => lexicon.occasionWords.has(w))) return true;
  if (toTheWriter(q, text)) return true;
  // "she told the islanders": said in person to a group.
  return namesOccasion(q, text, place) || namesDocumentSource(q, text, place) || addressesAudience(ownNarration(q, text, place)) || placedBeside(q, text, place);
}

/**
 * "Cho, standing beside him, said …": a speaker placed in person beside someone (cues.json presence_phrases and a
 * pronoun) speaks at the scene the story is at, not in an interview given earlier; not "sitting beside him
 * during the interview", a joint interview. A presence that names its own scene ("sitting next to her at the
 * funeral", cues.json occasion_places) is there whatever interview came before.
 */
function placedBeside(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  const words = ownWords(q, text, place);
  if (words.includes('interview')) return false;
  const narration = ` ${words.join(' ')} `;
  if (!presenceBesideSomeone().test(narration)) return false;
  return presenceAtOwnPlace().test(narration) || !interviewJustBefore(q, text, place);
}

/**
 * "X and Y spoke to CBS in their first interview together. … Y, sitting next to him, said …": an interview an
 * earlier sentence of the quote's paragraph names is the scene the speaker sits in; so is one the paragraph
 * before names, when the quote's sentence opens its own and nothing in between has moved the story elsewhere
 * (only sentences quoting words sit between).
 */
function interviewJustBefore(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const paragraphOf = storyParagraphs(text);
  const first = place.sentenceAt(Math.min(q.start, q.cue_start));
  const own = paragraphOf(first.start);
  let ownBefore = 0;
  for (let at = first.start - 1; at >= 0; ) {
    while (at >= 0 && /\s/.test(text[at]!)) at--;
    if (at < 0) return false;
    const paragraph = paragraphOf(at);
    if (paragraph < own && (ownBefore > 0 || paragraph < own - 1)) return false;
    if (paragraph === own) ownBefore++;
    const s = place.sentenceAt(at);
    const sentence = text.slice(s.start, s.end);
    const narration = withoutQuotations(sentence);
    if (lowerWords(narration).includes('interview')) return true;
    // In the paragraph before, a sentence with no quotation between the interview and the quote has moved
    // the story on ("… in an interview. The pair later testified."); words quoted from it go on with it.
    if (paragraph < own && narration === sentence) return false;
    at = Math.min(s.start, at) - 1;
  }
  return false;
}

let presencePattern: RegExp | undefined;
let ownPlacePattern: RegExp | undefined;

/** Any presence phrase before a pronoun, as one pattern built once (not a pattern per phrase for every quote). */
function presenceBesideSomeone(): RegExp {
  presencePattern ??= new RegExp(` (?:${cueLexicon().presencePhrases.join('|')}) (?:him|her|them) `);
  return presencePattern;
}

/** A presence phrase and its pronoun, then a preposition placing it at a scene of its own: "next to her at the funeral". */
function presenceAtOwnPlace(): RegExp {
  const lex = cueLexicon();
  ownPlacePattern ??= new RegExp(` (?:${lex.presencePhrases.join('|')}) (?:him|her|them) (?:${[...lex.occasionPlaces].join('|')}) `);
  return ownPlacePattern;
}

/**
 * "Marwood said the pier would need new pilings, according to the harbour board minutes": the quote's
 * sentence names a record as its source (read whole: an indirect quote's span may hold the phrase).
 */
function namesDocumentSource(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const s = place.sentenceAt(q.cue_start);
  const sentence = text.slice(s.start, s.end);
  // (Most sentences have no "according" to split into words for.)
  if (!/according/i.test(sentence)) return false;
  const words = lowerWords(sentence);
  const lexicon = cueLexicon();
  return words.some((w, i) => w === 'according' && words[i + 1] === 'to' && words.slice(i + 2, i + 7).some((v) => lexicon.sourceDocumentNouns.has(v) || lexicon.occasionWords.has(v)));
}

/** "in a statement", "on Instagram", "told the crowd": the quote's sentence names an occasion word after its lead, not a topic ("her speech"). */
export function namesOccasion(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  const lexicon = cueLexicon();
  const words = ownWords(q, text, place);
  return words.some((w, i) => lexicon.occasionWords.has(w) && words.slice(Math.max(0, i - 3), i).some((v) => lexicon.occasionLeads.has(v))) || onOwnMedium(words);
}

/**
 * The last quote's narration and words: one quote's occasion checks ask for them up to six times in a row
 * (ownOccasion alone three). Kept while the quote, its span and cue, the text and the sentences are the same;
 * the words are read only, never changed, by every caller.
 */
let lastOwn: { q: ExtractedQuote; text: string; place: SentencePlace; cueStart: number | null; start: number; end: number; narration: string; words?: string[] } | null = null;

function ownAnswers(q: ExtractedQuote, text: string, place: SentencePlace): NonNullable<typeof lastOwn> {
  const last = lastOwn;
  if (last && last.q === q && last.text === text && last.place === place && last.cueStart === q.cue_start && last.start === q.start && last.end === q.end) return last;
  return (lastOwn = { q, text, place, cueStart: q.cue_start, start: q.start, end: q.end, narration: readOwnNarration(q, text, place) });
}

/** The words of the quote's cue sentence outside the quote and outside any quotation marks, lower case. */
export function ownWords(q: ExtractedQuote, text: string, place: SentencePlace): readonly string[] {
  const own = ownAnswers(q, text, place);
  return (own.words ??= lowerWords(own.narration));
}

/** The quote's cue sentence outside the quote and outside any quotation marks, as written. */
function ownNarration(q: ExtractedQuote, text: string, place: SentencePlace): string {
  return ownAnswers(q, text, place).narration;
}

function readOwnNarration(q: ExtractedQuote, text: string, place: SentencePlace): string {
  if (q.cue_start === null) return '';
  const s = place.sentenceAt(q.cue_start);
  const outside = text.slice(s.start, Math.max(s.start, Math.min(q.start, s.end))) + ' ' + withoutAside(text.slice(Math.min(s.end, Math.max(q.end, s.start)), s.end));
  return withoutQuotations(outside);
}

/** "“…,” she said, laughing at the video on her phone": a participle aside after the cue describes the speaker, not the occasion. */
function withoutAside(after: string): string {
  return after.replace(/,\s*\p{Ll}+ing\b[^,;.]*/gu, ' ');
}
