// Context around a quotation that marks it as a work's title: the kind of work before or after it, apposition, a title opening its sentence.
import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLexicon } from '../lexicon/cues.js';
import { workWords } from '../lexicon/work-words.js';
import { contextWords } from '../lexicon/context-words.js';
import { alternatives, THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';
import { invertedCueAfter } from './inverted-cue-after.js';
import { closesApposition, FRAME_OPENING_WORD, smallWordAfterApposition } from './apposition-close.js';

/**
 * A noun of someone's part in a work ("collaboration on", "role in") or of an event or piece of it ("the
 * launch of", "a still from", "the sequel to"), and the preposition that takes its title.
 */
export function followsWorkInvolvement(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = /\b(\p{L}+)\s+(on|in|of|for|from|to)\s*$/u.exec(text.slice(Math.max(paragraph.start, span.open - 30), span.open));
  const noun = before?.[1]!.toLowerCase() ?? '';
  const lexicon = cueLexicon();
  // ("to" only after a piece of a work, "the sequel to “…”", "the soundtrack to “…”": "her work to “Make Peace”" may be a slogan.)
  if (before?.[2] === 'to') return lexicon.workEventNouns.has(noun);
  return lexicon.workInvolvementNouns.has(noun) || lexicon.workEventNouns.has(noun) || lexicon.stageEventNouns.has(noun) || PART_PLAYED_IN.test(text.slice(Math.max(paragraph.start, span.open - 90), span.open));
}

/**
 * A part someone plays or voices, then "in": "stars as the ferry captain Ada Voss in “…”", "plays Ada Voss in “…”",
 * "her turn as the matriarch Ada Voss in “…”", "voicing the knight Ada Voss in “…”" — the work the part is in.
 */
const PART_PLAYED_IN = /\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced|voicing|(?:stars|starred|starring|appears|appeared|role|turn|part|performance)\s+as)\s+[^.!?;:“”"]{1,60}\s+in\s*$/u;

/** A role, maybe a name, then a speech verb: the quotation before it was spoken ("host Ana Ruiz told", "fans chanted"). */
export const SPEECH_AFTER_ROLE = new RegExp(String.raw`^\s*\S+(?:\s+\p{Ll}+)?(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s+(?:${contextWords('speech_after_role').join('|')})\b`, 'u');

// … and the kind of work that is no film or show (data/work-words.json other_work_after_title): her “…” tour, the “…” album.
export const WORK_AFTER = new RegExp(`^\\s*(?:${contextWords('work_people_after_title').join('|')}|${workWords('other_work_after_title').join('|')})\\b`, 'i');

/** "hit" as a noun (a determiner or possessive, up to three modifiers, a year among them): "the fantasy role-playing hit", "his 2023 hit". Not the verb: "She hit “Reply All”". */
export const HIT_BEFORE = new RegExp(String.raw`\b(?:the|a|an|${alternatives(THIRD_PERSON_POSSESSIVES)}|this|that|[\p{Lu}][\p{L}-]*['’]s)\s+(?:[\p{L}\d-]+\s+){0,3}hit\s*,?\s*$`, 'u');

/**
 * A word of ranking or measuring right before the quotation (data/context-words.json compared_title_before):
 * "pacing ahead of “Your Name.”", "the record set by “…”", "bigger than “…”" — the work measured against.
 */
export const COMPARED_TITLE_BEFORE = new RegExp(`(?<!\\p{L})(?:${contextWords('compared_title_before').join('|')})\\s*$`, 'iu');

/** The kind of work right before a title (data/work-words.json before_quoted_title): "the documentary", "her memoir,". */
export const WORK_BEFORE = new RegExp(`(?<!\\p{L})(?:${workWords('before_quoted_title').join('|')})\\s*,?\\s*$`, 'iu');

/** A work with its title in apposition (data/work-words.json title_in_apposition): "the big closing number, ". */
const APPOSITION_WORK_BEFORE = new RegExp(`(?<!\\p{L})(?:${workWords('title_in_apposition').join('|')})\\s*,\\s*$`, 'iu');

/**
 * The title of a song, number or other work between commas right after the work's noun, the sentence going
 * on with its verb ("her new single, “Paper Moon,” topped the charts") or ending on it ("the mural, “…”."). (Not "the song, “…,” she said": a
 * pronoun or name after the comma makes a frame; nor a cue verb with its speaker after it, "…,” recalled
 * Lee"; nor a topic fronted by a preposition, "On the closing number, “…,” …", whose quotation is speech.)
 */
export function titleInApposition(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 30), span.open);
  if (!APPOSITION_WORK_BEFORE.test(before) || topicBefore(text, span, paragraph)) return false;
  // (… or the title ends the sentence: "said the city would repaint the mural, “Reading by Lamplight.”")
  if (endsSentence(text, span)) return true;
  const next = smallWordAfterApposition(text, span, 30);
  // (An article after the comma opens a new noun phrase, not the sentence's verb: "the song, “…,” the band's last".)
  return closesApposition(text, span) && !!next && !FRAME_OPENING_WORD.test(next) && !/^(?:the|a|an)$/.test(next) && !invertedCueAfter(text, span);
}

/** The quotation closes its sentence, the stop inside the marks or right after them, no frame after it. */
function endsSentence(text: string, span: MarkedSpan): boolean {
  const stopInside = /\.$/.test(text.slice(span.start, span.end).trim());
  const after = text.slice(span.close + 1, span.close + 4);
  return stopInside ? /^(?:\s*$|\n|\s+["“]?\p{Lu})/u.test(after) : /^\.(?:\s|$)/u.test(after);
}

/** A sentence opened by a preposition before the quotation: "On the closing number, ", "Of Benson, ", "To Liverpool, ". */
export function topicBefore(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const sentence = /(?:^|[.!?]["”’]?\s+)([^.!?]*)$/u.exec(text.slice(paragraph.start, span.open))?.[1] ?? '';
  return TOPIC_OPENER.test(sentence);
}

/** A fronted topic: a preposition, then up to six words to its comma. */
const TOPIC_OPENER = /^(?:On|Of|About|For|To|Regarding|Concerning)\s+[^,“”"]{1,60},\s*$/u;

/** "According to X, " opening the sentence, X with no quotation mark: the clause starts after its comma. */
const ACCORDING_OPENER_BEFORE = /(?:^|[.!?:]["”’]?\s+)According to [^,.;“”"]{1,50},\s+$/u;

/**
 * Quoted words that open their sentence (or the clause after a colon) with no punctuation of their own, a small-letter word right after
 * the closing mark: a name the sentence goes on about (“Harbor Lights” opens in May), not words spoken,
 * which end in a comma or full stop before their frame (“We won,” she said) or take a cue ("“Go home” was all she said").
 */
export function titleAsSubject(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const quoted = text.slice(span.start, span.end);
  if (/[,.;:!?…-]\s*$/.test(quoted)) return false;
  const before = text.slice(paragraph.start, span.open);
  // (A colon opens a clause too: "the network confirmed it: “Harbor Lights” returns in May.")
  // (… and so does a source set before it: "According to ratings data, “Harbor Lights” drew …".)
  if (before.trim() !== '' && !/[.!?:]["”’]?\s+$/.test(before) && !ACCORDING_OPENER_BEFORE.test(before)) return false;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(span.close + 1, span.close + 30));
  if (!next || /^(?:said|says)$/.test(next[1]!)) return false;
  // “Go Home Now” was all she said: a copula is speech only when a speech word follows in the sentence.
  return !(/^(?:was|is|were|are)$/.test(next[1]!) && speechLaterInSentence(text, span.close + 1));
}

/** Whether the rest of the sentence from `from` holds a word that makes its subject words spoken ("all she said", "the crowd's chant"). */
function speechLaterInSentence(text: string, from: number): boolean {
  const rest = /^[^.!?]*/.exec(text.slice(from, from + 200))![0];
  const words = rest.toLowerCase().split(/[^\p{L}'’]+/u);
  return words.some((w) => cueLexicon().titleSpeechWords.has(w.replace(/[’']s$/, '')));
}
