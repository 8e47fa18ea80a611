import { pictureShowing } from './picture-showing.js';
import type { MarkedSpan } from '../../text/quotation-marks.js';
import type { TokenView } from '../frame.js';
import { SpanIndex } from '../../text/span-index.js';
import { nominalReport } from '../nominal.js';
import { statedAttitude } from '../attitude.js';
import { madeSpeechAct } from '../made.js';
import { inOwnersView, ownedStance, toOwnersMind } from '../stance.js';
import { accordingToBefore, asideOnAccordingSource } from './according-to.js';
import { reportsByCue } from './cue-reports.js';
import { notAReportCue, particleInsideReport } from './not-report-cues.js';
import { evidenceCloser, evidenceOpener, inPoll } from './evidence.js';
import { addObjectCueReports } from './object-cues.js';
import { withoutAdverbialContent } from './adverbial-content.js';
import { withoutGappedRelativeHosts } from './gapped-relative.js';
import { withConjoinedThatSpeaker } from './conjoined-that.js';
import { withSecondThatClauses } from './second-that-clauses.js';
import { withoutInnerRequests } from './inner-requests.js';
import { clearOf } from './quotation-context.js';
import { objectThenThat } from './content-after-cue.js';
import { cueLemma } from '../frame.js';
import { documentLike, evidenceLike } from '../speaker.js';
import { overlapsFrom, reportSentence, type IndirectQuote, type ReportSentence } from './report-sentence.js';
import { withClosedQuotations } from './closing-marks.js';
import { withoutDeniedAppositive } from './denied-appositive.js';
import { withoutRestatedTrailingCue } from './restated-cue.js';
import { ownerInReportedClause } from './inside-reported-clause.js';
import { withoutSufferedConditions } from './suffered-conditions.js';
import { withoutNounModifierCues } from './noun-modifier-cues.js';
import { withoutInanimateInferences } from './inanimate-inferences.js';
import { displayedEvidence } from './displayed-evidence.js';
import { placeRelativeContent } from './place-relative-content.js';
import { leadInParticiple } from './lead-in-participles.js';
import { endBeforeNextFrame } from './semicolon-next-report.js';
import { withoutInnerToldAccounts } from './inner-told-reports.js';
import { thingRequest } from './thing-requests.js';
import { enclosingReports } from './enclosing-reports.js';
import { synopsisDiscovery } from './synopsis-discoveries.js';
import { withoutNextActInContent } from './next-act-reports.js';
import { futureSpeechOnTopic } from './future-speech.js';
import { scoopRelative } from './scoop-relatives.js';
import { earlierWishOrExpectation } from './wishes.js';
import { endBeforeFramedContent } from './frame-asides.js';
import { endTopicAtNewClause } from './topic-object-ends.js';


/**
 * Reported speech without quotation marks: "X said (that) …", "X told OUTLET (that) …",
 * "…, X said.", "according to X, …" / "…, according to X.", "X reports that …".
 */
export function findIndirect(view: TokenView, marked: MarkedSpan[], headline: (paragraph: number) => boolean = () => false): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  const marks = new SpanIndex(marked, (m) => m.open, (m) => m.end);
  for (const [index, s] of view.sentences.entries()) {
    if (headline(s.paragraph)) continue; // "Star Recalls Night Out With Her Co-Star" is a headline, not a report
    const sentence = reportSentence(view, marks, s);
    const found = reportsByCue(sentence);
    addAccountReports(sentence, found, index, headline, marks);
    addNominalReports(sentence, found);
    const sentenceStart = out.length;
    out.push(...found.sort((a, b) => a.start - b.start || b.end - a.end));
    addAttitudes(sentence, out, sentenceStart);
    addObjectCueReports(sentence, found, out);
  }
  // Document order, as the quote stage merges these with the quotations.
  const text = view.doc.article.text;
  // (Content never opens on a comma and a conjunction: "Hale agreed, and Lee said nothing" reports nothing.)
  // (Nor is a condition suffered, a participle on a noun or a thing's inference inside a report: see their files.)
  const reports = withoutInanimateInferences(view, withoutNounModifierCues(view, withoutSufferedConditions(view, withoutAdverbialContent(view, endBeforeNextFrame(view, out))))).filter((q) => !COORDINATED_OPENING.test(text.slice(q.start, q.start + 12)) && !coordinatedAfterComma(text, q) && !asideOnAccordingSource(q, text) && !pictureShowing(view.tokens, q.frame.cueToken) && !notAReportCue(view.tokens, q.frame.cueToken) && !noReportInShape(view, q));
  const kept = withoutInnerToldAccounts(view, reports.filter((q) => !particleInsideReport(view.tokens, reports, q)));
  const sentenceEnd = (offset: number) => view.sentence(view.tokenAtOrAfter(offset)).end;
  // ("said A, and that B" is two reports of one frame: see second-that-clauses.ts.)
  // (A report running on into its speaker's next report is cut or dropped: see next-act-reports.ts.)
  // (… and a report's content ends before another's content, or a new clause after its topic: see their files.)
  return endTopicAtNewClause(view, endBeforeFramedContent(view, withoutNextActInContent(view, withoutDeniedAppositive(withClosedQuotations(withSecondThatClauses(view, withConjoinedThatSpeaker(withoutInnerRequests(view, withoutInnerFindings(withoutRelativeOnInnerObject(view, withoutGappedRelativeHosts(withoutRestatedTrailingCue(kept, text), text)))), text), marks), text).filter((q) => !COLON_AND_QUOTATION.test(text.slice(q.start, q.end))), text, sentenceEnd)))).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Shapes in which a cue reports nothing: a sight shown, a place's relative clause, a lead-in's participle, a thing's request, a plot's discovery, a future act of speaking on a topic, an earlier wish, a source's scoop (see their files). */
function noReportInShape(view: TokenView, q: IndirectQuote): boolean {
  return displayedEvidence(view, q) || placeRelativeContent(view, q) || leadInParticiple(view, q) || thingRequest(view, q) || synopsisDiscovery(view, q) || futureSpeechOnTopic(view, q) || earlierWishOrExpectation(view, q) || scoopRelative(view, q);
}

const COORDINATED_OPENING = /^[,;]\s*(?:and|but|or|so|yet|while|whereas)\b/;
/**
 * "Fans have long speculated about a feud, and a concert seated them apart": when the cue's complement is a
 * topic ("about …", "over …"), the clause after its comma and a conjunction is the writer's next clause, not
 * the cue's content. (After a parenthetical cue or a quotation, "It was, he said, “a detour”, and the firm
 * would …", the clause goes on with what was said, and is kept; so is a second that-clause, "…, and that …".)
 */
function coordinatedAfterComma(text: string, q: IndirectQuote): boolean {
  const between = text.slice(q.frame.cueEnd, q.start);
  return q.frame.cueEnd <= q.start && /^\s+(?:about|over|on|of)\s[^,“”"]*,\s*$/.test(between) && /^(?:and|but|or|yet)\s+(?!that\b)/.test(text.slice(q.start, q.start + 12));
}
/** Content that is only a colon and a quotation ("agreed: “Fine.”"): the quotation is the direct quote, nothing is reported besides. */
const COLON_AND_QUOTATION = /^:\s*[“"][^“”"]*[”"][.!?]?$/;

/** Reports whose source is an account around the clause: the sentence before, a survey, a poll. */
function addAccountReports(sentence: ReportSentence, found: IndirectQuote[], index: number, headline: (paragraph: number) => boolean, marks: SpanIndex<MarkedSpan>): void {
  const { view, tokens, s, last, quotes } = sentence;
  // "That’s according to county filings.": the sentence before is the report.
  const earlier = index > 0 ? view.sentences[index - 1]! : null;
  const backward = earlier && !found.length && !headline(earlier.paragraph) ? accordingToBefore(view, s.tokenStart, last, earlier) : null;
  if (backward && !marks.overlapping(backward.start, backward.end).length) found.push(backward);
  // "In a county survey published Monday, CLAUSE": the survey reports the clause.
  // … or closing it, when no frame inside reports the clause already.
  const inEvidence = evidenceOpener(view, s.tokenStart, last) ?? (found.length ? null : evidenceCloser(view, s.tokenStart, last) ?? inPoll(view, s.tokenStart, last));
  if (inEvidence && !found.some((q) => q.start === inEvidence.start) && !(quotes.length && clearOf(tokens, [view.tokenAtOrAfter(inEvidence.start), last], quotes) === null)) found.push(inEvidence);
}

/**
 * "Lee said she had written a poem for the launch that she would never print": inside another report's
 * content, a cue's object (a determiner and its noun, a phrase of place or purpose after it) followed by
 * "that" takes a relative clause on that noun; the words after "that" are no second report. (Not after a
 * verb that takes a listener, "she told the board that she would resign": its object is the hearer, the
 * that-clause the report.)
 */
function withoutRelativeOnInnerObject(view: TokenView, reports: IndirectQuote[]): IndirectQuote[] {
  const tokens = view.tokens;
  const enclosed = enclosingReports(reports);
  return reports.filter((q) => {
    if (!enclosed(q.frame.cueStart, true, q.end, q)) return true;
    const cue = q.frame.cueToken;
    if (objectThenThat(cueLemma(tokens[cue]!))) return true;
    const that = view.tokenAtOrAfter(q.start) - 1;
    if (tokens[that]?.normal !== 'that' || that - cue < 3 || tokens[cue + 1]!.pos !== 'DET' || tokens[that - 1]!.pos !== 'NOUN') return true;
    for (let j = cue + 2; j < that; j++) if (!/^(DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(tokens[j]!.pos)) return true;
    return false;
  });
}

/** Report nouns: "his claim that …". */
function addNominalReports(sentence: ReportSentence, found: IndirectQuote[]): void {
  const { tokens, s, last, quotes, inQuote, scan } = sentence;
  // "his claim that …", "the agency's warning that …": a report noun's that-clause, beside the reports found.
  for (let i = s.tokenStart; i < last; i++) {
    const nominal = nominalReport(tokens, i, s.tokenStart, last, scan);
    if (!nominal || (quotes.length && inQuote(i))) continue;
    const start = tokens[nominal.from]!.start;
    const end = tokens[nominal.to]!.end;
    if (overlapsFrom(found, 0, start, end)) continue;
    found.push({ start, end, frame: nominal.frame });
    i = nominal.to;
  }
}

/** Stated attitudes, speech acts made and stances owned: "X is confident that …", "X made a plea for …", "X's decision to …". */
function addAttitudes(sentence: ReportSentence, out: IndirectQuote[], sentenceStart: number): void {
  const { view, tokens, s, last, quotes, inQuote } = sentence;
  // ("She added that the companies' plan to … was “…”": a stance owned inside a reported clause is the reporter's account.)
  const owned = (i: number) => {
    const stance = ownedStance(tokens, i, s.tokenStart, last);
    return stance && !ownerInReportedClause(tokens, view.tokenAtOrAfter(stance.frame.speaker.phraseStart ?? stance.frame.speaker.start), s.tokenStart) ? stance : null;
  };
  // "X has been critical of the levy", "X is confident that …": a stated attitude and what it is about.
  for (let i = s.tokenStart; i < last; i++) {
    const attitude = statedAttitude(tokens, i, s.tokenStart, last) ?? madeSpeechAct(tokens, i, s.tokenStart, last) ?? owned(i) ?? inOwnersView(tokens, i, s.tokenStart, last) ?? toOwnersMind(tokens, i, s.tokenStart, last);
    if (!attitude || (quotes.length && (inQuote(i) || inQuote(attitude.to)))) continue;
    const start = tokens[attitude.from]!.start;
    const end = tokens[attitude.to]!.end;
    // (Only this sentence's reports can overlap it: a scan of every report so far grew with the article.)
    if (overlapsFrom(out, sentenceStart, start, end)) continue;
    out.push({ start, end, frame: attitude.frame });
    i = attitude.to;
  }
}

/**
 * "Lee said an audit had found that the fund was short": a finding of a document or study reported inside
 * another report's content is part of what the outer speaker said, no second report (the own sets' gold
 * keeps only the outer one). A person's report inside stays: "Lee said Reed told her that …".
 */
function withoutInnerFindings(reports: IndirectQuote[]): IndirectQuote[] {
  return reports.filter((q) => !(documentSource(q.frame) && reports.some((outer) => outer !== q && outer.start <= q.frame.speaker.start && outer.end >= q.end)));
}

function documentSource(frame: IndirectQuote['frame']): boolean {
  return frame.speaker.kind === 'anonymous' && (evidenceLike(frame.speaker) || documentLike(frame.speaker));
}
