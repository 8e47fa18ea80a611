import type { ExtractedQuote, Token } from '../types.js';
import { isOutletStaffJob, isPlatform, kindOfOutletWord, outletKind } from '../lexicon/outlets.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { lastOutletBefore } from './earlier-outlets.js';
import { isOutletNoun } from './outlet-near.js';
import { cueLexicon } from '../lexicon/cues.js';
import { namesOccasion } from './own-occasion.js';
import { outletOpening } from './leaked-documents.js';
import { pronounMayMeanSomeoneNamedSince } from './someone-named-since.js';
import { lowerWords, movesToAnotherOccasion, withoutQuotations, type SentencePlace } from './occasion-shift.js';

/** A writer placed at an outlet: "Variety's Ida Strand", "Nina Hale, writing in the Gazette", "Nina Hale, the critic for the Gazette". */
interface Writer {
  /** The writer's surname as written. */
  surname: string;
  outlet: string;
  at: number;
  /** Placed by the piece they wrote ("In a review for the Gazette, X …"), not by a possessive: any outlet's. */
  piece?: boolean;
  /** Placed by a staff job that reviews nothing ("the Gazette's editor, X,"): only their written words ran there. */
  writtenOnly?: boolean;
  /**
   * Placed by an outlet's possessive and a staff job ("Variety's chief TV critic, X,"): their words ran there when a verb of writing says so, in
   * the quote's own cue sentence ("X wrote that A, and said B"), or the sentence names the piece ("In her review she
   * called it …"); "X called the show “…”" alone may have been said anywhere.
   * (Set 15's gold leaves "Variety's chief TV critic, X, called the finale “…”" without an outlet. The speaker's own
   * description gives "The Guardian's film critic, X, called the film “…”" its outlet elsewhere, in the frame, before
   * this runs; that form is left as it is: the evals are silent on it and a quote of a critic so named is most often
   * the review's. The two forms differ only where no verb of writing is near.)
   */
  staff?: boolean;
  /**
   * Placed by an apposition of a staff job ("Paul Girard, a columnist for the Gazette,"): words they merely said
   * ("said", "says"; cues.json speaking_verb_forms) were spoken to the reporter, not run in their outlet, as the
   * evals read "X, a critic for the Herald, said …"; a judgment ("called it …") or a written piece still ran there.
   */
  apposed?: boolean;
  /** Where the pronoun that names the writer stands ("Writing in the Gazette, she called …"), before it is resolved. */
  pronounAt?: number;
}

/** ", she called …": a pronoun subject right after a fronted piece's comma, then a small-letter verb. */
const FRONTED_PRONOUN = /^,\s+(she|he|they)\s+\p{Ll}/u;

/**
 * The writers placed by a pronoun ("Writing in the Gazette, she called the play “…”") get the surname of the
 * speaker the quote stage resolved that pronoun to; one whose pronoun attributes no quote is dropped.
 */
function pronounWriters(writers: Writer[], quotes: readonly ExtractedQuote[]): Writer[] {
  return writers.flatMap((w) => {
    if (w.pronounAt === undefined) return [w];
    const q = quotes.find((o) => o.speaker_start === w.pronounAt && o.speaker_kind === 'person' && o.speaker);
    return q ? [{ ...w, surname: q.speaker!.split(/\s+/).pop()! }] : [];
  });
}

/**
 * A writer named at an outlet writes there: "Variety's Ida Strand was kinder. She wrote that … “…”" and
 * "Nina Hale, writing in the Gazette, called the play “…”. “…,” she wrote." — the writer's quotes in that
 * paragraph and the next, with no outlet of their own and no other occasion named ("said at a panel"),
 * ran in that outlet. A broadcaster's possessive names staff on and off air ("NBC's head of drama"): it
 * counts only for written words.
 */
export function carryWriterOutlets(quotes: ExtractedQuote[], text: string, tokens: readonly Token[], place: SentencePlace): void {
  const writers = pronounWriters(writersAtOutlets(text, tokens), quotes);
  if (writers.length === 0) return;
  const paragraphOf = storyParagraphs(text);
  // The writer whose quotes ran in their outlet last, and in which paragraph: a run of their quotes, paragraph
  // after paragraph, with no one else quoted between, goes on from there ("She argued …" two paragraphs on).
  let run = null as { writer: Writer; paragraph: number } | null;
  // Where the quote before ends: a pronoun after a person named since may be that person (see pronounMayMeanSomeoneNamedSince).
  let prevEnd = -1;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const since = prevEnd;
    prevEnd = q.end;
    const surname = q.speaker_kind === 'person' ? q.speaker?.split(/\s+/).pop() : undefined;
    const writer = surname ? writers.filter((w) => w.at <= q.start && w.surname === surname).pop() : undefined;
    if (run && run.writer !== writer) run = null;
    if (!writer) continue;
    if (q.outlet) {
      run = q.outlet === writer.outlet ? { writer, paragraph: paragraphOf(q.start) } : null;
      continue;
    }
    // (The occasion the opener's own sentence names, "in her … newsletter", is the piece itself.)
    if (!(writer.piece && opensCueSentence(writer, q, place)) && namesOccasion(q, text, place)) continue;
    if (movesToAnotherOccasion(q, text, place, writer.at)) continue;
    if (pronounMayMeanSomeoneNamedSince(q, Math.max(since, writer.at), text, tokens, place)) {
      run = null;
      continue;
    }
    const gap = paragraphOf(q.start) - (run?.writer === writer ? run.paragraph : paragraphOf(writer.at));
    // (A post or a tweet went out on a network of its own, not in the outlet.)
    const cue = q.cue?.toLowerCase() ?? '';
    // (A reporter's own reporting ran in the outlet as their writing did: "ESPN's X … X reported that …".)
    // (Only "reported that …": not "reported on X", a network, nor "reported to the committee", testimony to a body.)
    const writes = WRITE.test(cue) || (REPORT.test(cue) && q.cue_end !== null && REPORTED_THAT.test(text.slice(q.cue_end, q.cue_end + 30)));
    if (!writes && cueLexicon().writtenCues.has(cue)) continue;
    if (writer.writtenOnly && !writes) continue;
    if (writer.apposed && cueLexicon().speakingVerbForms.has(cue)) continue;
    if (writer.staff && !writes && !writtenInCueSentence(q, quotes, place) && !namesPiece(q, text, place)) continue;
    if ((gap === 0 || gap === 1) && (writes || writer.piece || outletKind(writer.outlet) !== 'broadcaster')) {
      q.outlet = writer.outlet;
      run = { writer, paragraph: paragraphOf(q.start) };
    }
  }
}

/** Whether another quote of q's speaker, with a verb of writing, has its cue in q's cue sentence. */
function writtenInCueSentence(q: ExtractedQuote, quotes: readonly ExtractedQuote[], place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const sentence = place.sentenceAt(q.cue_start).start;
  return quotes.some((o) => o !== q && o.speaker === q.speaker && o.cue_start !== null && WRITE.test(o.cue?.toLowerCase() ?? '') && place.sentenceAt(o.cue_start).start === sentence);
}

/** Whether q's cue sentence names a written piece (cues.json piece_nouns): "In her review she called it …". */
function namesPiece(q: ExtractedQuote, text: string, place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const s = place.sentenceAt(q.cue_start);
  const nouns = cueLexicon().pieceNouns;
  return lowerWords(withoutQuotations(text.slice(s.start, s.end))).some((w) => nouns.has(w));
}

/** Whether the writer's placing opens the sentence that holds the quote's cue. */
function opensCueSentence(writer: Writer, q: ExtractedQuote, place: SentencePlace): boolean {
  return q.cue_start !== null && place.sentenceAt(q.cue_start).start === place.sentenceAt(writer.at).start;
}

/** Forms of "write": the writer's piece itself. */
const WRITE = /^(?:wrote|write|writes|writing|written)$/;
const REPORT = /^(?:reported|report|reports|reporting)$/;
/** What follows a reporter's "reported" in their own reporting: "that", after a day at most ("reported on Friday that"). */
const REPORTED_THAT = /^\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?that\b/;

/** A name of one to three capitalised words, the last one the surname. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
/** "Variety's Ida Strand": an outlet's possessive right before a name. */
const POSSESSIVE = new RegExp(String.raw`['’]s\s+(${NAME})`, 'gu');
/** A NAME whose first word has small letters: not a beat in capitals ("TV"). */
const PERSON_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
/** A beat in capitals among a staff job's small-letter words: "TV" in "chief TV critic". */
const BEAT = String.raw`\p{Lu}{2,3}`;
/**
 * "Variety's chief film critic, Ida Strand,", "Variety's chief TV critic, Ida Strand", "the Ledger's critic Ida Strand": an outlet's possessive, maybe
 * small-letter words, a staff job (outlets.json staffWords), then the name, maybe after a comma.
 */
/** Up to three small-letter words (or a beat) and a staff job's word, then the name, maybe after a comma. */
const STAFF_JOB_THEN_NAME = String.raw`((?:(?:\p{Ll}[\p{L}-]*|${BEAT})\s+){0,3}?\p{Ll}+),?\s+(${PERSON_NAME})`;
const STAFF_POSSESSIVE = new RegExp(String.raw`['’]s\s+${STAFF_JOB_THEN_NAME}`, 'gu');
/** "Its critic, NAME": a staff job after a sentence-opening "Its", then the name. */
const ITS_STAFF = new RegExp(String.raw`(?<=^|[.!?]\s+|\n\s*)Its\s+${STAFF_JOB_THEN_NAME}`, 'gu');
/**
 * "Nina Hale, the film critic for the Gazette,", "Nina Hale, a columnist at the Ledger": a name, then a staff job
 * (outlets.json staffWords) after "the" or "a", maybe small-letter words before it, then "for", "at", "with" or
 * "of" an outlet ("the art critic of the Gazette").
 */
const STAFF_APPOSITIVE = new RegExp(String.raw`(${NAME}),\s+(?:the|a|an)\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}+)\s+(?:for|at|with|of)\s+`, 'gu');
/** What every STAFF_APPOSITIVE match holds after its name (in about half the articles): the rest are not tried at each capital. */
const MAY_STAFF_APPOSITIVE = /,\s+(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}+\s+(?:for|at|with|of)\s/u;
/**
 * "Nina Hale, who has reviewed the orchestra for the Gazette since 2009,": a name, then a relative clause of
 * reviewing or writing for an outlet — a staff writer there, placed as an apposed job places one.
 */
const WRITES_FOR_RELATIVE = new RegExp(String.raw`(${NAME}),\s+who\s+(?:has\s+|had\s+|long\s+)?(?:reviewed|reviews|written|writes|wrote|covered|covers)\b[^,.;:!?"“”]{0,50}?\s(?:for|in)\s+`, 'gu');
/**
 * What every WRITES_FOR_RELATIVE match holds, from its comma: an article without it (nearly all) is not tried at
 * each of its capitals, as MAY_WRITE_IN spares WRITING_IN.
 */
const MAY_WRITE_FOR = /,\s+who\s+(?:has\s+|had\s+|long\s+)?(?:reviewed|reviews|written|writes|wrote|covered|covers)\b/u;

/**
 * "Nina Hale, writing in the Gazette", "Nina Hale, reviewing the film for the Gazette": a name, then "writing in/for"
 * or a critic's "reviewing (it | the WORK) for" an outlet.
 */
const WRITING_IN = new RegExp(String.raw`(${NAME}),\s+(?:writing|reviewing(?:\s+(?:it|them|(?:the|this|her|his|their)\s+\p{Ll}+))?)\s+(?:in|for)\s+`, 'gu');
/** What every WRITING_IN match holds: an article without it is not tried at each of its capitals. */
const MAY_WRITE_IN = /,\s+(?:writing|reviewing)\s/u;

/**
 * "Writing for the Gazette last week, critic Nina Hale said …", "Writing in her column for the Gazette, …", "In her review for the Ledger, Ida Strand
 * wrote …", "In his Ledger Notes newsletter, X said …": a sentence opening with the piece and its outlet
 * (or the writer's own titled venue, OWN_VENUE), then the writer, maybe after a small-letter description, as its subject.
 * A broadcast's commentator opens so too: "Commentating for the BBC, the former champion X said …" — their words
 * ran on that broadcaster.
 */
const FRONTED_PIECE = /(?:^|\n|[.!?]["'”’]?\s)\s*(?:(?:Writing(?:\s+(?:in|for)\s+(?:a|an|her|his|their|a recent) (?:[\p{Ll}-]+ )?(?:column|review|piece|essay|op-ed|article|editorial|blog post|dispatch))?|In (?:a|an|her|his|their|a recent) (?:[\p{Ll}-]+ )?(?:column|review|piece|essay|op-ed|article|editorial|blog post|dispatch))\s+(?:in|for)\s+|(?:Commentating|Broadcasting)\s+(?:for|on)\s+|In\s+(?=(?:his|her|their|the)\s|\p{Lu}))/gu;
/**
 * After the opener's comma: small-letter words of a description (maybe a nationality or a country before a small
 * word, "former England captain"), then the writer's name, maybe after initials, and a small-letter verb;
 * or a description set off by commas, the name too: ", the paper’s critic, Nina Hale, gave it …".
 */
const FRONTED_WRITER = new RegExp(String.raw`^,\s+(?:(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(?=\s+\p{Ll}))\s+){0,4}((?:\p{Lu}\.\s*){0,2}${NAME})|(?:\p{Ll}[\p{L}'’-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s+(${NAME}),)\s+\p{Ll}`, 'u');

/**
 * "in the newspaper Le Soir", "in the Belgian daily Le Soir": the kind of outlet (and a modifier) before its name,
 * which outletOpening would not step over. The length of that lead, or 0.
 */
function outletKindLead(opening: string): number {
  const m = /^(?:the\s+)?(?:\p{Ll}+\s+|\p{Lu}\p{Ll}+\s+(?=\p{Ll}))?(\p{Ll}+)\s+(?=\p{Lu})/u.exec(opening);
  return m && kindOfOutletWord(m[1]!) !== null ? m[0].length : 0;
}

/**
 * "his Ledger Notes newsletter", "her Quiet Hours column": the writer's own titled venue, a capitalised name
 * after "his", "her" or "their" and before a venue noun — the name is the outlet even when no list knows it.
 */
const OWN_VENUE = /^(?:his|her|their)\s+(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3})\s+(?:newsletter|column|blog|podcast|show|Substack)\b/u;

function ownVenueName(opening: string): string | null {
  const name = OWN_VENUE.exec(opening)?.[1] ?? null;
  // (Not a platform that carries it: "her Substack newsletter" names no outlet.)
  return name && !isPlatform(name) ? name : null;
}

function writersAtOutlets(text: string, tokens: readonly Token[]): Writer[] {
  const out: Writer[] = [];
  for (const m of /(?:Writing|In|Commentating|Broadcasting) /.test(text) ? text.matchAll(FRONTED_PIECE) : []) {
    const lead = m.index! + m[0].length;
    const from = lead + outletKindLead(text.slice(lead, lead + 60));
    const bare = /^In\s+$/.test(m[0].trimStart());
    const outlet = outletOpening(text.slice(from, from + 60)) ?? ownVenueName(text.slice(from, from + 60));
    if (!outlet) continue;
    // The opener runs to its first comma ("… for the Gazette last week,"); a bare "In the Gazette," is the outlet alone.
    // (Its end as written: a small "the" before it is no part of the name.)
    const outletEnd = Math.max(from, text.indexOf(outlet, from)) + outlet.length;
    const comma = text.indexOf(',', outletEnd);
    if (bare && !/^(?:his|her|their)\s/.test(text.slice(lead, from)) && text.slice(outletEnd, comma).trim() !== '') continue;
    const writer = comma > 0 && comma < outletEnd + 40 ? FRONTED_WRITER.exec(text.slice(comma, comma + 120)) : null;
    const name = writer?.[1] ?? writer?.[2];
    // (Placed where the opener's first word is, in its paragraph, not at the stop before it.)
    const at = m.index! + m[0].search(/\p{Lu}/u);
    if (name) out.push({ surname: name.split(/\s+/).pop()!, outlet, at, piece: true });
    else if (comma > 0 && comma < outletEnd + 40 && !bare) {
      // "Writing in the Gazette, she called …": the writer is whoever the pronoun's own quote is by (see pronounWriters).
      const pronoun = FRONTED_PRONOUN.exec(text.slice(comma, comma + 20));
      if (pronoun) out.push({ surname: '', outlet, at, piece: true, pronounAt: comma + pronoun[0].indexOf(pronoun[1]!) });
    }
  }
  for (const m of text.matchAll(POSSESSIVE)) {
    const outlet = outletEndingAt(text, m.index!);
    if (outlet) out.push({ surname: m[1]!.split(/\s+/).pop()!, outlet, at: m.index! });
  }
  for (const m of text.matchAll(STAFF_POSSESSIVE)) {
    const head = staffJobHead(m[1]!);
    if (!head) continue;
    const named = outletEndingAt(text, m.index!);
    // ("Writing in Le Figaro, the paper's critic, X, called …": the fronted piece placed X already, with any verb.)
    if (!named && out.some((w) => w.surname === m[2]!.split(/\s+/).pop())) continue;
    const outlet = named ?? outletNounEndingAt(text, tokens, m.index!);
    // (A critic's words are the review's whatever the cue; an editor's "responded" answered someone else.)
    if (outlet) out.push({ surname: m[2]!.split(/\s+/).pop()!, outlet, at: m.index!, writtenOnly: !cueLexicon().outletReviewerNouns.has(head), staff: true });
  }
  // "The Ledger was kinder. Its critic, X, wrote …": "Its" opening a sentence stands for the outlet that opened the one before.
  // (Only where "Its" is written at all, about 1 article in 35: the pattern's lookbehind is otherwise tried at every offset.)
  for (const m of text.includes('Its') ? text.matchAll(ITS_STAFF) : []) {
    const head = staffJobHead(m[1]!);
    if (!head) continue;
    const before = text.slice(Math.max(0, m.index! - 300), m.index!);
    const opening = /(?:^|[.!?]\s+|\n\s*)([^.!?\n]*[.!?])\s*$/u.exec(before)?.[1];
    const outlet = opening ? outletOpening(opening) : null;
    if (outlet) out.push({ surname: m[2]!.split(/\s+/).pop()!, outlet, at: m.index!, writtenOnly: !cueLexicon().outletReviewerNouns.has(head), staff: true });
  }
  for (const m of MAY_STAFF_APPOSITIVE.test(text) ? text.matchAll(STAFF_APPOSITIVE) : []) {
    const head = staffJobHead(m[2]!);
    if (!head) continue;
    const outlet = outletOpening(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60));
    if (outlet) out.push({ surname: m[1]!.split(/\s+/).pop()!, outlet, at: m.index!, writtenOnly: !cueLexicon().outletReviewerNouns.has(head), apposed: true });
  }
  for (const m of MAY_WRITE_FOR.test(text) ? text.matchAll(WRITES_FOR_RELATIVE) : []) {
    const outlet = outletOpening(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60));
    // (A line of work, not the piece at hand: only the writer's written words ran there, "Hale wrote".)
    if (outlet) out.push({ surname: m[1]!.split(/\s+/).pop()!, outlet, at: m.index!, writtenOnly: true, apposed: true });
  }
  for (const m of MAY_WRITE_IN.test(text) ? text.matchAll(WRITING_IN) : []) {
    const outlet = outletOpening(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60));
    if (outlet) out.push({ surname: m[1]!.split(/\s+/).pop()!, outlet, at: m.index! });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * "Le Monde covered the night. The paper's critic, X, …": "the paper", "the magazine" (outlet-near isOutletNoun)
 * right before the possessive stands for the outlet of that kind named last before it.
 */
function outletNounEndingAt(text: string, tokens: readonly Token[], end: number): string | null {
  const m = /\b[Tt]he\s+(\p{Ll}+)$/u.exec(text.slice(Math.max(0, end - 30), end));
  if (!m || !isOutletNoun(m[1]!)) return null;
  const at = tokens.findIndex((t) => t.start >= end - m[0].length);
  return at > 0 ? lastOutletBefore(tokens as Token[], at, kindOfOutletWord(m[1]!)) : null;
}

/** The known outlet whose name ends right before `end` ("The Washington Post" before "'s"), longest first. */
function outletEndingAt(text: string, end: number): string | null {
  const run = /(?:[\p{Lu}\d&][\p{L}\d&!.'’-]*\s+){0,5}[\p{Lu}\d&][\p{L}\d&!.'’-]*$/u.exec(text.slice(Math.max(0, end - 60), end))?.[0];
  if (!run) return null;
  const words = run.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const outlet = outletOpening(words.slice(i).join(' '));
    if (outlet === words.slice(i).join(' ')) return outlet;
  }
  return null;
}

/** The last word of a staff job ("chief film critic" → "critic") when it, or its last two words, is an outlet's staff job; else null. */
function staffJobHead(job: string): string | null {
  const words = job.split(/\s+/);
  const head = words[words.length - 1]!;
  return isOutletStaffJob(head) || isOutletStaffJob(words.slice(-2).join(' ')) ? head : null;
}
