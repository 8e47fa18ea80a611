import type { ExtractedQuote } from '../types.js';
import { lookupOutlet, outletKind } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { cueSentenceNamesOutlet, givenElsewhere } from './interview-carry.js';
import { hasOnAirPhrase } from './presenter-programmes.js';
import { onOwnMedium } from './own-medium.js';
import { withoutAnonymityReasons } from './anonymity-reason.js';
import { lowerWords, withoutQuotations, type SentencePlace } from './occasion-shift.js';

/** Kinds of outlet that print or post words: no one appears on them with hosts. */
const PRINT_KINDS = new Set(['newspaper', 'magazine', 'agency', 'website']);

/** A person's full name: two to four capitalised words (a hyphenated surname is one). */
const FULL_NAME = String.raw`\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?(?:\s+\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?){1,3}`;
/** FULL_NAME as a pattern: every full name of a text (matchAll), or the first (exec). */
const FULL_NAMES = new RegExp(FULL_NAME, 'gu');
const FIRST_FULL_NAME = new RegExp(FULL_NAME, 'u');

/** Someone the article places in a programme's segment, and where. */
interface Participant {
  surname: string;
  at: number;
  /** The full name where the article gives it: "Helena Pike" is not the guest Jordan Pike. */
  name?: string;
}

/**
 * A broadcast segment as one occasion: once a guest's words are given to a programme in their own
 * sentence ("“…,” X told CBS Mornings") and the article shows the programme's hosts at it
 * ("co-host Y", "told the hosts", "joined by video"), the quotes of everyone taking part — the guest, the
 * hosts named with a presenter noun, someone who joins by video, anyone who speaks to the hosts or the
 * viewers — carry the programme until the article moves to another occasion: a quote given to another
 * outlet or on an occasion of its own, unless that quote is an aside about an earlier time ("In a 2015
 * interview with Variety, …", "Last year she said …"), which keeps its own and leaves the segment
 * open. Others quoted meanwhile (a spokesperson, someone's old interview) keep what they have. An outlet
 * already given to a quote is kept.
 */
export function carryProgrammeSegments(quotes: ExtractedQuote[], text: string, place: SentencePlace): void {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  // Read once per article, not once per quote given to an outlet (a long article of interviews would
  // otherwise be scanned again from every such quote to its end), and only in an article where a quote
  // or the narration opens a segment: most have none.
  let read: { candidates: Candidates; onAir: boolean[]; onAirAfter: boolean[] } | undefined;
  const readArticle = () => {
    const onAir = sorted.map((q) => speaksOnAir(q, text, place));
    const onAirAfter: boolean[] = [];
    for (let i = sorted.length - 1, seen = false; i >= 0; i--) onAirAfter[i] = seen = seen || onAir[i]!;
    return { candidates: segmentCandidates(text, place), onAir, onAirAfter };
  };
  const episodes = episodeOpenings(text, place);
  const paragraphOf = episodes.some((e) => e.paragraph !== undefined) ? storyParagraphs(text) : () => 0;
  for (let i = 0; i < sorted.length; i++) {
    // "On Thursday's episode of “Night Owls”, host Ann Lee …": the narration opens the segment before its first quote.
    const episode = episodes[0] && episodes[0].at <= sorted[i]!.start ? episodes.shift()! : null;
    if (episode) {
      while (episodes[0] && episodes[0].at <= sorted[i]!.start) episodes.shift();
      const { candidates, onAir } = (read ??= readArticle());
      const people = [...episode.people, ...segmentPeople(candidates, episode.backTo ?? episode.at, episode.programme).map((p) => ({ ...p, at: Math.min(p.at, episode.at) }))];
      const within = episode.paragraph === undefined ? undefined : (j: number) => paragraphOf(sorted[j]!.start) === episode.paragraph;
      const run = runSegment(sorted, i, episode.programme, people, text, place, (j) => onAir[j]!, within, episode.end);
      if (run.last >= i) {
        i = run.endsArticle ? sorted.length - 1 : run.last;
        continue;
      }
    }
    if (!opensSegment(sorted[i]!, text, place)) continue;
    const { candidates, onAir, onAirAfter } = (read ??= readArticle());
    const opener = sorted[i]!;
    const from = place.sentenceAt(opener.cue_start!).start;
    const people = [{ surname: surnameOf(opener.speaker!), at: opener.start, name: opener.speaker! }, ...segmentPeople(candidates, from, opener.outlet!)];
    // Without hosts or viewers in sight, the words were an interview: interview-carry decides.
    if (!people.some((p) => p.surname !== surnameOf(opener.speaker!)) && !(i + 1 < sorted.length && onAirAfter[i + 1]!)) continue;
    const run = runSegment(sorted, i + 1, opener.outlet!, people, text, place, (j) => onAir[j]!);
    i = run.endsArticle ? sorted.length - 1 : run.last;
  }
}

/** A broadcast of a named programme that the narration places people at, from `at` (the sentence's start). */
interface EpisodeOpening {
  programme: string;
  at: number;
  /** Where the sentence naming the episode ends. */
  end: number;
  /** The full names the sentence gives outside quotation marks: the host, a guest. */
  people: Participant[];
  /** An untitled later episode: the one paragraph it holds, and where the titled one it refers back to starts. */
  paragraph?: number;
  backTo?: number;
}

/**
 * "Ann Lee opened Friday's episode of “Night Owls” with a short sketch, and then her first guest,
 * Tom Hart, …": a sentence naming one broadcast of a programme (data: episode_nouns, before "of" and a
 * title in quotation marks or a known broadcast outlet), and the people it names there. A paper or a
 * magazine has no episodes.
 */
function episodeOpenings(text: string, place: SentencePlace): EpisodeOpening[] {
  const { titled, untitled } = (episodePatterns ??= buildEpisodePatterns());
  const out: EpisodeOpening[] = [];
  for (const m of text.matchAll(titled)) {
    const quoted = m[1]?.trim();
    const programme = quoted && /^[\p{Lu}\d]/u.test(quoted) ? quoted : m[2] && lookupOutlet(m[2]) ? lookupOutlet(m[2])! : null;
    if (!programme) continue;
    const canonical = lookupOutlet(programme);
    if (canonical && PRINT_KINDS.has(outletKind(canonical) ?? '')) continue;
    const s = place.sentenceAt(m.index!);
    const narration = withoutQuotations(text.slice(s.start, s.end));
    if (!aboutATalkProgramme(lowerWords(narration))) continue;
    const people = episodePeople(narration).map((name) => ({ surname: surnameOf(name), at: s.start }));
    if (people.length > 0) out.push({ programme, at: s.start, end: s.end, people });
  }
  if (out.length === 0) return out;
  // "On Friday's episode, Lee opened with …": a later broadcast of the programme the article named, for
  // its own paragraph, with those who took part before.
  const paragraphOf = storyParagraphs(text);
  for (const m of text.matchAll(untitled)) {
    const named = out.filter((o) => o.at < m.index! && o.paragraph === undefined).pop();
    const s = place.sentenceAt(m.index!);
    if (named && s.start > named.at) out.push({ programme: named.programme, at: s.start, end: s.end, people: named.people.map((p) => ({ ...p, at: s.start })), paragraph: paragraphOf(s.start), backTo: named.at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The people an episode's sentence puts on the programme: its first name (the sentence's subject, "Ann Lee
 * opened Friday's episode …"), names after a presenter or segment role (hostPattern: "host Ann Lee", "her
 * first guest, Tom Hart") and names joined to those by "and". Not the others it mentions: "host Ann Lee
 * mocked Senator Ruth Bell" does not put the senator on the show.
 */
function episodePeople(narration: string): string[] {
  const names = [...narration.matchAll(FULL_NAMES)].filter((n) => !OPENING_WORDS.test(n[0]));
  const withRole = new Set([...narration.matchAll(hostPattern())].map((m) => m.index! + m[0].length - m[1]!.length));
  const kept: string[] = [];
  let lastEnd = -1;
  for (const [k, n] of names.entries()) {
    const joined = lastEnd >= 0 && /^\s*(?:,|and|,\s*and)\s*$/.test(narration.slice(lastEnd, n.index!));
    if (k === 0 || joined || withRole.has(n.index!)) {
      kept.push(n[0]);
      lastEnd = n.index! + n[0].length;
    }
  }
  return kept;
}

/** Capitalised words that open a sentence's phrase, not a name: "On Thursday's", "In Friday's". */
const OPENING_WORDS = /^(?:On|In|At|During|Last|This|That|Before|After|When|Then|But|And)\s/;

/**
 * Whether an episode's sentence shows real people on a talk or news programme (a host, a guest, a
 * monologue, an appearance on it; data: presenter_nouns, segment_role_nouns, episode_talk_words): a drama's
 * characters in a plot summary ("In the latest episode of “Harbor Lights,” Nora tells Sam …") and its cast
 * ("appeared in two episodes", "a guest star") are not.
 */
function aboutATalkProgramme(words: string[]): boolean {
  const lexicon = cueLexicon();
  return words.some((w, i) =>
    lexicon.presenterNouns.has(w) ||
    (lexicon.segmentRoleNouns.has(w) && !lexicon.segmentRoleNotBefore.has(words[i + 1] ?? '')) ||
    lexicon.episodeTalkWords.has(w) || lexicon.episodeTalkWords.has(`${w} ${words[i + 1]}`));
}

/** The two episode patterns: with a programme's title, and without one referring back. Built once from episode_nouns. */
let episodePatterns: { titled: RegExp; untitled: RegExp } | undefined;
function buildEpisodePatterns(): { titled: RegExp; untitled: RegExp } {
  // (Case-sensitive, so that \p{Lu} means a capital: the nouns and small words in either case spelled out.)
  const either = (words: string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|');
  const nouns = either([...cueLexicon().episodeNouns]);
  return {
    // "episode of “Night Owls”", "episode of The Tonight Show": the title in quotation marks, or capitalised words.
    titled: new RegExp(String.raw`\b(?:${nouns})\s+of\s+(?:["“]([^"“”\n]{1,60}?)[,.]?["”]|((?:the\s+|The\s+)?\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}))`, 'gu'),
    // "On Friday's episode, …", "in that episode": one broadcast, no title after.
    untitled: new RegExp(String.raw`\b(?:${either(['on', 'in', 'during'])})\s+(?:\p{Lu}\p{L}+['’]s|the|that|this)\s+(?:${nouns})\b(?!\s+of\b)`, 'gu'),
  };
}

/** A person's quote whose own sentence gives it to a programme that may have hosts (not a paper or a magazine). */
function opensSegment(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  if (!q.outlet || q.speaker_kind !== 'person' || !q.speaker || q.cue_start === null) return false;
  const canonical = lookupOutlet(q.outlet);
  if (canonical && PRINT_KINDS.has(outletKind(canonical) ?? '')) return false;
  return cueSentenceNamesOutlet(q, q.outlet, text, place);
}

/**
 * Carries `programme` to the quotes of those taking part from sorted[first] on, until another occasion;
 * the index of the segment's last quote (first - 1 when it carries none), and whether it runs to the
 * article's end (no later quote then opens another).
 */
function runSegment(sorted: ExtractedQuote[], first: number, programme: string, participants: Participant[], text: string, place: SentencePlace, onAir: (j: number) => boolean, within?: (j: number) => boolean, openedAt?: number): { last: number; endsArticle: boolean } {
  participants = [...participants];
  let last = first - 1;
  // Where someone outside the segment was quoted after its latest quote: a host named from there on
  // ("… his wife said. ¶ Host Ray Mendel said …") belongs to what the article has moved on to.
  let outsiderFrom: number | null = null;
  for (let j = first; j < sorted.length; j++) {
    if (within && !within(j)) return { last, endsArticle: false };
    const q = sorted[j]!;
    const surname = q.speaker && q.speaker_kind === 'person' ? surnameOf(q.speaker) : null;
    const takesPart = (surname !== null && participants.some((p) => isParticipant(p, q.speaker!, surname) && p.at <= q.start && (outsiderFrom === null || p.at < outsiderFrom))) || onAir(j);
    const ownOutlet = q.outlet !== null && q.outlet !== programme && cueSentenceNamesOutlet(q, q.outlet, text, place);
    // (Since the quote before, or, for the segment's first quote, since the sentence that opened it:
    // the article's first quote may be given elsewhere too.)
    const since = j > first || openedAt === undefined ? (j > 0 ? sorted[j - 1]!.end : undefined) : openedAt;
    const elsewhere = ownOutlet || (takesPart && since !== undefined && givenElsewhere(q, text, place, since) && !inTheSegment(q, text, place));
    if (elsewhere) {
      // "In a 2015 interview with Variety, …": an aside about another time leaves the segment open.
      if (aboutAnotherTime(q, text, place)) continue;
      return { last, endsArticle: false };
    }
    if (!takesPart) {
      outsiderFrom ??= q.end;
      continue;
    }
    outsiderFrom = null;
    if (surname !== null && !participants.some((p) => isParticipant(p, q.speaker!, surname))) participants.push({ surname, at: q.start, name: q.speaker! });
    q.outlet ??= programme;
    last = j;
  }
  return { last, endsArticle: true };
}

/** Whether a speaker is the participant: the same surname, and the same full name where both are known. */
function isParticipant(p: Participant, speaker: string, surname: string): boolean {
  if (p.surname !== surname) return false;
  return p.name === undefined || !/\s/.test(p.name) || !/\s/.test(speaker) || p.name === speaker;
}

/**
 * A presenter noun or another role in a segment and the full name after it: right after ("co-host Ben Ito",
 * "guest Ann Lee"), or after a comma and maybe "the" and a noun ("her first guest, the chef Ann Lee", "the
 * show's bandleader, Tom Hart"). Case-sensitive names, so the noun may open a sentence ("Co-host Ben Ito
 * asked"). Built once.
 */
let hostAndName: RegExp | undefined;
function hostPattern(): RegExp {
  if (hostAndName) return hostAndName;
  const lexicon = cueLexicon();
  const nouns = [...lexicon.presenterNouns, ...lexicon.segmentRoleNouns].sort((a, b) => b.length - a.length).flatMap((n) => [n, n[0]!.toUpperCase() + n.slice(1)]).join('|');
  return (hostAndName = new RegExp(String.raw`\b(?:${nouns})(?:\s+|,\s+(?:(?:the|a|an)\s+\p{Ll}+\s+)?)(${FULL_NAME})`, 'gu'));
}

/** Where an article names people who may take part in a segment: after a presenter noun, or joining by video. */
interface Candidates {
  /** "co-host Ann Lee", "her guest, Tom Hart": the name's surname, where the match starts, and the text before it. */
  hosts: { surname: string; name: string; at: number; before: string }[];
  /** The first full name of a sentence where someone joins by video or satellite, and where that sentence starts. */
  joiners: Participant[];
}

/**
 * The article's possible participants, read once: people named after a presenter noun ("co-host Ann Lee",
 * "asked host Ann Lee"), and the first full name in a sentence where someone joins by video or satellite
 * (data: remote_join_words).
 */
function segmentCandidates(text: string, place: SentencePlace): Candidates {
  const lexicon = cueLexicon();
  const hosts: Candidates['hosts'] = [];
  const joiners: Participant[] = [];
  for (const m of text.matchAll(hostPattern())) hosts.push({ surname: surnameOf(m[1]!), name: m[1]!, at: m.index!, before: text.slice(Math.max(0, m.index! - 60), m.index!).trimEnd() });
  for (let at = 0; at < text.length; ) {
    const s = place.sentenceAt(at);
    if (s.end <= at) break;
    const sentence = withoutQuotations(text.slice(s.start, s.end));
    const words = lowerWords(sentence);
    const joins = words.some((w, i) => /^join(?:s|ed|ing)?$/.test(w) && words.slice(i + 1, i + 4).some((v) => lexicon.remoteJoinWords.has(v)));
    const name = joins ? FIRST_FULL_NAME.exec(sentence) : null;
    if (name) joiners.push({ surname: surnameOf(name[0]), at: s.start });
    at = s.end + 1;
  }
  return { hosts, joiners };
}

/**
 * The people the text from `from` on places in the segment of `programme`: named after a presenter noun
 * (not another programme's, "Night Desk host Ben Ito"), or joining by video.
 */
function segmentPeople(candidates: Candidates, from: number, programme: string): Participant[] {
  const out: Participant[] = [];
  // "Fox News host Ann Lee": the host of another programme, unless it is this one.
  for (const h of candidates.hosts) if (h.at >= from && !namesAnotherProgramme(h.before, programme)) out.push({ surname: h.surname, at: h.at, name: h.name });
  for (const j of candidates.joiners) if (j.at >= from) out.push(j);
  return out;
}

/**
 * Whether the capitalised words right before a presenter noun name a programme other than this one
 * ("Fox News host", "On Thursday, Night Desk host"). A lone capital opening a sentence is only its first
 * word ("Later co-host", "Then host") unless it is a known outlet.
 */
function namesAnotherProgramme(before: string, programme: string): boolean {
  const run = /(?:\p{Lu}[\p{L}\d&'’!-]*[ \t]+)*\p{Lu}[\p{L}\d&'’!-]*$/u.exec(before);
  if (!run || before.endsWith(programme.replace(/^the\s+/i, ''))) return false;
  const words = run[0].split(/\s+/);
  if (words.some((_, i) => lookupOutlet(words.slice(i).join(' ')) !== null)) return true;
  const opensSentence = /(?:^|[.!?"”’:]\s*|\n\s*)$/u.test(before.slice(0, run.index));
  return !opensSentence || words.length > 1;
}

/** "told viewers", "told the hosts": the quote's own sentence puts its words on air (data: on_air_phrases, and presenter nouns after "told the"). */
function speaksOnAir(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const words = attributionWords(q, text, place);
  const lexicon = cueLexicon();
  // ("said on her broadcast": her own channel, not the programme she appeared on.)
  if (onOwnMedium(words)) return false;
  return hasOnAirPhrase(words) || words.some((w, i) => /^(?:told|tell|tells|telling)$/.test(w) && words[i + 1] === 'the' && lexicon.presenterNouns.has(words[i + 2] ?? ''));
}

/**
 * "chimed in from the stage", "Later in the episode, …": the quote's sentence, or the narration since the
 * quote before, places it in the segment under way (data: segment_setting_words, unless one of
 * segment_leaving_adjectives goes with them: "on another show"), so the occasion it seems to name is the
 * segment's own.
 */
function inTheSegment(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  const words = lowerWords(withoutQuotations(text.slice(place.sentenceAt(q.start).start, place.sentenceAt(q.cue_start ?? q.start).end)));
  const { segmentSettingWords, segmentLeavingAdjectives } = cueLexicon();
  return words.some((w) => segmentSettingWords.has(w)) && !words.some((w) => segmentLeavingAdjectives.has(w)) && !onOwnMedium(words);
}

/** "In a 2015 interview …", "Last year she said …": the quote's own sentence names a year or a time before now. */
function aboutAnotherTime(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  const words = narrationWords(q, text, place);
  const lexicon = cueLexicon();
  return words.some((w, i) => /^(?:1[89]|20)\d\d$/.test(w) || (w === 'last' && lexicon.relativeTimeNouns.has(words[i + 1] ?? '')));
}

/** The words of the sentence holding the quote's cue, outside quotation marks, lower case. */
function narrationWords(q: ExtractedQuote, text: string, place: SentencePlace): string[] {
  const s = place.sentenceAt(q.cue_start ?? q.start);
  return lowerWords(withoutQuotations(text.slice(s.start, s.end)));
}

/** A word opening the clause reported after a cue ("said that …", "said he expected …"). */
const REPORTED_CLAUSE_OPENER = /^(?:that|he|she|they|we|i|it|you)$/;

/**
 * The quote's sentence without what it reports: "said he expected to see her back on air" reports an
 * airing, it does not put the speaker on air; "said on air that …" and "told viewers he …" do. Cut at the
 * reported clause after the cue (or an indirect quote's own content), outside quotations.
 */
function attributionWords(q: ExtractedQuote, text: string, place: SentencePlace): string[] {
  const s = place.sentenceAt(q.cue_start ?? q.start);
  const cueEnd = q.cue_end ?? q.cue_start ?? s.start;
  if (cueEnd < s.start || cueEnd >= s.end) return narrationWords(q, text, place);
  const after = lowerWords(withoutQuotations(sliceWithoutSpeakerMention(q, text, cueEnd, q.type === 'indirect' && q.start >= cueEnd ? Math.min(q.start, s.end) : s.end)));
  const opener = after.findIndex((w) => REPORTED_CLAUSE_OPENER.test(w));
  // (The reason an unnamed source gives for anonymity, "… from commenting on the show", puts no one on air.)
  return [...lowerWords(withoutAnonymityReasons(withoutQuotations(sliceWithoutSpeakerMention(q, text, s.start, cueEnd)))), ...(opener < 0 ? after : after.slice(0, opener))];
}

/**
 * text.slice(from, to) with the quote's speaker mention blanked out (same length, so offsets hold): "a former
 * scriptwriter on the show said …" says where the speaker worked, not that the words were said on air. (Only the
 * slice is copied: a copy of the whole text for every quote made long articles quadratic.)
 */
function sliceWithoutSpeakerMention(q: ExtractedQuote, text: string, from: number, to: number): string {
  const slice = text.slice(from, to);
  if (q.speaker_start === null || q.speaker_end === null || q.speaker_end <= q.speaker_start) return slice;
  const start = Math.max(q.speaker_start, from) - from;
  const end = Math.min(q.speaker_end, to) - from;
  return end <= start ? slice : slice.slice(0, start) + ' '.repeat(end - start) + slice.slice(end);
}

function surnameOf(name: string): string {
  return name.trim().split(/\s+/).pop()!;
}
