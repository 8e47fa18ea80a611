import type { ExtractedQuote } from '../types.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { wholeWordOffsets } from '../text/boundaries.js';
import { guestAppearanceAround } from '../text/programme-appearances.js';
import { isTitleCase } from '../nlp/words.js';
import { givenElsewhere, opensParagraphWithCue } from './interview-carry.js';
import { lowerWords, sceneShiftsBetween, withoutQuotations, type SentencePlace } from './occasion-shift.js';
import { cueLexicon } from '../lexicon/cues.js';

/** A programme a sentence puts its guests on, and where that sentence ends. */
interface Appearance {
  title: string;
  /** Where the title's closing mark ends: the sentence's words after it are said on the programme. */
  after: number;
  sentenceEnd: number;
  /** The appearance sentence's words (lower case): the guests it names are the ones who speak on the programme. */
  sentenceWords: ReadonlySet<string>;
  /** "The couple appeared …": the guests are a group named before, so anyone named before the sentence may be one. */
  groupGuests: boolean;
  /** Where the appearance sentence starts. */
  sentenceStart: number;
}

/**
 * What guests say right after a sentence that puts them on a talk programme is said on it: "The pair appeared
 * on “Corner Booth,” where the host, Dana Pell, asked … . ¶ “…,” Ruiz said, to laughter from the studio
 * audience." and the guests' next lines, whoever of them speaks (see guestAppearanceAround for the signs). The
 * programme goes on while each quote follows on: in the same paragraph as the one before, or opening the next
 * with its cue; another outlet, or a quote given elsewhere (written, in a statement, at another time), ends it.
 */
export function carryProgrammeAppearances(quotes: ExtractedQuote[], text: string, place: SentencePlace): void {
  const appearances = programmeAppearances(text, place);
  if (appearances.length === 0) return;
  const paragraphOf = storyParagraphs(text);
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  for (const appearance of appearances) {
    let paragraph = paragraphOf(appearance.after);
    let since = appearance.after;
    for (const q of sorted) {
      if (q.start < appearance.after) continue;
      if (q.outlet && q.outlet !== appearance.title) break;
      // Another occasion ("On Tuesday, at a rally, he …") or medium ("in a phone call") in between ends the programme.
      if (!q.outlet && (givenElsewhere(q, text, place, since) || byOtherMedium(q, text, place) || sceneShiftsBetween(text, place, since, q.start))) break;
      // Only the people the sentence puts on the programme speak on it: "Her rival …, said Tim Walsh" did not.
      if (!namedIn(q, appearance, text)) continue;
      const inSentence = q.start < appearance.sentenceEnd;
      const here = paragraphOf(q.start);
      const followsOn = inSentence || here === paragraph || (here === paragraph + 1 && opensParagraphWithCue(q, text, place, paragraphOf));
      if (!followsOn || (!q.outlet && afterOrInWriting(q, text, place))) break;
      q.outlet = appearance.title;
      paragraph = here;
      since = q.end;
    }
  }
}

/**
 * "X later defended the interview", "Writing on LinkedIn, she said …": words said after the programme, or
 * written, whatever the cue (the narration of the cue's sentence, outside quotations).
 */
function afterOrInWriting(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const s = place.sentenceAt(q.cue_start);
  const narration = text.slice(s.start, Math.max(s.start, q.start)) + ' ' + text.slice(Math.min(s.end, q.end), s.end);
  const written = cueLexicon().writtenCues;
  return lowerWords(withoutQuotations(narration)).some((w) => written.has(w) || LATER.has(w));
}

/** Whether the quote's speaker (its resolved name, whatever the mention) is named in the appearance sentence. */
function namedIn(q: ExtractedQuote, appearance: Appearance, text: string): boolean {
  if (q.speaker_kind !== 'person' || !q.speaker) return false;
  const last = q.speaker.split(/\s+/).at(-1)!;
  if (appearance.sentenceWords.has(last.toLowerCase())) return true;
  // (As a whole word: "Hale" is not named by "Halewood".)
  return appearance.groupGuests && wholeWordOffsets(text.slice(0, appearance.sentenceStart), last).length > 0;
}

/** Nouns of a group of guests named before ("the couple", "the pair"). */
const GROUPS: ReadonlySet<string> = new Set(['couple', 'pair', 'duo', 'trio', 'two', 'three', 'bandmates', 'co-stars']);

/** "“…,” said Dunn in a phone call": the quote's own sentence names another medium it was given in. */
function byOtherMedium(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const s = place.sentenceAt(q.cue_start);
  const narration = text.slice(s.start, Math.max(s.start, q.start)) + ' ' + text.slice(Math.min(s.end, q.end), s.end);
  const words = lowerWords(withoutQuotations(narration));
  return words.some((w, i) => CALLS.has(w) && words[i + 1] === 'call');
}

/** Kinds of call words are given in ("in a phone call", "on a video call"). */
const CALLS: ReadonlySet<string> = new Set(['phone', 'telephone', 'video', 'zoom', 'conference']);

/** Adverbs that put words after the programme went out. */
const LATER: ReadonlySet<string> = new Set(['later', 'afterwards', 'afterward', 'subsequently']);

/** A title in quotation marks: up to eight words, its first a capital or a digit. */
const QUOTED_TITLE = /[“"]([\p{Lu}\d][^“”"\n]{0,60}?)[,.]?[”"]/gu;

/** The programmes the article puts guests on (guestAppearanceAround), in text order. */
function programmeAppearances(text: string, place: SentencePlace): Appearance[] {
  const out: Appearance[] = [];
  for (const m of text.matchAll(QUOTED_TITLE)) {
    const title = m[1]!;
    const words = title.split(/\s+/);
    if (words.length > 8 || !isTitleCase(words)) continue;
    const end = m.index! + m[0].length;
    if (!guestAppearanceAround(text.slice(Math.max(0, m.index! - 40), m.index!), text.slice(end, end + 80))) continue;
    const sentence = place.sentenceAt(m.index!);
    const named = new Set(lowerWords(withoutQuotations(text.slice(sentence.start, sentence.end))));
    const opening = lowerWords(text.slice(sentence.start, m.index!));
    const groupGuests = opening.some((w, i) => GROUPS.has(w) && /^(?:the|both)$/.test(opening[i - 1] ?? ''));
    out.push({ title, after: end, sentenceEnd: sentence.end, sentenceWords: named, groupGuests, sentenceStart: sentence.start });
  }
  return out;
}
