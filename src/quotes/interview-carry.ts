import type { ExtractedQuote, Token } from '../types.js';
import { ANONYMOUS_HEADS } from '../nlp/words.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { wholeWordOffsets } from '../text/boundaries.js';
import { cueLexicon } from '../lexicon/cues.js';
import { kindOfOutletWord, lookupOutlet, outletKind } from '../lexicon/outlets.js';
import { toldSomeoneOutsideInterview } from './told-person.js';
import { givesWordsTo } from './given-to.js';
import { isOutletNoun } from './outlet-near.js';
import { outletsNamedBefore } from './earlier-outlets.js';
import { excerptAuthor, isAuthor } from './excerpt-author.js';
import { PROGRAMME_KINDS, programmeTitlesOfKind } from './programme-names.js';
import { carryBackToEarlierWords, type ToldRecord } from './earlier-words-outlet.js';
import { pronounMayMeanSomeoneNamedSince } from './someone-named-since.js';
import { ownOccasion, ownWords } from './own-occasion.js';
import { reportsNow } from './cue-tense.js';
import { datedAwayFromInterview, datedDifferently, lowerWords, movesToAnotherOccasion, withoutQuotations, type SentencePlace } from './occasion-shift.js';

/** The speaker of the latest quote, and the interview outlet it was given to, if any. */
interface Run {
  key: string;
  outlet: string | null;
  paragraph: number;
  /** Where the latest quote ends: sentences opening after it may move the story on. */
  end: number;
  /** Whether the latest quote's sentence is the last of its paragraph: the next paragraph follows on from it. */
  closesParagraph: boolean;
  /** Where the latest quote's cue is: a continuation attributed by the same cue shares its occasion. */
  cueStart: number | null;
  /** Whether the latest quote's speaker is a relative pronoun ("X, who told Reuters …,"): an aside's occasion. */
  aside?: boolean;
  /** Whether the latest quotation runs on into the next paragraph, its closing mark left out. */
  leftOpen?: boolean;
}

/** An excerpt an outlet published, named by a quote's sentence ("In an excerpt that Vogue ran, X writes …"). */
interface Excerpt {
  outlet: string;
  paragraph: number;
  /** Where the sentence naming it starts: its own quotes may be someone else's ("X recalls being told by Y that …"). */
  sentenceStart: number;
  /** The author the sentence names as its subject (see excerptAuthor), or failing that the key of its quote's speaker. */
  author: string | null;
  key: string | null;
}

/**
 * The interview a speaker's words were given in, kept by their next quotes: "Mara Okafor told the Harbour
 * Gazette that … . “…,” Okafor said. “…”" — quotes right after a "told OUTLET" attribution, by the same
 * speaker, with no occasion of their own, come from that interview. The run ends when another speaker is
 * quoted, when the story moves on (see continuesRun), or at a quote with an occasion of its own (a
 * written or posted text, a statement, a crowd, a hearing).
 * Quotes with an occasion of their own also lose an outlet carried to them from an earlier interview:
 * they keep only an outlet their own sentence names ("said in a statement obtained by Billboard"), or the
 * outlet the text that speaks was given to ("said in a statement to Variety that … . “…,” the statement said").
 * Words said to the writer ("she tells me"), or in the present tense after an interview reported in the
 * past ("she told Empire in 2020 … . “…,” she says"), are the writer's own occasion. Once a quote has
 * placed a speaker elsewhere ("she says in the film"), an outlet an earlier sentence gave them is left
 * behind, unless a sentence since places them with that outlet again.
 */
export function carryInterviewOutlets(quotes: ExtractedQuote[], text: string, tokens: Token[], place: SentencePlace, openEnds: ReadonlySet<number>): void {
  let run = null as Run | null;
  let excerpt = null as Excerpt | null;
  // The outlet each speaker last gave words to, for "— X, in the same interview".
  const lastOutletOf = new Map<string, string>();
  // The outlet a statement (a letter, an email …) was given to, for "“…,” the statement said".
  const outletOfText = new Map<string, string>();
  // The occasion each speaker was last placed at by a quote's sentence (an outlet, or null for another
  // occasion), and where that quote starts.
  const occasionOf = new Map<string, { outlet: string | null; at: number }>();
  // The cue of the sentence that named each outlet ("told", "tells"): its tense is the interview's.
  const cueNaming = new Map<string, string>();
  const paragraphOf = storyParagraphs(text);
  const closes = (q: ExtractedQuote) => closesParagraph(q, text, place, paragraphOf);
  // A later paragraph dated apart from the interview that gave the speaker's carried outlet (see datedAwayFromInterview).
  // (Read from the first quote given the outlet: "“…,” she told the paper" after it names no time of its own.)
  const interviewOf = new Map<string, { outlet: string; at: number }>();
  const datedAfterInterview = (q: ExtractedQuote, carried: string | null, paragraph: number, prev: Run | null, key: string | null): boolean => {
    const interview = key ? interviewOf.get(key) : undefined;
    return !!carried && interview?.outlet === carried && paragraph > paragraphOf(interview.at) && datedAwayFromInterview(q, text, place, prev?.end ?? 0, interview.at, !!prev && prev.key !== key);
  };
  // Where the quote before ends, whoever's it is.
  let lastEnd = -1;
  // Whether the quote before was an outlet's own report ("Rolling Stone reported that …"), which keys no speaker.
  let lastByOutlet = false;
  // Each quote as read here, for the walk back from an interview to the paraphrase before it, once all are read.
  const records: ToldRecord[] = [];
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const prev: Run | null = run;
    const since = lastEnd;
    const afterOutletReport = lastByOutlet;
    lastEnd = q.end;
    lastByOutlet = q.speaker_kind === 'outlet';
    const inherited = q.speaker_mention === null && q.cue === null;
    // (“A,” she said at the time. “B.”: B's cue is A's, and so is the occasion already decided.)
    const sharesCue = q.cue_start !== null && q.cue_start === prev?.cueStart;
    const key: string | null = inherited && prev ? prev.key : describedSourceKey(q, prev) ?? speakerKey(q) ?? describedPronounKey(q, prev);
    const paragraph = paragraphOf(q.start);
    // "X told Wired that A and that the insurers had demanded B. “…,” X said.": someone else's report
    // inside the interview's own sentence, after its cue, is X's account of it; X's interview goes on.
    if (nestedInInterviewSentence(q, key, prev, place)) continue;
    const told: ToldRecord = { q, key, own: false, elsewhere: false };
    records.push(told);
    if (!q.outlet && key && lastOutletOf.has(key) && refersToSameInterview(q, text, place)) q.outlet = lastOutletOf.get(key)!;
    if (!q.outlet && refersToSameInterview(q, text, place)) q.outlet = theOneInterviewBefore(q, text, tokens, place);
    // "told the Harbour Gazette in an interview", "said in a statement to Variety": its own outlet opens a run.
    const ownOutlet = q.outlet && (q.speaker_kind === 'outlet' || namedInOwnSentence(q, q.outlet, text, tokens, place));
    if (ownOutlet && q.cue) cueNaming.set(q.outlet!, q.cue.toLowerCase());
    told.own = !!ownOutlet;
    // An outlet given to a speaker's quote by an earlier sentence ("In an interview with X, she said …") is
    // left behind once a later sentence has placed the speaker elsewhere ("she says in the film").
    const occasion = key ? occasionOf.get(key) : undefined;
    // ("“…,” he told the site": a noun of no kind names no outlet of its own; the speaker's interview is meant,
    // unless an outlet of no kind either, one the noun may stand for, is named after the interview: "… . This week
    // Kotaku reported …". A paper, a network or an agency named since would be "the paper", "the agency".)
    if (q.outlet && !ownOutlet && occasion && occasion.outlet !== q.outlet && !placedWithSince(q, q.outlet, occasion.at, text, place)) {
      const kindlessSince = outletKind(q.outlet) === null && namedSince(q.outlet, occasion.at, q.start, text, place);
      q.outlet = outletGivenWordsByNoun(ownWords(q, text, place)) && !kindlessSince ? occasion.outlet : null;
    }
    // "… Marsh said in her column … . ¶ The race was won by Grace Okot. She said …": the pronoun resolved to the
    // columnist may be the one named since; an outlet her attribution took over from the columnist's is dropped.
    // (Their next quotes are left without it as well, as after another occasion.)
    if (q.outlet && !ownOutlet && pronounMayMeanSomeoneNamedSince(q, since, text, tokens, place)) {
      q.outlet = null;
      if (key) occasionOf.set(key, { outlet: null, at: q.start });
    }
    if (q.outlet && key) lastOutletOf.set(key, q.outlet);
    // "A rep said in a statement to Variety that … . “…,” the statement said.": the statement's words went there too.
    const speakingText = textSpeaking(q);
    if (!q.outlet && speakingText && outletOfText.has(speakingText)) {
      q.outlet = outletOfText.get(speakingText)!;
      run = { key: 'text:' + speakingText, outlet: q.outlet, paragraph, end: q.end, closesParagraph: closes(q), cueStart: q.cue_start };
      continue;
    }
    // (Not an outlet's own statement: "Harbour TV said in a statement …" gave it to no one; "Harbour TV said in a
    // statement to Variety …" gave it to Variety.)
    if (ownOutlet && (q.speaker_kind !== 'outlet' || q.outlet !== q.speaker)) for (const noun of textsGivenTo(q, text, place)) outletOfText.set(noun, q.outlet!);
    // "“…,” Okafor said at the council meeting", "Back in 2019, …": an outlet from an earlier sentence ends here.
    if (sharesCue && !ownOutlet) {
      q.outlet = prev!.outlet;
      run = { ...prev!, paragraph, end: q.end, closesParagraph: closes(q), leftOpen: runsOnOpen(q, openEnds) };
      continue;
    }
    // "In an excerpt published by Vogue, X looks back on … . ¶ “…,” she writes.": the author's written lines right
    // after the excerpt's sentence, up to the next paragraph, are from it ("Elsewhere in the book" is two on);
    // another speaker quoted in between ends it.
    if (ownOutlet) excerpt = excerptNamed(q, key, paragraph, text, tokens, place);
    else if (excerpt && !inExcerptSentence(q, excerpt, place)) {
      if (!byAuthor(q, key, excerpt)) excerpt = null;
      else if ((!q.outlet || q.outlet === excerpt.outlet) && paragraph - excerpt.paragraph <= 1 && cueLexicon().writtenCues.has(q.cue?.toLowerCase() ?? '')) {
        q.outlet = excerpt.outlet;
        run = key ? { key, outlet: q.outlet, paragraph, end: q.end, closesParagraph: closes(q), cueStart: q.cue_start } : null;
        continue;
      }
    }
    const carried = q.outlet ?? (prev?.key === key ? prev?.outlet : null) ?? null;
    // (After an outlet's own report, which keys no run, the narration since that report is read for a move elsewhere.)
    const elsewhere = inherited ? datedDifferently(q, text, place, prev?.end ?? 0) : ownOccasion(q, text, place) || movesToAnotherOccasion(q, text, place, prev?.end ?? (afterOutletReport ? since : 0)) || nowAfterPast(q, carried, cueNaming) || datedAfterInterview(q, carried, paragraph, prev, key) || (!ownOutlet && toldSomeoneOutsideInterview(q, carried, text, place));
    if (ownOutlet && key) occasionOf.set(key, { outlet: q.outlet, at: q.start });
    if (ownOutlet && key && interviewOf.get(key)?.outlet !== q.outlet) interviewOf.set(key, { outlet: q.outlet!, at: q.start });
    if (!ownOutlet && elsewhere) {
      told.elsewhere = true;
      if (key && !inherited) occasionOf.set(key, { outlet: null, at: q.start });
      q.outlet = null;
      run = key ? { key, outlet: null, paragraph, end: q.end, closesParagraph: closes(q), cueStart: q.cue_start } : null;
      continue;
    }
    const follows = (): boolean => prev!.closesParagraph && opensParagraphWithCue(q, text, place, paragraphOf);
    // The quote goes on from the previous paragraph: its marks left open there, or it stands alone right after it.
    const carriedOver = (): boolean => !!prev!.leftOpen || (prev!.closesParagraph && standsAloneAsSpeech(q, text));
    if (!q.outlet && key && prev?.key === key && prev.outlet && !(introducesSomeone(q) && !sameCueSentence(q, prev, place)) && !afterAside(q, prev, place) && !pronounMayMeanSomeoneNamedSince(q, since, text, tokens, place) && continuesRun(q, inherited, paragraph - prev.paragraph, follows, carriedOver())) q.outlet = prev.outlet;
    run = key ? { key, outlet: q.outlet, paragraph, end: q.end, closesParagraph: closes(q), cueStart: q.cue_start, aside: RELATIVE_SPEAKER.test(q.speaker_mention ?? ''), leftOpen: runsOnOpen(q, openEnds) } : null;
  }
  // "X said …. “…,” she told KTLA.": the paraphrase before the interview's words is from it too.
  carryBackToEarlierWords(records, text, place, paragraphOf);
}

/**
 * The excerpt a quote's cue sentence names (cues.json excerpt_nouns: "an excerpt Vogue ran", "In an excerpt
 * published by Vogue, …") with the quote's own outlet, and its author; null when it names none.
 */
function excerptNamed(q: ExtractedQuote, key: string | null, paragraph: number, text: string, tokens: Token[], place: SentencePlace): Excerpt | null {
  if (q.cue_start === null || !q.outlet) return null;
  const s = place.sentenceAt(q.cue_start);
  const nouns = cueLexicon().excerptNouns;
  if (!lowerWords(withoutQuotations(text.slice(s.start, s.end))).some((w) => nouns.has(w))) return null;
  const author = excerptAuthor(tokens, s.start, s.end);
  return author || key ? { outlet: q.outlet, paragraph, sentenceStart: s.start, author, key } : null;
}

/** Whether the quote's cue sits in the sentence that named the excerpt. */
function inExcerptSentence(q: ExtractedQuote, excerpt: Excerpt, place: SentencePlace): boolean {
  return q.cue_start !== null && place.sentenceAt(q.cue_start).start === excerpt.sentenceStart;
}

/** Whether the quote is by the excerpt's author: the person it names, or the speaker of its sentence's quote. */
function byAuthor(q: ExtractedQuote, key: string | null, excerpt: Excerpt): boolean {
  if (excerpt.author) return q.speaker_kind === 'person' && isAuthor(q.speaker, excerpt.author);
  return key !== null && key === excerpt.key;
}

const RELATIVE_SPEAKER = /^(?:who|whom|which)$/i;

/**
 * "A rep confirmed to E! News that …, and said …": a second cue of the same sentence, of the same speaker, is the
 * same source going on, though its mention repeats the indefinite description.
 */
function sameCueSentence(q: ExtractedQuote, prev: Run, place: SentencePlace): boolean {
  if (prev.cueStart === null || q.cue_start === null || q.cue_start <= prev.cueStart) return false;
  // (Only with no subject of its own: "…, and said"; "…, while a source close to him said" is another source.)
  if (q.speaker_start !== null && q.speaker_start > prev.cueStart) return false;
  return place.sentenceAt(q.cue_start).start === place.sentenceAt(prev.cueStart).start;
}

/**
 * "Mayor X, who told Reuters she would “…,” said on Friday that …": the main clause's own cue, after the aside's
 * in the same sentence, is another occasion than the aside's interview (a quote by the relative pronoun itself goes on).
 */
function afterAside(q: ExtractedQuote, prev: Run, place: SentencePlace): boolean {
  if (!prev.aside || prev.cueStart === null || q.cue_start === null || q.cue_start <= prev.cueStart) return false;
  return !RELATIVE_SPEAKER.test(q.speaker_mention ?? '') && place.sentenceAt(q.cue_start).start === place.sentenceAt(prev.cueStart).start;
}

/** Whether q is another speaker's report with no outlet whose cue sits in the run's cue sentence, after that cue. */
function nestedInInterviewSentence(q: ExtractedQuote, key: string | null, prev: Run | null, place: SentencePlace): boolean {
  if (!prev?.outlet || prev.cueStart === null || q.cue_start === null || q.outlet || key === prev.key) return false;
  return q.cue_start > prev.cueStart && place.sentenceAt(q.cue_start).start === place.sentenceAt(prev.cueStart).start;
}

/**
 * Whether a quote by the run's speaker is still in its interview: in the same paragraph, or in the next one
 * when a pronoun or a definite description picks the speaker up ("…,” she said", "the source said"), or
 * when the name given afresh attributes the very sentence that opens the next paragraph, right after the
 * interview's sentence closed its own ("X told Deadline that … . ¶ “…,” X said.", also past sentences that only
 * go on about X, see closesParagraph). A name later in the
 * next paragraph ("… . Plans had stalled. X said …"), or a quote with no attribution there, opens a new
 * stretch of the story, as annotators read it — unless that quote runs on from the paragraph before (its
 * closing mark left out there), or stands as a paragraph of its own right after the interview's paragraph
 * closed on the speaker's words ("… told ZDF … . “…,” X said. ¶ “…” ¶"): the next thing the speaker said there.
 */
function continuesRun(q: ExtractedQuote, inherited: boolean, paragraphsLater: number, follows: () => boolean, carriedOver: boolean): boolean {
  if (paragraphsLater === 0) return true;
  if (paragraphsLater > 1 || inherited) return paragraphsLater === 1 && inherited && carriedOver;
  return /^(?:he|she|they|the|this|that)\b/i.test(q.speaker_mention ?? '') || follows();
}

/**
 * A quotation standing as a paragraph of its own, with nothing but its marks around it, and long enough to be
 * speech: a chant or a sign's words ("“Shame on them!”") are no next thing the speaker said in the interview.
 */
function standsAloneAsSpeech(q: ExtractedQuote, text: string): boolean {
  if ((q.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length <= SHORT_CRY_WORDS) return false;
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const lineEnd = text.indexOf('\n', q.end);
  return /^[\s"“‘']*$/.test(text.slice(lineStart, q.start)) && /^[\s"”’'.,!?]*$/.test(text.slice(q.end, lineEnd < 0 ? text.length : lineEnd));
}

/** At most this many words, a standing quotation reads as a chant, a sign or a cry rather than speech. */
const SHORT_CRY_WORDS = 4;

/**
 * A direct quotation whose marks never closed in its paragraph: a speech running on into the next one. (Read from
 * the marked span, not the next character: "… every beam. \"" closes after a stray space, and „…“ closes with “.)
 */
function runsOnOpen(q: ExtractedQuote, openEnds: ReadonlySet<number>): boolean {
  return q.type === 'direct' && openEnds.has(q.end);
}

/**
 * Whether the quote's paragraph ends with it: the sentence holding the quote's end (and its cue) is the last of
 * the paragraph, or every sentence after it only goes on about the speaker, opening with their surname or a
 * pronoun ("…,” said X on CBS's “…”. X, whose town flooded, sits on the committee."). A sentence opening
 * otherwise ("The club has promised …", "Later that day, X held a town hall.") moves the story on.
 */
function closesParagraph(q: ExtractedQuote, text: string, place: SentencePlace, paragraphOf: (offset: number) => number): boolean {
  const surname = q.speaker_kind === 'person' ? q.speaker?.split(/\s+/).pop() : undefined;
  let s = place.sentenceAt(Math.max(q.end - 1, q.cue_start ?? 0));
  for (;;) {
    const next = nextInParagraph(s.end, q.start, text, paragraphOf);
    if (next === null) return true;
    const opening = text.slice(next, next + 40);
    const bySurname = !!surname && opening.startsWith(surname) && !/[\p{L}-]/u.test(opening[surname.length] ?? '');
    if (!bySurname && !ABOUT_THE_SPEAKER.test(opening)) return false;
    s = place.sentenceAt(next);
    if (s.end <= next) return false;
  }
}

/** Whether the sentence holding the quote's end (and its cue) is the last of its paragraph. */
export function endsParagraph(q: ExtractedQuote, text: string, place: SentencePlace, paragraphOf: (offset: number) => number): boolean {
  return nextInParagraph(place.sentenceAt(Math.max(q.end - 1, q.cue_start ?? 0)).end, q.start, text, paragraphOf) === null;
}

/** Where the text goes on after `end` within the paragraph holding `from`, or null when that paragraph (or the text) ends first. */
function nextInParagraph(end: number, from: number, text: string, paragraphOf: (offset: number) => number): number | null {
  let next = end;
  while (next < text.length && /\s/.test(text[next]!)) next++;
  return next >= text.length || paragraphOf(next) > paragraphOf(from) ? null : next;
}

/** A pronoun opening a sentence that goes on about the speaker. */
const ABOUT_THE_SPEAKER = /^(?:He|She|They|His|Her|Their)\b/;

/**
 * Whether the quote's words and its cue open their paragraph: the quote sits in the paragraph's first
 * sentence, and the cue's sentence starts no later than the quote ends ("“…,” X said.", "X said …").
 */
export function opensParagraphWithCue(q: ExtractedQuote, text: string, place: SentencePlace, paragraphOf: (offset: number) => number): boolean {
  if (q.cue_start === null || place.sentenceAt(q.cue_start).start > q.end) return false;
  const first = place.sentenceAt(Math.min(q.start, q.cue_start));
  let before = first.start - 1;
  while (before >= 0 && /[\s"'“‘]/.test(text[before]!)) before--;
  return before < 0 || paragraphOf(before) < paragraphOf(first.start);
}

/**
 * Who a quote is by, to compare with the quote before: a person's canonical name; for an unnamed source,
 * its description's head ("the source" after "a source close to the pair"; see introducesSomeone).
 */
function speakerKey(q: ExtractedQuote): string | null {
  return unnamedSourceKey(q) ?? (q.speaker && q.speaker_kind === 'person' ? 'person:' + q.speaker : null) ?? definiteDescriptionKey(q);
}

/**
 * "The stablemaster said A. He told NHK that B.": one unnamed person written as "the NOUN" is one speaker, as a
 * name is, for the "he" that stands for them (describedPronounKey) and the same words again.
 */
function definiteDescriptionKey(q: ExtractedQuote): string | null {
  const mention = q.speaker_mention;
  return q.speaker === null && q.speaker_kind === 'anonymous' && mention && DEFINITE_DESCRIPTION.test(mention) ? 'anonymous: ' + mention.toLowerCase() : null;
}

/** "the stablemaster", "The team doctor": "the" and one to three words in small letters. */
const DEFINITE_DESCRIPTION = /^the(?:\s+\p{Ll}[\p{Ll}-]*){1,3}$/iu;

/**
 * "Her spokesman told the Mirror …. She would be back on Wednesday, he added.": a pronoun left with no
 * name is the unnamed speaker right before it (the attribution resolved it to that description).
 */
function describedPronounKey(q: ExtractedQuote, prev: Run | null): string | null {
  const pronoun = q.speaker === null && q.speaker_kind === 'anonymous' && /^(?:he|she|they)$/i.test(q.speaker_mention ?? '');
  return pronoun && prev?.key?.startsWith('anonymous:') ? prev.key : null;
}

/**
 * "An agent for X told Deadline …. “…,” the agent said.": "the agent" picks up the unnamed agent quoted right
 * before, whoever the attribution resolved it to (cues.json unnamed_source_nouns).
 */
function describedSourceKey(q: ExtractedQuote, prev: Run | null): string | null {
  const words = q.speaker_mention?.toLowerCase().split(/\s+/) ?? [];
  const noun = words.length === 2 && words[0] === 'the' ? cueLexicon().unnamedSourceNoun.get(words[1]!) : undefined;
  // ("A second source told TMZ …. “…,” the source said.": "the source" is the one just quoted, whichever it was
  // set apart as: a source keyed "anonymous: second source" is still a source.)
  return noun && prev?.key?.startsWith('anonymous:') && prev.key.endsWith(' ' + noun) ? prev.key : null;
}

/**
 * An unnamed source's key: the head of its description ("the source" after "a source close to the pair"),
 * also when the description was resolved to a person ("the rep said" after "A rep for Lena Fane …").
 */
function unnamedSourceKey(q: ExtractedQuote): string | null {
  const mention = q.speaker_mention?.toLowerCase();
  if (!mention || !(q.speaker_kind === 'anonymous' || (q.speaker_kind === 'person' && /^the\s/.test(mention)))) return null;
  const words = mention.split(/\s+/);
  // (An unnamed agent or lawyer is a source in the same way, cues.json unnamed_source_nouns; "the lawyer" naming a
  // person resolved by name stays that person, unless it picks up such a source: see describedSourceKey.)
  const sourceNouns = cueLexicon().unnamedSourceNoun;
  const head = words.find((w) => ANONYMOUS_HEADS.has(w) || (q.speaker_kind === 'anonymous' && sourceNouns.has(w)));
  if (!head) return null;
  // "the second source", "the other insider": someone besides the source quoted before.
  const which = words.filter((w) => DISTINGUISHING.has(w));
  // "an insider" … "the source": one unnamed source under either noun.
  return ['anonymous:', ...which, cueLexicon().unnamedSourceNoun.get(head) ?? head].join(' ');
}

/** Words that set one unnamed source apart from another of the same kind. */
const DISTINGUISHING = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'other', 'another', 'latter', 'former']);

/** "a source", "another source", "one insider": an indefinite description introduces someone not quoted before. */
function introducesSomeone(q: ExtractedQuote): boolean {
  return q.speaker_kind === 'anonymous' && /^(?:a|an|another|one|some)\b/i.test(q.speaker_mention ?? '');
}

/**
 * Whether a quote was given elsewhere than an interview or question that ended at `since`: an occasion of its
 * own (see ownOccasion) or an adjunct or opener moving to another (movesToAnotherOccasion).
 */
export function givenElsewhere(q: ExtractedQuote, text: string, place: SentencePlace, since: number): boolean {
  return ownOccasion(q, text, place) || movesToAnotherOccasion(q, text, place, since);
}

/**
 * "“…” — Ana Ruiz, on the pier, same interview", "…, she said in the same interview", "In the interview,
 * Ruiz said …": the attribution points back to an interview the speaker was quoted from before, however
 * far back.
 */
function refersToSameInterview(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  const words = ownWords(q, text, place);
  return words.some((w, i) => w === 'interview' && (words[i - 1] === 'same' || (/^(?:the|that)$/.test(words[i - 1] ?? '') && /^(?:in|during)$/.test(words[i - 2] ?? ''))));
}

/**
 * "The band spoke to Rolling Stone … . X said in the interview that …": a definite interview naming no outlet is
 * the one the article told of before, when it named exactly one outlet and gave words to it ("spoke to", "told",
 * "an interview with"); not when a later sentence tells of another interview ("in an interview with his brother").
 */
function theOneInterviewBefore(q: ExtractedQuote, text: string, tokens: Token[], place: SentencePlace): string | null {
  if (q.cue_start === null) return null;
  const own = place.sentenceAt(q.cue_start);
  const first = tokens.findIndex((t) => t.start >= own.start);
  const named = outletsNamedBefore(tokens, first < 0 ? tokens.length : first);
  const names = new Set(named.map((n) => n.name.replace(/^the\s+/i, '').toLowerCase()));
  if (names.size !== 1) return null;
  const outletSentence = place.sentenceAt(tokens[named[0]!.start]!.start);
  const words = lowerWords(withoutQuotations(text.slice(outletSentence.start, outletSentence.end)));
  if (!words.some((w, i) => w === 'interview' || (/^(?:spoke|talked|spoken|talking|speaking)$/.test(w) && words[i + 1] === 'to') || /^(?:told|tells)$/.test(w))) return null;
  // (Another interview told of since the outlet's sentence, with no outlet: that one is meant.)
  const since = text.slice(outletSentence.end, own.start);
  if (/\binterview(?:ed|s)?\b/i.test(withoutQuotations(since))) return null;
  return named[0]!.name;
}

/**
 * "“…,” the statement said": the written text that speaks, by its occasion noun ("statement", "letter",
 * "email"), when the mention points back to it with a definite determiner; null otherwise.
 */
function textSpeaking(q: ExtractedQuote): string | null {
  const words = q.speaker_mention?.toLowerCase().split(/\s+/) ?? [];
  const noun = words[1];
  return words.length === 2 && /^(?:the|that|this)$/.test(words[0]!) && noun && cueLexicon().occasionWords.has(noun) ? noun : null;
}

/**
 * "said in a statement to Variety that …", "In a brief statement to Variety, she said …": the occasion nouns
 * the quote's own sentence gives words in, after "a" and at most one word describing the text.
 */
function textsGivenTo(q: ExtractedQuote, text: string, place: SentencePlace): string[] {
  const lexicon = cueLexicon();
  const words = ownWords(q, text, place);
  const ledAt = (i: number): boolean => /^(?:a|an)$/.test(words[i] ?? '') && lexicon.occasionLeads.has(words[i - 1] ?? '');
  return words.filter((w, i) => lexicon.occasionWords.has(w) && (ledAt(i - 1) || ledAt(i - 2)));
}

/**
 * Whether a sentence between `since` and the quote names both the outlet and the quote's speaker (by
 * surname): "X gave his side of the story to the Sun." places X with the Sun again.
 */
function placedWithSince(q: ExtractedQuote, outlet: string, since: number, text: string, place: SentencePlace): boolean {
  // (Any name word after the first: "Ana López Villarreal" is "López" as often as "Villarreal".)
  const surnames = q.speaker_kind === 'person' ? q.speaker?.split(/\s+/).slice(1) ?? [] : [];
  if (surnames.length === 0) return false;
  // (Whole words: "Sun" is not in "Sunday", nor "Lee" in "Leeds".)
  return wholeWordOffsets(text, outletName(outlet)).some((at) => {
    if (at < since || at >= q.start) return false;
    const s = place.sentenceAt(at);
    return s.start > since && surnames.some((surname) => wholeWordOffsets(text.slice(s.start, s.end), surname).length > 0);
  });
}

/** Whether the outlet is named (as a whole word) after the sentence at `since` and before `before`. */
function namedSince(outlet: string, since: number, before: number, text: string, place: SentencePlace): boolean {
  const after = place.sentenceAt(since).end;
  return wholeWordOffsets(text, outletName(outlet)).some((at) => at >= after && at < before);
}

/** The outlet's name as the text may give it, without its article: "the Sun" → "Sun". */
const outletName = (outlet: string): string => outlet.replace(/^the\s+/i, '');

/**
 * "In 2019 she told the Gazette that … . “…,” she says.": a cue in the present tense reports words said
 * now, to the writer, not in an interview the article reports in the past tense.
 */
function nowAfterPast(q: ExtractedQuote, outlet: string | null, cueNaming: ReadonlyMap<string, string>): boolean {
  const naming = outlet ? cueNaming.get(outlet) : undefined;
  return !!q.cue && !!naming && reportsNow(q.cue) && !reportsNow(naming);
}

function namedInOwnSentence(q: ExtractedQuote, outlet: string, text: string, tokens: Token[], place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const s = place.sentenceAt(q.cue_start);
  return cueSentenceNamesOutlet(q, outlet, text, place) || programmeReferredTo(outlet, text.slice(s.start, s.end), tokens) || outletReferredToByKind(ownWords(q, text, place));
}

/**
 * "She also told the network that …", "he said in an interview with the paper": the sentence gives the words to
 * an outlet named before, by the kind of outlet it is (data/outlets.json nounKinds); the frame read which.
 */
function outletReferredToByKind(words: readonly string[]): boolean {
  return words.some((w, i) => kindOfOutletWord(w) !== null && words[i - 1] === 'the' && givesWordsTo(words[i - 2] ?? '', words[i - 3] ?? '')) || onBroadcasterByKind(words);
}

/** "“…,” she said on the channel": words said on a broadcaster the sentence refers to by its kind (see outlet-near.ts). */
function onBroadcasterByKind(words: readonly string[]): boolean {
  return words.some((w, i) => kindOfOutletWord(w) === 'broadcaster' && words[i - 1] === 'the' && words[i - 2] === 'on');
}

/**
 * "he told the site", "she said in an interview with the outlet": the sentence gives the words to an outlet by a
 * common noun (frame.ts outlet nouns), whichever outlet that noun was read as.
 */
function outletGivenWordsByNoun(words: readonly string[]): boolean {
  return words.some((w, i) => isOutletNoun(w) && words[i - 1] === 'the' && givesWordsTo(words[i - 2] ?? '', words[i - 3] ?? ''));
}

/** Whether the sentence holding the quote's cue names the outlet itself ("told CBS Mornings"). */
export function cueSentenceNamesOutlet(q: ExtractedQuote, outlet: string, text: string, place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const s = place.sentenceAt(q.cue_start);
  const sentence = text.slice(s.start, s.end);
  return sentence.includes(outlet.replace(/^the\s+/i, '')) || namesByAbbreviation(sentence, outlet);
}

/**
 * "According to the FT, …" after "The Financial Times reported …": the outlet, spelled out from an earlier mention,
 * is named in the sentence by an abbreviation the gazetteer ties to it.
 */
function namesByAbbreviation(sentence: string, outlet: string): boolean {
  const canonical = lookupOutlet(outlet);
  if (!canonical) return false;
  for (const m of sentence.matchAll(/\b[A-Z][A-Z&]{1,4}\b/g)) if (lookupOutlet(m[0]) === canonical) return true;
  return false;
}

/** "said on the podcast" where the article names "the … podcast “Side B”": the sentence refers to that outlet by its kind. */
function programmeReferredTo(outlet: string, sentence: string, tokens: Token[]): boolean {
  const kind = (onTheProgramme ??= new RegExp(String.raw`\bon the (${[...PROGRAMME_KINDS].join('|')})\b`, 'i')).exec(withoutQuotations(sentence))?.[1]?.toLowerCase();
  return !!kind && programmeTitlesOfKind(tokens, kind).has(outlet);
}

/** "on the podcast", "on the show": a programme named earlier, referred to by its kind (built once, from PROGRAMME_KINDS). */
let onTheProgramme: RegExp | undefined;
