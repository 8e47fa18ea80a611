import { pluralPossessiveBeforeNoun } from '../body-name-possessives.js';
import { contextWords } from '../../lexicon/context-words.js';
import type { Sentence, Token } from '../../types.js';
import { cueAt, hasVerb, outletAfterLead, reportOutletSpeaker, type Frame, type TokenView } from '../frame.js';
import { classify, description, isEvidenceWord, personLike, sourceText } from '../speaker.js';
import { isDocumentHead } from '../described-speakers.js';
import type { SpeakerPhrase } from '../speaker.js';
import { unknownBody } from '../unknown-body.js';
import type { IndirectQuote } from './report-sentence.js';
import { isPhraseBreak } from '../sentence-scan.js';
import { cueLexicon } from '../../lexicon/cues.js';

/** The comma opening ", according to X" inside content tokens[from, to], or -1. */
export function accountAfter(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to - 1; k++) {
    if (tokens[k]!.text === ',' && accountOfFrame(tokens, k + 1)) return k;
  }
  return -1;
}

/**
 * "according to county land filings", "according to the mean of several surveys gathered by X":
 * whatever follows "according to" up to the clause's end is its source, though the speaker rules may
 * not read it as a noun phrase ("state" and "complete" tagged as verbs).
 */
export function accordingToSource(view: TokenView, cue: number, last: number): Frame | null {
  const tokens = view.tokens;
  const found = cueAt(tokens, cue, 'report');
  if (!found?.according) return null;
  const from = found.last + 1;
  const end = sourceEnd(tokens, from, last);
  if (end === from || !(tokens.slice(from, end).some((t) => /^(NOUN|PROPN)$/.test(t.pos)) || gerundSource(tokens, from, end))) return null;
  if (translationSource(tokens, from, end)) return null;
  const described = classify(tokens, from, end) ?? description(tokens, from, end);
  // "according to NPR's legal affairs correspondent, Lena Farrow": the name after a person's description is the source.
  const named = described.kind === 'anonymous' && personLike(described) ? namedAfterSource(tokens, end, last) : null;
  const source = named ? { ...named.name, role: named.name.role ?? described.role } : described;
  const first = tokens[found.first]!;
  const cueLast = tokens[found.last]!;
  const frameOf = (speaker: SpeakerPhrase, outlet: string | null): Frame => ({ cueStart: first.start, cueEnd: cueLast.end, cue: view.doc.article.text.slice(first.start, cueLast.end), cueToken: found.last, speaker, outlet, according: true });
  const seen = named ? null : documentSeenByOutlet(tokens, from, end);
  if (seen) return frameOf(seen.document, seen.outlet);
  const data = outletDataSource(tokens, source, from, end - 1);
  if (data) return frameOf(data, null);
  const speaker = unknownBody(view, reportOutletSpeaker(tokens, source, end + 1) ?? source);
  return frameOf(speaker, speaker.kind === 'outlet' ? speaker.name : null);
}

/**
 * "according to budget documents reviewed by the Post": the documents are the source and the outlet only
 * saw them, so it is the outlet, not the speaker (as "a memo seen by Reuters" is read). The documents' phrase,
 * up to the participle, and the outlet; or null. (cues.json leaked_document_verbs.)
 */
function documentSeenByOutlet(tokens: Token[], from: number, end: number): { document: SpeakerPhrase; outlet: string } | null {
  for (let k = from + 1; k + 1 < end; k++) {
    // ("an internal memo first reported by Kotaku": an outlet that reported or published the document has it too.)
    const verb = tokens[k]!.normal;
    if (!(cueLexicon().leakedDocumentVerbs.has(verb) || PUT_OUT_BY_OUTLET.has(verb)) || tokens[k + 1]!.normal !== 'by') continue;
    // (An adverb may stand between the document and its participle: "a memo first reported by", "a letter later seen by".)
    const last = tokens[k - 1]!.pos === 'ADV' && k - 2 >= from ? k - 2 : k - 1;
    const noun = tokens[last]!.normal;
    if (!(isDocumentHead(noun) || isDocumentHead(noun.replace(/s$/, '')) || isEvidenceWord(noun))) return null;
    const outlet = outletAfterLead(tokens, k + 1, end);
    if (!outlet) return null;
    const text = sourceText(tokens, from, last + 1);
    return { document: { start: tokens[from]!.start, end: tokens[last]!.end, text, kind: 'anonymous', name: text, role: null, title: null }, outlet };
  }
  return null;
}

/** Participles by which an outlet put a document out, not only saw it: "a memo reported by Kotaku", "published by". */
const PUT_OUT_BY_OUTLET: ReadonlySet<string> = new Set(['reported', 'published']);

/**
 * "according to a translation by Reuters", "According to a Reuters translation, X said …": the words are
 * another's, rendered by the outlet (which the outlet rules give), so the "according to" reports nothing.
 * `from` is the token after "to", `end` where the source ends.
 */
export function translationSource(tokens: Token[], from: number, end: number): boolean {
  return tokens.slice(from, Math.min(end, from + 5)).some((t) => cueLexicon().translationNouns.has(t.normal));
}

/**
 * ", according to a Reuters translation." / ", according to a translation by Reuters." / ", as translated by the
 * BBC." / ", in remarks translated by CNN." closing content tokens[from, to]: the words are the speaker's, the outlet
 * only rendered them (the outlet rules give it), so the tail is no part of what was said. (A plain ", according to
 * Reuters" stays: PolNeAR's gold keeps it.) Returns the comma opening the tail, or -1.
 */
export function translationTail(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to - 1; k++) {
    if (tokens[k]!.text !== ',') continue;
    const rest = (at: number) => sourceEnd(tokens, at, to) > to;
    if (accountOfFrame(tokens, k + 1)) {
      if (rest(k + 3) && translationSource(tokens, k + 3, to + 1)) return k;
      continue;
    }
    const next = tokens[k + 1]!.normal;
    const translated = next === 'as' ? k + 2 : next === 'in' && /^(remarks|comments)$/.test(tokens[k + 2]?.normal ?? '') ? k + 3 : -1;
    if (translated > 0 && tokens[translated]?.normal === 'translated' && tokens[translated + 1]?.normal === 'by' && translated + 2 <= to && rest(translated + 2)) return k;
  }
  return -1;
}

/**
 * "According to a translation by the Gazette, CLAUSE" at tokens[cue]: where the source ends (its comma) and
 * the outlet that translated, named after "by" or "from" ("provided by the embassy" names none).
 */
export function translationOpener(tokens: Token[], cue: number, last: number): { end: number; outlet: string | null } | null {
  const found = cueAt(tokens, cue, 'report');
  if (!found?.according) return null;
  const from = found.last + 1;
  const end = sourceEnd(tokens, from, last);
  if (!translationSource(tokens, from, end)) return null;
  const by = tokens.findIndex((t, k) => k >= from && k < end && /^(by|from)$/.test(t.normal));
  return { end, outlet: by > 0 ? outletAfterLead(tokens, by, end) : null };
}

/**
 * "according to the board's figures", "according to figures released by the ministry": bare figures
 * state a count, nobody's account of it, so the clause is no report. The source after the cue at
 * tokens[cue] is a noun phrase whose head is "figures", maybe a participle phrase after it.
 */
export function bareFiguresSource(tokens: Token[], cue: number, last: number): boolean {
  let k = cue + 1;
  while (k <= last && k < cue + 8 && tokens[k]!.normal !== 'figures' && (/^(DET|ADJ|PROPN|NOUN|NUM|PART)$/.test(tokens[k]!.pos) || /^['’]s?$/.test(tokens[k]!.text))) k++;
  // (Not "figures from X" or "figures of a survey": the body or study they came from is read as the source giving them.)
  return k <= last && tokens[k]!.normal === 'figures' && !/^(from|of)$/.test(tokens[k + 1]?.normal ?? '');
}

/**
 * tokens[from…end) is a source ending in a gerund the tagger reads as a verb, with a modifier before
 * it: "according to weekly polling", not a lone "according to sailing".
 */
function gerundSource(tokens: Token[], from: number, end: number): boolean {
  return end - from >= 2 && /ing$/.test(tokens[end - 1]!.normal) && /^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[end - 2]!.pos);
}

/** A person's name in apposition after the source ending at tokens[end] (a comma), and where it ends. */
function namedAfterSource(tokens: Token[], end: number, last: number): { name: SpeakerPhrase; end: number } | null {
  if (tokens[end]?.text !== ',') return null;
  const nameEnd = sourceEnd(tokens, end + 1, last);
  const name = nameEnd > end + 1 ? classify(tokens, end + 1, nameEnd) : null;
  return name?.kind === 'person' && name.start === tokens[end + 1]!.start && name.end === tokens[nameEnd - 1]!.end ? { name, end: nameEnd } : null;
}

/** Where the source named after "according to" ends: at the clause's next break, within 15 words. */
function sourceEnd(tokens: Token[], from: number, last: number): number {
  let end = from;
  // (A plural's possessive is no quotation mark: "according to the farmers' union".)
  while (end <= last && end < from + 15 && (!isPhraseBreak(tokens[end]!) || (end > from && pluralPossessiveBeforeNoun(tokens, end)))) end++;
  return end;
}

/**
 * "CLAUSE, according to X." closes the sentence even when the name found in X is only part of it ("a
 * Harbor College/Ledger poll released Sunday") or an aside follows it ("…, according to the state
 * average - despite a primary win"): the source runs on to the clause's next break.
 */
export function accordingCloses(tokens: Token[], frame: Frame, lo: number, last: number): boolean {
  if (!frame.according) return false;
  let end = sourceEnd(tokens, frame.cueToken + 1, last);
  if (end > last - 4) return true;
  // "…, according to Lena Farrow, who said on air that …": a relative clause on the source (after its name
  // in apposition, "according to a correspondent, Lena Farrow, who …") still leaves the clause before it the source's.
  end = namedAfterSource(tokens, end, last)?.end ?? end;
  if (tokens[end]?.text === ',' && /^(who|which)$/.test(tokens[end + 1]?.normal ?? '')) return true;
  // "Grosses fell to $40,000, according to the League, roughly a third of what it needed.": a noun phrase set
  // after the source describes the figure before it, the writer's gloss; the clause before is still the source's.
  if (tokens[end]?.text === ',' && glossOnFigure(tokens, end + 1, last) && hasVerb(tokens, lo, frame.cueToken - 2)) return true;
  // (A frame closing a dash aside, "Voters - half of them, according to a poll - …", reports the aside only.)
  const dash = (t: Token | undefined) => /^(?:—|–|--|-)$/.test(t?.text ?? '');
  return dash(tokens[end]) && !tokens.slice(lo, frame.cueToken).some(dash);
}

/** Words of rough measure a figure's gloss may open with, whatever their tag: "about twice what …". */
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'over', 'under', 'some']);

/** Words after which a verb belongs to a clause inside the noun phrase: "a third of what the show needed". */
const INNER_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['what', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'to', 'for', 'than']);

/**
 * tokens[from, last] are a noun phrase with no verb of its own up to the sentence's end: "roughly a third of what the
 * show needed", "the most of any candidate by far", "more than twice what it projected". Not a clause ("the show
 * needed more", "30,290 are Democrats") nor one joined by a conjunction ("and the show …").
 */
function glossOnFigure(tokens: Token[], from: number, last: number): boolean {
  if (from > last || !(/^(ADV|DET|NUM|ADJ)$/.test(tokens[from]!.pos) || APPROXIMATORS.has(tokens[from]!.normal))) return false;
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (INNER_CLAUSE_OPENERS.has(t.normal)) return k > from;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'PRON' || /^[,;:(]$/.test(t.text)) return false;
  }
  return true;
}

/**
 * "That’s according to county filings." / "This is according to the newest poll.": a sentence of its own
 * pointing back, whose source reports the sentence before it.
 */
export function accordingToBefore(view: TokenView, lo: number, last: number, earlier: Sentence): IndirectQuote | null {
  const tokens = view.tokens;
  let k = lo;
  if (!/^(that|this)$/.test(tokens[k]?.normal ?? '')) return null;
  k++;
  if (tokens[k]?.lemma !== 'be') return null;
  k++;
  if (tokens[k]?.normal === 'all') k++;
  if (k > last) return null; // "That was" ending a cut-off article
  const frame = accordingToSource(view, k, last);
  if (!frame) return null;
  let end = earlier.tokenEnd - 1;
  while (end > earlier.tokenStart && tokens[end]!.pos === 'PUNCT') end--;
  if (end - earlier.tokenStart < 3 || !hasVerb(tokens, earlier.tokenStart, end)) return null;
  return { start: tokens[earlier.tokenStart]!.start, end: tokens[end]!.end, frame };
}

/**
 * After "said in Dover," an account names where the frame came from, not what was said: "said in
 * Dover, according to a recording of the talk, that …" reports from "that" on, "said in Dover,
 * according to a recording." reports nothing.
 */
export function accountOfFrame(tokens: Token[], k: number): boolean {
  return tokens[k]?.normal === 'according' && tokens[k + 1]?.normal === 'to';
}

/** A sentence opening with "According to": its source is the one reporting what follows. */
const OPENS_ACCORDING = /^according\s+to\s/i;
const RELATIVE_SUBJECT = /^(?:who|whose|which)\b/i;

/**
 * "According to the Ledger, whose critics had predicted a flop, the film …": a relative clause on the source
 * is an aside about it, not a report of the sentence; its cue ("predicted") inside the clause it would report
 * reads the whole sentence, opener and all, as its content. True for such a report.
 */
export function asideOnAccordingSource(q: IndirectQuote, text: string): boolean {
  return OPENS_ACCORDING.test(text.slice(q.start, q.start + 20)) && q.frame.cueStart > q.start && q.frame.cueStart < q.end && RELATIVE_SUBJECT.test(q.frame.speaker.text);
}

/**
 * The cue at tokens[cue] stands in a relative clause on an opening "According to X," source: "According to the
 * coach, who told reporters A, B." The source's sentence resumes with a subject of its own after the clause,
 * so the cue's content ends at that comma (clause-ends endOfSubordinateClause), not at a bare verb.
 */
export function inRelativeOnAccordingSource(tokens: Token[], cue: number, lo: number): boolean {
  let k = cue - 1;
  while (k > lo && /^(ADV|AUX)$/.test(tokens[k]!.pos)) k--;
  if (!/^(who|which)$/.test(tokens[k]?.normal ?? '') || tokens[k - 1]?.text !== ',') return false;
  const first = tokens[lo]?.pos === 'CCONJ' ? lo + 1 : lo;
  return tokens[first]?.normal === 'according' && tokens[first + 1]?.normal === 'to' && tokens.slice(first + 2, k - 1).every((t) => t.text !== ',');
}

let dataNouns: Set<string> | undefined;

/** A noun for gathered numbers: "data", "figures", "estimates" (data/context-words.json data_source_nouns). */
function dataSourceNoun(word: string): boolean {
  dataNouns ??= new Set(contextWords('data_source_nouns'));
  return dataNouns.has(word);
}

/**
 * "…, according to Reuters data": an outlet's name read as the source with a noun for numbers right after it
 * gives the data as the source, the whole phrase (as PolNeAR annotates it), and no outlet. For a frame whose
 * source phrase stopped before the noun (accordingToSource reads one that takes it in).
 */
export function withDataSource(view: TokenView, frame: Frame | null): Frame | null {
  if (!frame?.according) return frame;
  const k = view.tokenAtOrAfter(frame.speaker.end);
  if (k < 0) return frame;
  const data = outletDataSource(view.tokens, frame.speaker, view.tokenAtOrAfter(frame.speaker.phraseStart ?? frame.speaker.start), k);
  return data ? { ...frame, speaker: data, outlet: null } : frame;
}

/**
 * The one "OUTLET data" rule: an outlet's name as the source phrase from tokens[from] and a data noun at
 * tokens[dataAt] give the phrase through the noun as the source, nobody's speaker (the outlet only
 * gathered the numbers); or null.
 */
function outletDataSource(tokens: Token[], source: SpeakerPhrase, from: number, dataAt: number): SpeakerPhrase | null {
  if (source.kind !== 'outlet' || !tokens[dataAt] || !dataSourceNoun(tokens[dataAt]!.normal)) return null;
  return description(tokens, from, dataAt + 1);
}
