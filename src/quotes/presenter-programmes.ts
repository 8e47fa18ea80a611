import type { ExtractedQuote, Token } from '../types.js';
import { isCallSign, lookupOutlet, outletKind } from '../lexicon/outlets.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { cueLexicon } from '../lexicon/cues.js';
import { programmesNamed } from './programme-names.js';
import { lowerWords, withoutQuotations, type SentencePlace } from './occasion-shift.js';

/** A presenter named with the programme they front: "Morning Brew presenters Ann Lee and …", "Ann Lee, the host of Night Desk". */
interface Presenter {
  /** The presenter's surname as written. */
  surname: string;
  programme: string;
  at: number;
  /** The host of a podcast the article is about: the host's words are the podcast's without "on air". */
  podcastHost?: boolean;
}

/**
 * What a presenter says on air is said on their programme: "Morning Brew presenters Ann Lee and Tom Hart
 * clashed live on air, when Lee accused …" and "“…,” Hart told viewers" have Morning Brew as outlet, and
 * so has a continuation of such a quote in its paragraph. Only where the quote's sentence, or the narration
 * sentence before it in its paragraph, puts the words on air (data: on_air_phrases): a presenter quoted
 * in a newspaper or at an event speaks elsewhere. The host of the one podcast an article names ("the
 * podcast “Side B” … The host, Sam Oduya,") speaks on it throughout, questions and all, except in what
 * they write or post. An outlet the quote's own sentence names is kept; one carried from an earlier
 * interview gives way.
 */
export function carryPresenterProgrammes(quotes: ExtractedQuote[], text: string, tokens: Token[], place: SentencePlace): void {
  const presenters = presentersOfProgrammes(text, tokens);
  if (presenters.length === 0) return;
  const paragraphOf = storyParagraphs(text);
  let last = null as { speaker: string; paragraph: number; programme: string } | null;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const paragraph = paragraphOf(q.start);
    const continued = q.cue === null && q.speaker_mention === null;
    if (continued && last && last.speaker === q.speaker && last.paragraph === paragraph && !q.outlet) {
      q.outlet = last.programme;
      continue;
    }
    last = null;
    if (!q.speaker || q.speaker_kind !== 'person' || q.cue_start === null) continue;
    const surname = q.speaker.split(/\s+/).pop()!;
    const presenter = presenters.filter((p) => p.at <= q.start && p.surname === surname).pop();
    if (!presenter || (q.outlet && ownSentence(q, text, place).includes(q.outlet.replace(/^the\s+/i, '')))) continue;
    // (A podcast host's post or column is no part of the podcast.)
    const onThePodcast = presenter.podcastHost && !cueLexicon().writtenCues.has(q.cue?.toLowerCase() ?? '');
    if (!onThePodcast && !onAir(q, text, place, paragraphOf)) continue;
    q.outlet = presenter.programme;
    last = { speaker: q.speaker, paragraph, programme: presenter.programme };
  }
}

/** The sentence holding the quote's cue. */
function ownSentence(q: ExtractedQuote, text: string, place: SentencePlace): string {
  const s = place.sentenceAt(q.cue_start!);
  return text.slice(s.start, s.end);
}

/** Whether the cue's sentence, or the narration sentence before it in the same paragraph, puts the words on air. */
function onAir(q: ExtractedQuote, text: string, place: SentencePlace, paragraphOf: (offset: number) => number): boolean {
  const own = place.sentenceAt(q.cue_start!);
  if (hasOnAirPhrase(lowerWords(withoutQuotations(text.slice(own.start, own.end))))) return true;
  // (From the quote's first sentence: a long quote's cue sits in its last.)
  const first = Math.min(own.start, place.sentenceAt(q.start).start);
  let before = first - 1;
  while (before >= 0 && /[\s"“‘']/.test(text[before]!)) before--;
  if (before < 0) return false;
  const previous = place.sentenceAt(before);
  if (previous.start >= first || paragraphOf(previous.start) !== paragraphOf(first)) return false;
  const narration = text.slice(previous.start, previous.end);
  // (A mark opening a quotation follows a space: the apostrophe of "O'Neill" opens nothing.)
  return !/(?:^|\s)["“‘']/.test(narration) && hasOnAirPhrase(lowerWords(narration));
}

export function hasOnAirPhrase(words: string[]): boolean {
  return cueLexicon().onAirPhrases.some((phrase) => words.some((_, i) => phrase.every((w, k) => words[i + k] !== undefined && (w === '*' || words[i + k] === w))));
}

/** Not inside a word: what may precede a name's first letter. */
const WORD_START = String.raw`(?<![\p{L}\d&'’-])`;
/** A programme's name: one to four capitalised words. */
const PROGRAMME = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}`;
/** A station's or programme's name whose later words may be numbers: "BBC Radio 2", "Channel 4 News". */
const STATION = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:\s+[\p{Lu}\d][\p{L}\d&'’-]*){0,3}`;
/** A person's name: one to three capitalised words, the last one the surname. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;

/** The three patterns (before, after, definite) that name a programme's presenters, built once from the presenter nouns. */
let patterns: { noun: RegExp; before: RegExp; after: RegExp; definite: RegExp; described: RegExp } | null = null;

function presenterPatterns(): { noun: RegExp; before: RegExp; after: RegExp; definite: RegExp; described: RegExp } {
  const nouns = [...cueLexicon().presenterNouns].sort((a, b) => b.length - a.length).join('|');
  // Each pattern holds a presenter noun after a space, then a capitalised name (before), "of" (after), or a
  // comma and a name (definite): an article without one (most: "host country", "hosted") is not scanned by
  // the three, which try a match at nearly every word.
  const noun = new RegExp(String.raw`\s(?:${nouns})(?:\s+(?:\p{Lu}|of\s|who\s)|,)`, 'u');
  // "Morning Brew presenters Ann Lee and Tom Hart", "Night Desk host Ann Lee".
  // (Each starts at a word's start: tried inside a long word, a capital run made the scan quadratic.)
  const before = new RegExp(String.raw`${WORD_START}(${PROGRAMME})\s+(?:${nouns})\s+(${NAME}(?:(?:\s*,\s*|\s+and\s+)${NAME})*)`, 'gu');
  // "Ann Lee, the host of Night Desk", "Ann Lee, co-host of the breakfast show Morning Brew".
  const after = new RegExp(String.raw`${WORD_START}(${NAME}),\s+(?:the\s+|a\s+|its\s+)?(?:${nouns})\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}(${PROGRAMME})`, 'gu');
  // "The host, Ann Lee, …", "its presenter, Ann Lee,": the presenter of a programme named before.
  const definite = new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts)\s+(?:${nouns}),\s+(${NAME}),`, 'gu');
  // "Ann Lee, the Radio Elwin presenter who …, said": the programme before the noun in the name's apposition.
  const described = new RegExp(String.raw`${WORD_START}(${NAME}),\s+(?:the\s+|a\s+)?(${STATION})\s+(?:${nouns})(?=,|\s+who\s)`, 'gu');
  return { noun, before, after, definite, described };
}

/** The one programme the article names after its kind, with that kind and where it is first named; null when it names none or several. */
function onlyProgrammeNamed(tokens: Token[]): { name: string; kind: string; at: number } | null {
  const named = programmesNamed(tokens);
  if (named.length === 0 || named.some((p) => p.title !== named[0]!.title)) return null;
  return { name: named[0]!.title, kind: named[0]!.kind, at: named[0]!.at };
}

function presentersOfProgrammes(text: string, tokens: Token[]): Presenter[] {
  const { noun, before, after, definite, described } = (patterns ??= presenterPatterns());
  const out: Presenter[] = [];
  if (!noun.test(text)) return stationStaff(text);
  for (const m of text.matchAll(before)) {
    const programme = knownProgramme(m[1]!, text);
    if (!programme) continue;
    for (const name of m[2]!.split(/\s*,\s*|\s+and\s+/)) out.push({ surname: name.split(/\s+/).pop()!, programme, at: m.index! });
  }
  for (const m of text.matchAll(after)) {
    const programme = knownProgramme(m[2]!, text);
    if (programme) out.push({ surname: m[1]!.split(/\s+/).pop()!, programme, at: m.index! });
  }
  for (const m of text.matchAll(described)) {
    const programme = knownProgramme(m[2]!, text);
    if (programme) out.push({ surname: m[1]!.split(/\s+/).pop()!, programme, at: m.index! });
  }
  // "On the podcast “Side B” … The host, Ann Lee, …": the host of the one programme the article names,
  // once named. "The show, in the words of its host, Ann Lee, …" before a podcast first comes up is the
  // host of something else.
  const only = onlyProgrammeNamed(tokens);
  if (only) {
    for (const m of text.matchAll(definite)) if (m.index! > only.at) out.push({ surname: m[1]!.split(/\s+/).pop()!, programme: only.name, at: m.index!, podcastHost: only.kind === 'podcast' });
  }
  out.push(...stationStaff(text));
  return out.sort((a, b) => a.at - b.at);
}

/** "WKRN reporter Sam Otieno", "CNN correspondent Ann Lee", built once from the station staff nouns. */
let staffPattern: RegExp | null = null;
/**
 * A staff noun after a space and before a capital, which every match of staffPattern holds: most articles
 * have none, and staffPattern tries a programme's name at the start of every capitalised word.
 */
let staffNoun: RegExp | null = null;

/**
 * A broadcaster's reporter named after it ("WKRN reporter Sam Otieno", "CNN correspondent Ann Lee"): on air
 * they speak on that broadcaster, as a presenter on their programme. A broadcaster only, known or by its call
 * sign: a newspaper's reporter on air is a guest of someone else's channel.
 */
function stationStaff(text: string): Presenter[] {
  staffPattern ??= new RegExp(String.raw`${WORD_START}(${PROGRAMME})\s+(?:${[...cueLexicon().stationStaffNouns].join('|')})\s+(${NAME})`, 'gu');
  staffNoun ??= new RegExp(String.raw`\s(?:${[...cueLexicon().stationStaffNouns].join('|')})\s+\p{Lu}`, 'u');
  const out: Presenter[] = [];
  if (!staffNoun.test(text)) return out;
  for (const m of text.matchAll(staffPattern)) {
    const station = m[1]!.replace(/^The\s+/, '');
    const known = lookupOutlet(station);
    if (!isCallSign(station) && !(known && outletKind(known) === 'broadcaster')) continue;
    out.push({ surname: m[2]!.split(/\s+/).pop()!, programme: station, at: m.index! });
  }
  return out;
}

/**
 * The programme's name when it is one: a known outlet, or a name the article gives more than once (a
 * sentence's capitalised first word, "Veteran presenter Ann Lee", is named once). A leading "The" of a
 * sentence is dropped.
 */
function knownProgramme(run: string, text: string): string | null {
  const name = run.replace(/^The\s+/, '');
  if (!/\s/.test(name) && !lookupOutlet(name)) return null;
  return lookupOutlet(name) !== null || text.split(name).length > 2 ? name : null;
}
