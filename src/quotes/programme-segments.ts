import type { ExtractedQuote } from '../types.js';
import { lookupOutlet, outletKind } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';
import { cueSentenceNamesOutlet, givenElsewhere } from './interview-carry.js';
import { hasOnAirPhrase } from './presenter-programmes.js';
import { lowerWords, withoutQuotations, type SentencePlace } from './occasion-shift.js';

/** Kinds of outlet that print or post words: no one appears on them with hosts. */
const PRINT_KINDS = new Set(['newspaper', 'magazine', 'agency', 'website']);

/** A person's full name: two to four capitalised words (a hyphenated surname is one). */
const FULL_NAME = String.raw`\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?(?:\s+\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?){1,3}`;

/** Someone the article places in a programme's segment, and where. */
interface Participant {
  surname: string;
  at: number;
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
  // opens a segment: most have none.
  let read: { candidates: Candidates; onAir: boolean[]; onAirAfter: boolean[] } | undefined;
  const readArticle = () => {
    const onAir = sorted.map((q) => speaksOnAir(q, text, place));
    const onAirAfter: boolean[] = [];
    for (let i = sorted.length - 1, seen = false; i >= 0; i--) onAirAfter[i] = seen = seen || onAir[i]!;
    return { candidates: segmentCandidates(text, place), onAir, onAirAfter };
  };
  for (let i = 0; i < sorted.length; i++) {
    if (!opensSegment(sorted[i]!, text, place)) continue;
    const { candidates, onAir, onAirAfter } = (read ??= readArticle());
    i = runSegment(sorted, i, text, place, candidates, (j) => onAir[j]!, i + 1 < sorted.length && onAirAfter[i + 1]!);
  }
}

/** A person's quote whose own sentence gives it to a programme that may have hosts (not a paper or a magazine). */
function opensSegment(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  if (!q.outlet || q.speaker_kind !== 'person' || !q.speaker || q.cue_start === null) return false;
  const canonical = lookupOutlet(q.outlet);
  if (canonical && PRINT_KINDS.has(outletKind(canonical) ?? '')) return false;
  return cueSentenceNamesOutlet(q, q.outlet, text, place);
}

/** Carries the programme of sorted[first] through its segment; the index of the segment's last quote. */
function runSegment(sorted: ExtractedQuote[], first: number, text: string, place: SentencePlace, candidates: Candidates, onAir: (j: number) => boolean, onAirLater: boolean): number {
  const opener = sorted[first]!;
  const programme = opener.outlet!;
  const from = place.sentenceAt(opener.cue_start!).start;
  const participants = [{ surname: surnameOf(opener.speaker!), at: opener.start }, ...segmentPeople(candidates, from, programme)];
  // Without hosts or viewers in sight, the words were an interview: interview-carry decides.
  if (!participants.some((p) => p.surname !== surnameOf(opener.speaker!)) && !onAirLater) return first;
  let last = first;
  for (let j = first + 1; j < sorted.length; j++) {
    const q = sorted[j]!;
    const surname = q.speaker && q.speaker_kind === 'person' ? surnameOf(q.speaker) : null;
    const takesPart = (surname !== null && participants.some((p) => p.surname === surname && p.at <= q.start)) || onAir(j);
    const ownOutlet = q.outlet !== null && q.outlet !== programme && cueSentenceNamesOutlet(q, q.outlet, text, place);
    const elsewhere = ownOutlet || (takesPart && givenElsewhere(q, text, place, sorted[j - 1]!.end));
    if (elsewhere) {
      // "In a 2015 interview with Variety, …": an aside about another time leaves the segment open.
      if (aboutAnotherTime(q, text, place)) continue;
      return last;
    }
    if (!takesPart) continue;
    if (surname !== null && !participants.some((p) => p.surname === surname)) participants.push({ surname, at: q.start });
    q.outlet ??= programme;
    last = j;
  }
  return sorted.length - 1;
}

/** A presenter noun and the full name after it; case-sensitive names, so the noun may open a sentence ("Co-host Ben Ito asked"). Built once. */
let hostAndName: RegExp | undefined;
function hostPattern(): RegExp {
  if (hostAndName) return hostAndName;
  const nouns = [...cueLexicon().presenterNouns].sort((a, b) => b.length - a.length).flatMap((n) => [n, n[0]!.toUpperCase() + n.slice(1)]).join('|');
  return (hostAndName = new RegExp(String.raw`\b(?:${nouns})\s+(${FULL_NAME})`, 'gu'));
}

/** Where an article names people who may take part in a segment: after a presenter noun, or joining by video. */
interface Candidates {
  /** "co-host Ann Lee": the name's surname, where the match starts, and the text before it. */
  hosts: { surname: string; at: number; before: string }[];
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
  for (const m of text.matchAll(hostPattern())) hosts.push({ surname: surnameOf(m[1]!), at: m.index!, before: text.slice(Math.max(0, m.index! - 60), m.index!).trimEnd() });
  for (let at = 0; at < text.length; ) {
    const s = place.sentenceAt(at);
    if (s.end <= at) break;
    const sentence = withoutQuotations(text.slice(s.start, s.end));
    const words = lowerWords(sentence);
    const joins = words.some((w, i) => /^join(?:s|ed|ing)?$/.test(w) && words.slice(i + 1, i + 4).some((v) => lexicon.remoteJoinWords.has(v)));
    const name = joins ? new RegExp(FULL_NAME, 'u').exec(sentence) : null;
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
  for (const h of candidates.hosts) if (h.at >= from && !namesAnotherProgramme(h.before, programme)) out.push({ surname: h.surname, at: h.at });
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
  const words = narrationWords(q, text, place);
  const lexicon = cueLexicon();
  return hasOnAirPhrase(words) || words.some((w, i) => /^(?:told|tell|tells|telling)$/.test(w) && words[i + 1] === 'the' && lexicon.presenterNouns.has(words[i + 2] ?? ''));
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

function surnameOf(name: string): string {
  return name.trim().split(/\s+/).pop()!;
}
