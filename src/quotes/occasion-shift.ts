import type { ExtractedQuote } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isMonth, isTimeWord, WEEKDAYS } from '../nlp/time-words.js';
import { DETERMINERS } from '../nlp/words.js';

/** Where a quote sits: the sentence an offset is in. */
export interface SentencePlace {
  sentenceAt(offset: number): { start: number; end: number };
}

/**
 * Whether a quote's words come from another occasion than the quote before it, ended at `since`: an
 * adjunct right after its cue places it at an event or another time ("…,” Okafor said at the council
 * meeting", "said in a separate interview", "said then"), or a sentence between opens with one ("At the
 * festival last May, Okafor was more upbeat.", "Back in 2015, …"). An interview's outlet ends there.
 */
export function movesToAnotherOccasion(q: ExtractedQuote, text: string, place: SentencePlace, since: number): boolean {
  const after = wordsAfterCue(q, text, place);
  const shifts = (opensWithShift(after) && !(pointsBack(after) && namesAPastTime(text, place, since))) || saidLater(after);
  if (shifts || earlierAdverbBeforeCue(q, text)) return true;
  const between = narrationSince(text, place, since, q.start);
  if (between.openers.some(openerShifts) || spokeElsewhereSince(between.plainSentences) || placeSetOffSince(between.plainSentences)) return true;
  // (The two sentences are cut and cleaned once for both checks on them.)
  const sentences = sentencesSince(q, text, place, since);
  return sentences !== null && (timeOfItsOwn(sentences) || anotherDate(sentences.narration, sentences.earlier) || datedAfterPastPiece(sentences) || datedAfterAtTheTime(sentences));
}

/**
 * "X told the Courier at the time that … . On Tuesday, X said …" (or "Later, X said …"): "at the time" sets the
 * interview back in the past, so a day or a "later" the quote's own sentence names is a new occasion, not it.
 * (Without "at the time" the day may be the interview's own: "X told the Courier … . On Tuesday, X said".)
 */
function datedAfterAtTheTime(sentences: SentencesSince): boolean {
  if (!/\bat the time\b/i.test(withoutQuotations(sentences.earlier))) return false;
  const later = cueLexicon().laterTimeWords;
  return datesIn(sentences.narration).length > 0 || lowerWords(sentences.narration).some((w) => later.has(w));
}

/**
 * "In a Vogue profile last year, Ruiz said … . On Tuesday, Ruiz said …": a day the quote's own sentence dates
 * its words by, after a quote whose sentence placed its words in a past year or "last month", is another
 * occasion than that piece. (Not after "last week" or "last night": the day may be that interview's own.)
 */
function datedAfterPastPiece(sentences: SentencesSince): boolean {
  if (datesIn(sentences.narration).length === 0) return false;
  return timesIn(sentences.earlier, true).some((time) => isYear(time) || (time.startsWith('last ') && !/\s(?:week|night)$/.test(time)));
}

/**
 * "Speaking to the Times earlier this month, Ruiz … . ¶ Ruiz shrugged off the row on Tuesday. “…,” she said.": a
 * day the narration since the quote before (ended at `since`) dates things by ("on Tuesday") that the sentence
 * naming the interview (at `interviewAt`) does not name is another occasion, when that sentence dates the
 * interview itself ("earlier this month", "published Friday"). After an undated interview, any day named since
 * counts only once the story has `movedOn` to another speaker ("… ¶ Y accused her of … . Asked about it on Tuesday, …").
 */
export function datedAwayFromInterview(q: ExtractedQuote, text: string, place: SentencePlace, since: number, interviewAt: number, movedOn: boolean): boolean {
  if (since <= 0) return false;
  const from = place.sentenceAt(since - 1).end;
  const to = place.sentenceAt(q.cue_start ?? q.start).end;
  if (from >= to) return false;
  // (Not the quote's own words: "she said she would fly home on Saturday" dates what she will do.)
  const narration = withoutRelativeAsides(withoutQuotations(text.slice(from, Math.max(from, q.start)) + ' ' + text.slice(Math.min(to, q.end), to)));
  const interview = place.sentenceAt(interviewAt);
  const named = lowerWords(withoutQuotations(text.slice(interview.start, interview.end))).filter((w) => isTimeWord(w) || isYear(w));
  if (named.length === 0) return movedOn && lowerWords(narration).some((w) => WEEKDAY_SET.has(w));
  return datesIn(narration).some((date) => !named.includes(date));
}

/** "“…,” she once said", "he had previously told …": an adverb right before the cue places the words at another time. */
function earlierAdverbBeforeCue(q: ExtractedQuote, text: string): boolean {
  if (q.cue_start === null) return false;
  const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, q.cue_start - 16), q.cue_start))?.[1]?.toLowerCase();
  return !!word && cueLexicon().earlierTimeAdverbs.has(word);
}

/** Words naming the same conversation: "later in the interview", "afterwards on the call" keep its occasion. */
const SAME_CONVERSATION = new Set(['interview', 'conversation', 'call', 'chat', 'same', 'programme', 'program', 'show']);

/**
 * "“…,” Ferro said later", "she added afterwards": the words come from a later occasion than the quote before,
 * unless the adjunct (to its clause's end) goes on to place them in the same conversation ("said later in the
 * interview", "said later that evening in the same interview").
 */
function saidLater(words: string[]): boolean {
  return words.length > 0 && cueLexicon().laterTimeWords.has(words[0]!) && !words.slice(1).some((w) => SAME_CONVERSATION.has(w));
}

/** "she said at the time", "he said then": the time just named, not another one. */
function pointsBack(words: string[]): boolean {
  return (words[0] === 'at' && words[1] === 'the' && words[2] === 'time') || words[0] === 'then';
}

/**
 * Whether the sentence of the quote before names the past time that "at the time" or "then" points back to:
 * "In a 2019 interview with Vanity Fair, Fane said …", "Gill told the magazine last month that …" — a year
 * or a "last …" there.
 */
function namesAPastTime(text: string, place: SentencePlace, since: number): boolean {
  if (since <= 0) return false;
  // (Its last character: a quote closing its sentence, “…”, ends where the next sentence's offsets begin.)
  const before = place.sentenceAt(since - 1);
  return namesPastTimeIn(text.slice(before.start, before.end));
}

/** Whether the text names a past time, a year or a "last …" ("In a 2019 interview", "told NME last year"). */
export function namesPastTimeIn(s: string): boolean {
  return timesIn(s, true).some((time) => isYear(time) || time.startsWith('last '));
}

/**
 * The quote's own sentence places it at a time the previous quote's sentence does not name: "Her final
 * role, in 2023, was …, which she described as “…”" after "In a 2011 interview …, she said: “…”", or "last
 * year" / "this season". Words from another time are no part of the earlier interview.
 */
function timeOfItsOwn(sentences: SentencesSince): boolean {
  // The earlier sentence is read only when this one names a time (few do).
  const ownTimes = timesIn(sentences.narration, false);
  if (ownTimes.length === 0) return false;
  // (The earlier sentence's time may be any year it names: "In a 2011 interview …".)
  const earlier = timesIn(sentences.earlier, true);
  return ownTimes.some((time) => !earlier.includes(time));
}

/**
 * Whether the quote's own sentence dates it differently from the sentence of the quote before, ended at
 * `since` (see anotherDate); read for a quote with no cue of its own too ("On Tuesday she had a reply: “…”").
 */
export function datedDifferently(q: ExtractedQuote, text: string, place: SentencePlace, since: number): boolean {
  const sentences = sentencesSince(q, text, place, since);
  return sentences !== null && anotherDate(sentences.narration, sentences.earlier);
}

/** The narration of a quote's own sentence and the text of the sentence of the quote before. */
interface SentencesSince {
  narration: string;
  earlier: string;
}

/**
 * The narration of the quote's own sentence (the sentence less its quotations) and the text of the
 * sentence of the quote before, ended at `since`; null when there is none before or both are in one sentence.
 */
function sentencesSince(q: ExtractedQuote, text: string, place: SentencePlace, since: number): SentencesSince | null {
  if (since <= 0) return null;
  const own = place.sentenceAt(q.start);
  const before = place.sentenceAt(since - 1);
  if (own.start <= before.start) return null;
  return { narration: withoutRelativeAsides(withoutQuotations(text.slice(own.start, q.start) + ' ' + text.slice(q.end, own.end))), earlier: text.slice(before.start, before.end) };
}

/**
 * Narration without relative clauses set off by commas: "Reyes, who moved to Seville this month, said …"
 * dates what the speaker did, not the words.
 */
function withoutRelativeAsides(s: string): string {
  return s.replace(/,\s*(?:who|whom|whose|which)\b[^,;.]*,/g, ',');
}

/**
 * "… who told Rolling Stone in April that …. On Tuesday she had a reply: “…”": both sentences date their
 * words (a weekday after "on", a month after "in"), and differently. Only then: a day named after an
 * undated interview sentence may be the interview's own.
 */
function anotherDate(own: string, earlier: string): boolean {
  const ownDates = datesIn(own);
  if (ownDates.length === 0) return false;
  const earlierDates = datesIn(earlier);
  return earlierDates.length > 0 && ownDates.some((date) => !earlierDates.includes(date));
}

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** Weekdays after "on" and months after "in", lower case; not one dating the topic (see inTopicPhrase). */
function datesIn(s: string): string[] {
  const words = lowerWords(s);
  return words.filter((w, i) => ((words[i - 1] === 'on' && WEEKDAY_SET.has(w)) || (words[i - 1] === 'in' && isMonth(w))) && !inTopicPhrase(words, i - 1));
}

/**
 * The date's preposition at words[at] ends a topic phrase, "of the decision in March", "about the vote on
 * Friday": it dates what is talked about, not the words.
 */
function inTopicPhrase(words: string[], at: number): boolean {
  for (let k = at - 2; k >= 0 && k >= at - 4; k--) {
    if (/^(?:of|about|over|regarding|concerning)$/.test(words[k]!) && DETERMINERS.has(words[k + 1] ?? '')) return true;
  }
  return false;
}

/** Years after "in" ("in 2023"), or any year with `anyYear`, and times relative to now ("last year", "this season"), lower case. */
function timesIn(s: string, anyYear: boolean): string[] {
  const words = lowerWords(s);
  const times: string[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1] ?? '';
    if (anyYear && isYear(w)) times.push(w);
    if (!anyYear && w === 'in' && isYear(next)) times.push(next);
    if (/^(?:last|this|next)$/.test(w) && cueLexicon().relativeTimeNouns.has(next)) times.push(`${w} ${next}`);
  });
  return times;
}

/** The longest sentence opener read as a setting ("Later that day at a press conference,"): longer ones are clauses. */
const MAX_OPENER_WORDS = 8;

/** An adjunct opening with another event, place or time: "at the premiere", "in another interview", "then", "in 2015". */
function opensWithShift(words: string[]): boolean {
  const lexicon = cueLexicon();
  const [first = '', second = ''] = words;
  if (lexicon.earlierTimeWords.has(first) || (first === 'in' && isYear(second)) || (first === 'back' && /^(?:in|then)$/.test(second))) return true;
  if (lexicon.occasionPlaces.has(first)) return !lexicon.occasionPlaceIdioms.has(`${first} ${second}`);
  return (first === 'in' || first === 'on') && words.slice(1, 4).some((v) => lexicon.otherOccasionWords.has(v));
}

/** A short sentence opener that sets the scene elsewhere: "At the festival last May,", "Later that day at a rally,", "In 2015,". */
function openerShifts(words: string[]): boolean {
  // A sentence opening "Then, …" moves the story on in order, not back to another time.
  if (words.length === 0 || words.length > MAX_OPENER_WORDS || words[0] === 'then') return false;
  // "After the ballot, Mr Doyle was more conciliatory.": the story moves past an event to a new occasion.
  // (The event word closes the opener: "After the race row," is about a row, not past a race.)
  if (words[0] === 'after' && words.length <= 4 && cueLexicon().afterOccasionWords.has(words[words.length - 1]!)) return true;
  return words.some((_, i) => opensWithShift(words.slice(i)) && (i === 0 || cueLexicon().occasionPlaces.has(words[i]!)));
}

function isYear(word: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(word);
}

/**
 * The adjunct right after the cue (and a speaker named after it), up to the first comma: "said at a town
 * hall in Dayton". Not a participle aside after a comma ("she said, laughing at the video"), which
 * describes the speaker, not the occasion.
 */
function wordsAfterCue(q: ExtractedQuote, text: string, place: SentencePlace): string[] {
  if (q.cue_start === null || q.cue_end === null) return [];
  const s = place.sentenceAt(q.cue_start);
  const from = q.speaker_start !== null && q.speaker_end !== null && q.speaker_start > q.cue_start ? q.speaker_end : q.cue_end;
  const stop = q.start >= from && q.start < s.end ? q.start : s.end;
  const clause = text.slice(from, Math.max(from, stop)).split(/[,;:—(“"]/)[0] ?? '';
  return lowerWords(clause);
}

/**
 * "Pemba said little at the hospital. “…,” he said.": a sentence between the two quotes, with no quotation of
 * its own, that has someone speak at an occasion (a speaking verb, perhaps one word such as "little" or
 * "briefly", then "at …", "outside …") moves the story there. So does a participle of asking or speaking
 * ("Vance, asked on the red carpet whether …, laughed.", "Speaking at the premiere, she …"); "on" counts
 * before a public occasion's noun ("on the red carpet", "on stage").
 */
function spokeElsewhereSince(plainSentences: string[]): boolean {
  const lexicon = cueLexicon();
  // ("Her coach, who spoke at a rally in May, disagreed": a relative clause's speaking is someone else's aside.)
  // (Read clause by clause: "asked on the red carpet, shrugged" ends the occasion's phrase at the comma.)
  return plainSentences.flatMap((sentence) => sentence.replace(RELATIVE_CLAUSE, ',').split(CLAUSE_BREAK)).some((clause) => {
    const words = lowerWords(clause);
    // (As written only once a speaking word is found: most clauses hold none.)
    let written: string[] | undefined;
    return words.some((w, i) => {
      // ("The talks at the embassy stalled": after a determiner the word is a noun.)
      if (!(lexicon.speakingVerbForms.has(w) || lexicon.occasionParticiples.has(w)) || DETERMINERS.has(words[i - 1] ?? '')) return false;
      const at = lexicon.speakingVerbAdverbs.has(words[i + 1] ?? '') ? i + 2 : i + 1;
      return placesAtOccasion(words.slice(at)) || placesOnOccasion(words.slice(at), (written ??= wordsAsWritten(clause)).slice(at));
    });
  });
}

/** ", who has summited it nine times," between commas: a relative clause set off from its noun. */
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose)\b[^,]*,/g;
/** Words after an occasion's preposition that keep the conversation or make it a habit, not a new occasion. */
const NO_NEW_OCCASION: ReadonlySet<string> = new Set([...SAME_CONVERSATION, 'end', 'start', 'beginning', 'close', 'outset', 'every', 'each']);

/** An occasion place right at the start: "at the hospital", not an idiom ("at length"). */
function placesAtOccasion(words: string[]): boolean {
  const lexicon = cueLexicon();
  if (!lexicon.occasionPlaces.has(words[0] ?? '') || lexicon.occasionPlaceIdioms.has(`${words[0]} ${words[1] ?? ''}`)) return false;
  // ("at the end of the interview", "during the call", "at every rally": the same talk, or no one occasion.)
  return !words.slice(1, 6).some((w) => NO_NEW_OCCASION.has(w));
}

/**
 * "on the red carpet", "on stage", "on the sidelines of …": "on", perhaps a determiner and one modifier, then a
 * public occasion's noun heading the phrase. Not when the noun modifies another ("pressed on the stage directions",
 * "asked on the floor plan") or counts one ("on the set of demands"): see on_occasion_phrase_ends. After "of" a
 * determiner or a capitalised name ("on the steps of City Hall", "on the set of Harbor Lights") goes on to the
 * place; `written` is the same words as written.
 */
function placesOnOccasion(words: string[], written: string[]): boolean {
  if (words[0] !== 'on') return false;
  const lexicon = cueLexicon();
  const from = DETERMINERS.has(words[1] ?? '') ? 2 : 1;
  return [from, from + 1].some((n) => {
    if (!lexicon.onOccasionNouns.has(words[n] ?? '')) return false;
    const next = words[n + 1];
    return next === undefined || lexicon.onOccasionPhraseEnds.has(next) || WEEKDAY_SET.has(next) || (next === 'of' && (DETERMINERS.has(words[n + 2] ?? '') || /^\p{Lu}/u.test(written[n + 2] ?? '')));
  });
}

/**
 * The text after the sentence holding `since - 1` (the last character of the earlier quote) up to `until` (empty
 * when there is none, or when `since` is 0): the narration between two quotes.
 */
function narrationBetween(text: string, place: SentencePlace, since: number, until: number): string {
  if (since <= 0) return '';
  const from = place.sentenceAt(since - 1).end;
  return from < until ? text.slice(from, until) : '';
}

/** Where narration between quotes is cut into sentences. */
const SENTENCE_BREAK = /(?<=[.!?])\s+/;
/** Where a sentence is cut into clauses and phrases set off by commas: not inside a number ("4,000"). */
const CLAUSE_BREAK = /,\s+|[;:—]/;

/** The narration between two quotes, cut once for the checks on it. */
interface NarrationSince {
  /** The opening phrase (up to its first comma) of each sentence, in words (see openersSince). */
  openers: string[][];
  /** The sentences with no quotation of their own. */
  plainSentences: string[];
}

/** The narration after the sentence holding `since`, up to the quote at `until`, cut into sentences. */
function narrationSince(text: string, place: SentencePlace, since: number, until: number): NarrationSince {
  const between = narrationBetween(text, place, since, until);
  if (!between) return { openers: [], plainSentences: [] };
  return { openers: openersSince(between), plainSentences: between.split(SENTENCE_BREAK).filter((sentence) => withoutQuotations(sentence) === sentence) };
}

/** The longest first phrase before a place set off by commas: "Later,", "That night,", a name ("Vance,"). */
const MAX_WORDS_BEFORE_SET_OFF_PLACE = 3;

/**
 * "Later, at the after-party, Vance was calmer.", "Vance, on the red carpet, was asked …": a sentence between
 * the two quotes, with no quotation of its own, whose second phrase between commas places it at an occasion
 * (not at the interview's end or during the call, see placesAtOccasion) moves the story there.
 */
function placeSetOffSince(plainSentences: string[]): boolean {
  return plainSentences.some((sentence) => {
    const [first = '', second, third] = sentence.split(SET_OFF_COMMA);
    if (third === undefined || lowerWords(first).length > MAX_WORDS_BEFORE_SET_OFF_PLACE) return false;
    const words = lowerWords(second!);
    return words.length <= MAX_OPENER_WORDS && ((placesAtOccasion(words) && namesAPlaceOrEvent(words, second!)) || placesOnOccasion(words, wordsAsWritten(second!)));
  });
}

/** A comma that sets a phrase off: followed by a space, so not the one inside "4,000". */
const SET_OFF_COMMA = /,\s+/;

/**
 * Whether a phrase set off by commas after "at", "inside", "outside" or "during" names a place or an event
 * ("at the after-party", "outside the court", "at Cannes"): a determiner or a capital after the preposition,
 * and a head that is no time or age, nor a group after "inside" ("inside the union"; "at the party" is an event).
 * Not "Drury, at 62, …", "at the time", "inside the union", "outside of work".
 */
function namesAPlaceOrEvent(words: string[], phrase: string): boolean {
  if (pointsBack(words)) return false;
  const second = /^\s*\S+\s+(\S)/u.exec(phrase)?.[1] ?? '';
  if (!DETERMINERS.has(words[1] ?? '') && !/\p{Lu}/u.test(second)) return false;
  const of = words.indexOf('of', 2);
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  const lexicon = cueLexicon();
  return !lexicon.setOffNonOccasionHeads.has(head) && !(lexicon.setOffGroupPrepositions.has(words[0]!) && lexicon.setOffGroupHeads.has(head));
}

/** The opening phrase (up to its first comma) of each sentence of the narration between two quotes. */
function openersSince(between: string): string[][] {
  return withoutQuotations(between).split(SENTENCE_BREAK).map((sentence) => {
    const comma = sentence.indexOf(',');
    return comma > 0 ? lowerWords(sentence.slice(0, comma)) : [];
  });
}

/**
 * Whether a sentence after `since` and before `until` opens at another scene, its opener read up to the
 * first or the second comma: "At the festival,", "On Tuesday, at a rally in Ohio, he …" (a day, then the place).
 */
export function sceneShiftsBetween(text: string, place: SentencePlace, since: number, until: number): boolean {
  const between = narrationBetween(text, place, since, until);
  if (!between) return false;
  return withoutQuotations(between).split(SENTENCE_BREAK).some((sentence) => {
    const firstComma = sentence.indexOf(',');
    const opener = lowerWords(firstComma < 0 ? sentence : sentence.slice(0, firstComma));
    if (openerShifts(opener)) return true;
    if (firstComma < 0) return false;
    // (The piece up to the second comma, or to the end of the sentence without one.)
    const secondComma = sentence.indexOf(',', firstComma + 1);
    const second = sentence.slice(firstComma + 1, secondComma < 0 ? sentence.length : secondComma);
    return openerShifts([...opener, ...lowerWords(second)]);
  });
}

/** Quotations, straight or curly; a lone closing mark at the start is the previous quote's. */
const QUOTATION = /“[^”]*”?|"[^"]*"?/g;

/** Narration only: quoted words are what was said, not where or when ("“… an outrageous tweet,” Lee said"). */
export function withoutQuotations(s: string): string {
  return s.replace(QUOTATION, ' ');
}

/** As withoutQuotations, but each quotation becomes as many spaces as it had characters, so offsets into s still hold. */
export function quotationsBlanked(s: string): string {
  return s.replace(QUOTATION, (q) => ' '.repeat(q.length));
}

/** The words of s in lower case, hyphens and apostrophes kept inside words. */
export function lowerWords(s: string): string[] {
  // Most narration is ASCII and typographic punctuation, read here by character code; the Unicode split
  // (its classes tried at every character, then an array with empty strings to filter) is kept for the rest.
  return isPlain(s) ? plainLowerWords(s) : s.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
}

/** ASCII, and punctuation whose lower case is itself: ’ (inside words), “ ” ‘ — – … and the no-break space (between them). */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 && !PLAIN_PUNCTUATION.has(c)) return false;
  }
  return true;
}

const PLAIN_PUNCTUATION = new Set([0x2019, 0x201c, 0x201d, 0x2018, 0x2014, 0x2013, 0x2026, 0xa0]);

/** The words of s as lowerWords cuts them, in their own case: "City Hall" after "of" names a place. */
function wordsAsWritten(s: string): string[] {
  return isPlain(s) ? plainWords(s) : s.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
}

/** lowerWords of a plain string: the runs of letters, digits, apostrophes and hyphens, lower-cased. */
function plainLowerWords(s: string): string[] {
  // (Lower-casing such a string keeps every offset.)
  return plainWords(s.toLowerCase());
}

/** The runs of letters, digits, apostrophes and hyphens of a plain string. */
function plainWords(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inWord = i < lower.length && isWordPart(lower.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** A letter or digit of ASCII, an apostrophe (' or ’) or a hyphen. */
function isWordPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 0x2019;
}
