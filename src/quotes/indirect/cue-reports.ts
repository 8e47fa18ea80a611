import type { Token } from '../../types.js';
import { afterDateline, cueAt, cueLemma, frameAtToken, frameForCue, hasVerb, negated, outletNear, type Frame, type TokenView } from '../frame.js';
import { isQuoteMark, personLike } from '../speaker.js';
import { documentLike, evidenceLike } from '../described-speakers.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { reportedByOutlet } from '../passive.js';
import { accordingToSource, withDataSource, accountAfter, inRelativeOnAccordingSource, bareFiguresSource, translationOpener, translationTail } from './according-to.js';
import { accountOfInnerReport } from './inner-report-account.js';
import { cueInGappedRelative, predicateOpening } from './gapped-relative-frames.js';
import { endBeforeSubjectMainVerb } from './subject-relative.js';
import { cueInIndefiniteApposition, endBeforeContrast, endBeforeSummingApposition, endOfRelativeClause, endOfSubordinateClause, insideSubordinateClause, relativeOnSpeaker } from './clause-ends.js';
import { participleAfterComma, subjectAndCueAt } from './clause-openers.js';
import { clauseAfterParentheticalFrame, contentOf } from './content.js';
import { interviewAfter } from './interview-tail.js';
import { accountOutlet, closingAccountTail } from './account-tail.js';
import { TELL_LIKE, predicateResumes } from './content-after-cue.js';
import { hearerOutletAfterCue } from './hearer-outlet.js';
import { asReported, openingParticipleReport } from './opening-frames.js';
import { clearOf, noClauseAfterQuotation, speechActAfterQuotation, throughOpenQuotation } from './quotation-context.js';
import { hasCueToken, hasSpan, someInQuote, type IndirectQuote, type ReportSentence } from './report-sentence.js';
import { infinitiveAfterParticiple, participleOfClause, participleOfFrame, purposeOfAnonymity, withCoordinatedSubject, withListedVerbSubject } from './shared-subjects.js';
import { elliptical, groupOwnViewClause, inRelative, quantifierClause, schedulingVerbIn, shortClause, twoWordClause, verbReadAsNoun } from './short-content.js';
import { withSpeakerBefore, withSpeakerBeforeTime } from './speaker-before-cue.js';
import { endBeforeWithheldDetails } from './withheld-details.js';
import { endBeforeWriterGloss } from './writer-gloss.js';
import { endBeforeSecondPredicate } from './second-predicate.js';
import { endBeforeConsequence } from './consequence-tail.js';
import { withAbsoluteSubject } from './absolute-with-subject.js';
import { withPublisher } from './published-by.js';
import { withOutletModifiedSource } from './outlet-named-source.js';
import { insideAskedQuestion } from './asked-questions.js';
import { insideHeardClause } from './heard-clauses.js';
import { refusedQuestion } from './refused-comment.js';
import { emptyFrame, indefiniteObject } from './no-report-frames.js';
import { isRoleWord, PERSONAL_SUBJECTS, SIMULTANEOUS_CONTRASTS } from '../../nlp/words.js';

/** Joiners that concede a second clause to the first: "…, though he said …". */
const CONCEDING_JOINERS: ReadonlySet<string> = new Set(['though', 'although']);
import { DASH } from '../sentence-scan.js';
import { notAReportCue } from './not-report-cues.js';
import { negatedStanceAt } from './negated-stance.js';
import { endBeforeOtherPersonAct } from './other-person-act.js';
import { clauseAfterClosedReport } from './second-closing-frame.js';
import { verbsOnlyInTrailingRelative } from './trailing-relative.js';
import { endBeforeWhichReportTail, whichTailOnOwnReport } from './which-tail.js';

/** Reports of the sentence's report cues, in the order of their cues: "X said (that) …", "…, X said". */
export function reportsByCue(sentence: ReportSentence): IndirectQuote[] {
  const { view, tokens, articleText: text, s, last, quotes, inQuote, inNamedTitle } = sentence;
  const found: IndirectQuote[] = [];
  // The cue resumed after an aside that held a quotation ("X, who told Reuters she would “…,” said …").
  let resumed = -1;
  for (let i = s.tokenStart; i <= last; i++) {
    // (The quotation and title tests first: cheap lookups in the sentence's few marks, they spare cueAt and
    // notAReportCue the tokens inside quotation marks; all three only skip the token, so the order changes nothing.)
    if ((quotes.length && inQuote(i)) || inNamedTitle(i)) continue;
    if (!cueAt(tokens, i, 'report')) continue;
    if (notAReportCue(tokens, i)) continue;
    // "“…,” she said on Tuesday, adding that …": a participle already reported as the act after a quotation
    // (speechActAfterQuotation) is not reported again from its own cue.
    if (hasCueToken(found, i)) continue;
    // "Asked whether she believed the plan would work, …": the asker's question, no report of hers.
    if (insideAskedQuestion(tokens, i, s.tokenStart) || insideHeardClause(tokens, i, s.tokenStart)) continue;
    // "declined to say whether …": a question left unanswered reports no words.
    if (refusedQuestion(tokens, i)) continue;
    if (purposeOfAnonymity(tokens, i)) continue;
    const asReport = found.length ? null : asReported(tokens, i, s.tokenStart, last);
    if (asReport && !(quotes.length && clearOf(tokens, [view.tokenAtOrAfter(asReport.start), last], quotes) === null)) {
      found.push(asReport);
      i = view.tokenAtOrAfter(asReport.start) - 1;
      continue;
    }
    const opening = found.length ? null : openingParticipleReport(view, i, s.tokenStart, last);
    if (opening && !(quotes.length && clearOf(tokens, [view.tokenAtOrAfter(opening.start), view.tokenAtOrAfter(opening.end) - 1], quotes) === null)) {
      found.push(opening);
      continue;
    }
    const byOutlet = found.length ? null : outletReport(sentence, i);
    if (byOutlet) {
      found.push(byOutlet);
      continue;
    }
    let frame = withSpeakerBeforeTime(view, i, s.tokenStart, frameForCue(view, i, s.tokenStart, s.tokenEnd, 'report'));
    // "A, the agency said, adding that B": a participle after a frame shares its speaker.
    const before = found[found.length - 1]?.frame;
    if (!frame && before && /ing$/.test(tokens[i]!.normal) && tokens[i - 1]?.text === ',' && i - 1 - Math.max(before.cueToken, view.tokenAtOrAfter(before.speaker.end) - 1) <= 1) {
      frame = frameAtToken(tokens, i, before.speaker, { outlet: before.outlet, distant: true });
    }
    frame = withSpeakerBefore(view, i, s.tokenStart, frame) ?? accordingToSource(view, i, last) ?? participleOfFrame(view, i, s.tokenStart) ?? participleOfClause(tokens, i, s.tokenStart) ?? infinitiveAfterParticiple(view, i, s.tokenStart);
    // "According to court filings, Ames and Rook had met …": a name joined by "and" after the source's comma
    // is the clause's subject, not a speaker in apposition to the source.
    if (frame?.according && coordinatedSubjectAfterSource(view, frame, last)) frame = accordingToSource(view, i, last);
    frame = withPublisher(tokens, withOutletModifiedSource(view, withDataSource(view, frame), last), last);
    frame = withCoordinatedSubject(tokens, i, s.tokenStart, frame);
    frame = withListedVerbSubject(view, i, s.tokenStart, frame);
    // "…, with fans flooding social media to complain that …": the noun of the "with" phrase speaks.
    frame = withAbsoluteSubject(tokens, i, s.tokenStart, frame);
    if (!frame || emptyFrame(tokens, frame, s.tokenStart)) continue;
    // A cue inside an earlier report's content whose speaker stands before that content is a misreading:
    // "Holm, who told the BBC that ministers, not surprisingly, said no, is …" (the relative clause runs on).
    if (found.some((q) => q.start <= tokens[i]!.start && q.end >= tokens[i]!.end && frame!.speaker.end <= q.start && q.frame.cueToken < i && relativeOnSpeaker(tokens, q.frame.cueToken, s.tokenStart))) continue;
    // (A tell-like cue's own hearer outlet wins over one found further on: "X, who warned the Guardian that A,
    // then told the Times that B" gave A to the Guardian.)
    const hearerOutlet = TELL_LIKE.has(cueLemma(tokens[frame.cueToken]!)) && relativeOnSpeaker(tokens, i, s.tokenStart) ? hearerOutletAfterCue(text, tokens, frame.cueToken, last) : null;
    if (hearerOutlet && frame.outlet !== hearerOutlet) frame = { ...frame, outlet: hearerOutlet };
    if (frame.according && bareFiguresSource(tokens, frame.cueToken, last)) continue;
    const translation = frame.according ? translationOpener(tokens, i, last) : null;
    // (Elsewhere, "X said A, according to a translation by Reuters", the words are X's.)
    if (translation && (i !== s.tokenStart || cueWithWordsAfter(tokens, frame.cueToken + 1, last))) continue;
    // (A translation opening the sentence reports the clause after it, carried by the outlet that translated.)
    if (translation && !frame.outlet && translation.outlet) frame = { ...frame, outlet: translation.outlet };
    // (The aside's outlet got the aside's words, a separate occasion: only an outlet from the resumed cue on counts.)
    if (i === resumed && frame.outlet && relativeAsideAfter(tokens, view.tokenAtOrAfter(frame.speaker.end))) frame = { ...frame, outlet: outletNear(tokens, i, last + 1) };
    // (… so too without a quotation: "Smith, who told Reuters that …, now says B": B was not told to Reuters.)
    // (Only when the aside reported words of its own to the outlet: "X, who spoke to The Verge, said B" was B's occasion.)
    else if (frame.outlet && outletInRelativeAside(view, frame, i, s.tokenStart) && found.some((q) => q.frame.outlet === frame!.outlet && q.frame.cueToken < i && q.frame.cueStart >= frame!.speaker.end)) frame = { ...frame, outlet: outletNear(tokens, i, last + 1) };
    // An answer withheld is a person's: "the bill never said where the funds …" reports nothing.
    // … and "I don't think …" outside quotation marks is the writer's own aside, not a belief reported.
    if (negated(tokens, i) && (!personLike(frame.speaker) || /^(i|we)$/i.test(frame.speaker.text))) continue;
    let content = contentOf(tokens, frame, s.tokenStart, last, i);
    // "A, the company announced, as employees complained": a clause before the cue that another frame inside it
    // already closes is that frame's report; the "as" clause after it tells when, it is no account of A.
    // (A clause of its own after that frame's comma is this frame's report: "A, KING-TV reported, while B, the Sun-Times reported".)
    if (content && content[1] < frame.cueToken) {
      const after = clauseAfterClosedReport(tokens, found, content, frame.cueToken);
      if (after === null) continue;
      if (after) content = after;
    }
    // "She rejected the idea that A, which critics had suggested": the tail's "which" is A, not her rejecting.
    if (content && whichTailOnOwnReport(tokens, frame, content)) continue;
    // "Lee said something the cameras missed": an indefinite object, no clause reported.
    if (content && content[0] === frame.cueToken + 1 && indefiniteObject(tokens, content[0], content[1])) content = null;
    if (translation && content && content[0] <= translation.end) content = translation.end < content[1] ? [translation.end + 1, content[1]] : null;
    // "According to filings, Ames and Rook argued outside": an "according to" phrase is a source, never the content.
    if (content && content[1] < frame.cueToken && cueAt(tokens, content[0], 'report')?.according) continue;
    // "told CNN, before adding that he …": the clause is what the later participle of speech said.
    const added = content ? connectedParticipleCue(tokens, frame.cueToken, content[0]) : -1;
    if (added > 0) frame = frameAtToken(tokens, added, frame.speaker, { outlet: frame.outlet, distant: true });
    if (content && quotes.length && noClauseAfterQuotation(tokens, frame, content[0], s.tokenStart, last)) {
      // (… but a participle of speech further on names what the speaker did in saying it.)
      const act = speechActAfterQuotation(tokens, frame.cueToken, last);
      const start = act ? tokens[act[1]]!.start : -1;
      const end = act ? tokens[act[2]]!.end : -1;
      if (act && !someInQuote(inQuote, act[1], act[2]) && !hasSpan(found, start, end)) found.push({ start, end, frame: frameAtToken(tokens, act[0], frame.speaker, { outlet: frame.outlet, distant: true }) });
      content = null;
    }
    // "VALMORA (Reuters) - Rain forced …, officials said": the dateline is no part of what was said.
    if (content && content[0] === s.tokenStart) content = [Math.max(content[0], afterDateline(view, s)), content[1]];
    // (Cut before the quotations are looked at: the main clause after it may hold one of its own.)
    if (content && insideSubordinateClause(tokens, frame.cueToken, s.tokenStart, content[0])) content = [content[0], endOfSubordinateClause(tokens, content[0], content[1])];
    if (content && (relativeOnSpeaker(tokens, i, s.tokenStart) || cueInIndefiniteApposition(tokens, i, s.tokenStart))) content = [content[0], inRelativeOnAccordingSource(tokens, i, s.tokenStart) ? endOfSubordinateClause(tokens, content[0], content[1]) : endOfRelativeClause(tokens, content[0], content[1])];
    // (… and a restrictive "who" clause on the sentence's subject ends at the main verb: "Residents who said they heard shots were interviewed".)
    if (content && content[0] > frame.cueToken) content = [content[0], endBeforeSubjectMainVerb(tokens, frame.cueToken, s.tokenStart, content[0], content[1])];
    // (… and a report inside a relative clause whose subject is the speaker: "The plan, which she said was rushed, passed".)
    const gapped = !!content && content[0] === frame.cueToken + 1 && predicateOpening(tokens[content[0]]!) && !relativeOnSpeaker(tokens, i, s.tokenStart) && cueInGappedRelative(tokens, frame.cueToken, s.tokenStart);
    if (content && gapped) content = [content[0], endOfRelativeClause(tokens, content[0], content[1])];
    // (Only content after its cue: the clause that follows it is the speaker's next act.)
    if (content && content[0] > frame.cueToken) content = [content[0], endBeforeWithheldDetails(tokens, frame.cueToken, content[0], content[1])];
    if (content && content[0] > frame.cueToken) content = [content[0], endBeforeWriterGloss(tokens, content[0], content[1])];
    // (… and it ends before a contrast the writer adds: "said A, while B favored C".)
    if (content && content[0] > frame.cueToken) content = [content[0], endBeforeContrast(tokens, content[0], content[1])];
    // … and before an apposition summing it up under a cue of its own: "said A, a move she called “B”".
    if (content && content[0] > frame.cueToken) content = [content[0], endBeforeSummingApposition(tokens, content[0], content[1])];
    // … and before a tail crediting it to others: "said A, which critics had suggested".
    if (content && content[0] > frame.cueToken) content = [content[0], endBeforeWhichReportTail(tokens, content[0], content[1])];
    // … and before a second act of the speaker's: "said A, but cautioned against B", "said A, warning that B".
    if (content && content[0] > frame.cueToken) content = [content[0], endBeforeSecondPredicate(tokens, frame.cueToken, content[0], content[1])];
    // … and before another person's act the writer goes on to: "told them A, and Ashby backed him".
    if (content && content[0] > frame.cueToken) content = [content[0], endBeforeOtherPersonAct(tokens, content[0], content[1])];
    // … and before what the report led to: "announced A, setting off a scramble".
    if (content && content[0] > frame.cueToken) content = [content[0], endBeforeConsequence(tokens, content[0], content[1])];
    if (content && quotes.length) {
      const whole = content;
      content = clearOf(tokens, content, quotes);
      // The cue's content holds the quotation: a cue inside it reports no more than the quote does,
      // until a new clause after the quotation ("… that the fund is “empty” and says she will …").
      if (!content) {
        const a = tokens[whole[0]]!.start;
        const closes = quotes.filter((m) => m.close >= a).map((m) => Math.max(m.end, m.close + 1));
        const after = closes.length ? view.tokenAtOrAfter(Math.min(...closes)) : last + 1;
        // (Not after a quotation introduced by a comma or colon, whose own frame may follow it: "he
        // warned, “…,” Lee told the Herald".)
        const opens = quotes.filter((m) => m.close >= a).map((m) => m.open);
        const midClause = opens.length > 0 && !/[,:]\s*$/.test(text.slice(Math.max(0, Math.min(...opens) - 3), Math.min(...opens)));
        let next = -1;
        for (let k = Math.max(after, i + 1); k <= last; k++) {
          // … or a participle after a comma: "“…,” Ms. Lee said, noting that …".
          // … or "while" or "whereas" after a comma, contrasting a second speaker: "…,” while Y told Z that …".
          // (The comma may sit inside the closing mark, as below.)
          const contrast = SIMULTANEOUS_CONTRASTS.has(tokens[k]!.normal) && (tokens[k - 1]?.text === ',' || (isQuoteMark(tokens[k - 1]!) && tokens[k - 2]?.text === ','));
          // … or "then" and a verb after a comma, a next act listed as "and" lists it: "…,” then told the Herald …".
          const thenAct = tokens[k]!.normal === 'then' && tokens[k + 1]?.pos === 'VERB' && (tokens[k - 1]?.text === ',' || (isQuoteMark(tokens[k - 1]!) && tokens[k - 2]?.text === ','));
          if (/^(and|but)$/.test(tokens[k]!.normal) || contrast || thenAct || tokens[k]!.text === ';' || participleAfterComma(tokens, k + 1)) { next = k; break; }
          // … or a main clause with its own subject and cue after a comma: "Although Lee admitted that
          // the pier was “a mess,” she insisted it would open".
          // (The comma may sit inside the closing mark: "… “a mess,” she insisted …".)
          const afterComma = tokens[k - 1]?.text === ',' || (isQuoteMark(tokens[k - 1]!) && tokens[k - 2]?.text === ',');
          if (midClause && afterComma && subjectAndCueAt(tokens, k, last)) { next = k - 1; break; }
          // … or a concession with its own subject and cue, as "but" after it: "wrote that revivals “…,” though he
          // said the chemistry was undeniable".
          if (afterComma && CONCEDING_JOINERS.has(tokens[k]!.normal) && subjectAndCueAt(tokens, k + 1, last)) { next = k; break; }
          // … or a contrast with another speaker's report: "X said A was “…,” while Y, the budget
          // chair, told the Ledger that B".
          if (midClause && afterComma && contrastWithReport(tokens, k, last)) { next = k; break; }
        }
        if (next < 0) {
          // (… but the sentence's own cue right after the quotation is still read: "X, who said he would
          // “…,” said at a rally that B" reports B. Not a cue further on, inside the clause that holds the
          // quotation: "ruled that it was “…” to whether Lee knew the money was gone".)
          const resume = resumingCue(tokens, after, last);
          if (resume <= i) break;
          resumed = resume;
          i = resume - 1;
          continue;
        }
        // "said that A “…,” and that B": the second that-clause is a report of its own, same speaker and cue.
        const second = secondThatClause(sentence, next, frame);
        if (second) found.push(second);
        // (A request inside that clause is part of what the speaker said: "and that the union would ask the court
        // to …". A report inside it is read on as its own too: "and that Mayor X had told her it would end".)
        const nested = second && reportCueIn(tokens, view.tokenAtOrAfter(second.start), view.tokenAtOrAfter(second.end) - 1, true);
        i = second && !nested ? Math.max(next, view.tokenAtOrAfter(second.end) - 1) : next;
        continue;
      }
    }
    if (!content) continue;
    // "X said A, according to a Reuters translation.": the rendering is no part of X's words.
    const rendered = translationTail(tokens, content[0], content[1]);
    if (rendered >= 0) content = [content[0], rendered - 1];
    // "The audit showed the fund was short, according to Lee": the whole clause is Lee's.
    const credited = found.length ? null : accountOfInnerReport(view, frame, content, s.tokenStart, last);
    if (credited) {
      found.push({ start: tokens[credited.content[0]]!.start, end: tokens[credited.content[1]]!.end, frame: credited.frame });
      break;
    }
    // "Lee said the pier will close, according to Reuters": the words reached the article through the
    // outlet. (The content keeps the account: PolNeAR's gold does, and cutting it lost 13 of 40 matches
    // on polnear_train.)
    const account = frame.outlet ? -1 : accountAfter(tokens, content[0], content[1]);
    const outlet = account >= 0 ? outletNear(tokens, account + 1, last + 1) ?? accountOutlet(tokens, account + 1, last + 1) : null;
    if (outlet) frame = { ...frame, outlet };
    const tail = closingAccountTail(view, content, s.tokenStart, last, !!outlet);
    if (tail >= 0) content = [content[0], tail - 1];
    // "X said A, in an interview with the Harbour Post.": the interview is the frame's, its outlet the words'.
    const interview = frame.outlet ? null : interviewAfter(tokens, content[0], content[1]);
    if (interview) {
      frame = { ...frame, outlet: interview.outlet };
      content = [content[0], interview.comma - 1];
    }
    // "The series returns on NBC in March, Lowe told Variety": a medium named inside words that come before
    // the frame is what they are about, not where they were said; only one after them counts.
    if (frame.outlet && !frame.according && outletOnlyInsideFrontedContent(view, frame, content, last)) frame = { ...frame, outlet: outletNear(tokens, content[1] + 1, last + 1) };
    const [from, to] = content;
    // (Before the later content is judged: "A, and Moss said only that she agreed" ends A at the comma
    // though "she agreed" is too short to keep.)
    const prev = found[found.length - 1];
    const prevEnd = prev?.end;
    if (prev && !(tokens[i - 1]?.normal === 'to' || !(cueLexicon().speech.has(cueLemma(tokens[i]!)) || tokens[from - 1]?.normal === 'that')) && !relativeInsideContent(view, frame, prev, to)) endBeforeLaterFrame(view, frame, prev, from);
    // "asked for a recount", "asked her about the budget": what is asked for or about needs no verb.
    const requested = cueLemma(tokens[frame.cueToken]!) === 'ask' && (tokens[from - 1]?.normal === 'for' || tokens[from]!.normal === 'about') && to > from;
    // (A noun phrase with a relative clause on it, after the cue, is an object, not a clause: "confirmed the
    // figure with two nurses, one of whom said …".)
    if (from > frame.cueToken && verbsOnlyInTrailingRelative(tokens, from, to)) continue;
    if (!elliptical(tokens, from, to) && !requested && ((to - from < 2 && !twoWordClause(tokens, from, to) && !quantifierClause(tokens, from, to) && !groupOwnViewClause(view, frame, from, to) && !gapped) || (to - from < 3 && !shortClause(tokens, from, to, inRelative(view, frame))) || !(hasVerb(tokens, from, to) || verbReadAsNoun(tokens, from, to) || (to < frame.cueToken && schedulingVerbIn(tokens, from, to))))) continue;
    const start = tokens[from]!.start;
    let end = tokens[to]!.end - (/^(?:no|yes|so|otherwise)\.$/i.test(tokens[to]!.text) ? 1 : 0); // "said no." keeps its stop on the word
    // "said she would campaign on “Care for All.”": content that opens a title or slogan ends with its
    // closing mark, not inside it.
    end = throughOpenQuotation(text, start, end, s.end);
    // (Cut back to the very clause this frame closes, an earlier report by a verb that is no speech verb,
    // inside that clause, was a misreading of it: "A, Dr Lee said" is Lee's, not a report by a verb in A.)
    if (prev && prev.end !== prevEnd && prev.start === start && prev.end === end && misreadInside(tokens, prev, start, end)) found.pop();
    if (hasSpan(found, start, end)) continue;
    // A further cue in the sentence is a speech verb or takes a that-clause, not an infinitive: "it is
    // fair to say …", "he at last agreed in March …" report nothing.
    if (found.length && (tokens[i - 1]?.normal === 'to' || !(cueLexicon().speech.has(cueLemma(tokens[i]!)) || tokens[from - 1]?.normal === 'that'))) continue;
    // … nor a finding only foretold inside an earlier report: "she said the state would show that A" is
    // her claim, A inside it, not a report by the state (a speech verb foretold, "would say", still is).
    if (foretoldInReport(tokens, frame.cueToken, found)) continue;
    // … nor a request relayed inside an earlier report: "the studio said Lee had asked for more time" or
    // "… had asked to leave" is the studio's account; Lee's words are not given.
    if (requestInsideReport(tokens, frame.cueToken, found)) continue;
    found.push({ start, end, frame });
    // "CLAUSE, she said, but CLAUSE.": the clause after the joiner is the frame's second report.
    const second = clauseAfterParentheticalFrame(tokens, frame, s.tokenStart, last, i);
    if (second && !someInQuote(inQuote, second[0], second[1])) found.push({ start: tokens[second[0]]!.start, end: tokens[second[1]]!.end, frame });
    // Further cues report their own content, often inside the first one's ("X says Y promised A
    // and said B"; "A, X said, adding that B").
    i = frame.cueToken;
  }
  return found.filter((q) => !shownThingInsideReport(view, found, q));
}

/**
 * "The scan showed a hairline crack, nurses said": a short noun phrase shown, inside another report, is part of
 * that report, no report of its own. (A record or document that shows is a source: "Memos show …"; and a shown
 * clause is still reported: "The trial showed a small benefit, not proof that the tonic heals, Dr Velt said".)
 */
function shownThingInsideReport(view: TokenView, found: IndirectQuote[], q: IndirectQuote): boolean {
  const tokens = view.tokens;
  const cue = q.frame.cueToken;
  if (cueLemma(tokens[cue]!) !== 'show' || evidenceLike(q.frame.speaker) || documentLike(q.frame.speaker)) return false;
  const from = view.tokenAtOrAfter(q.start);
  const to = view.tokenAtOrAfter(q.end) - 1;
  if (from !== cue + 1 || to - from > 5 || hasVerb(tokens, from, to)) return false;
  return found.some((o) => o !== q && o.start <= tokens[cue]!.start && o.end >= q.end);
}

/**
 * "According to a Reuters translation, X said …": X's report, carried by Reuters; the translation reports
 * only when no cue after it reports words of its own ("…, the letter warned of war" has none).
 */
function cueWithWordsAfter(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < last; k++) {
    if (!cueAt(tokens, k, 'report')) continue;
    if (tokens[k + 1]!.normal === 'that' || (cueLexicon().speech.has(cueLemma(tokens[k]!)) && hasVerb(tokens, k + 1, last))) return true;
  }
  return false;
}

/** A report in [start, end) by a verb that is no speech verb, inside the clause it was read from. */
function misreadInside(tokens: Token[], q: IndirectQuote, start: number, end: number): boolean {
  return q.frame.cueStart >= start && q.frame.cueStart < end && !cueLexicon().speech.has(cueLemma(tokens[q.frame.cueToken]!));
}

/**
 * The cue at tokens[cue] follows a modal ("would show", "will prove", "would ask the court to …") and sits
 * inside a report already found; a speech verb only as a request that someone act, whose infinitive is
 * no words reported.
 */
function foretoldInReport(tokens: Token[], cue: number, found: IndirectQuote[]): boolean {
  const t = tokens[cue]!;
  if (!/^(would|will|could|might|can|may|shall)$/.test(tokens[cue - 1]?.normal ?? '')) return false;
  if (cueLexicon().speech.has(cueLemma(t)) && !requestToAct(tokens, cue, tokens.length - 1)) return false;
  return found.some((q) => q.start <= t.start && t.end <= q.end);
}

/**
 * The cue at tokens[cue] is "ask" for a thing or an act ("had asked for a break", "asked to be released",
 * "asked the board to vote") and sits inside a report already found.
 */
function requestInsideReport(tokens: Token[], cue: number, found: IndirectQuote[]): boolean {
  const t = tokens[cue]!;
  if (cueLemma(t) !== 'ask') return false;
  const request = tokens[cue + 1]?.normal === 'for' || requestToAct(tokens, cue, tokens.length - 1);
  return request && found.some((q) => q.start <= t.start && t.end <= q.end);
}

/**
 * "X said that A “…,” and that B": after the quotation that ends the first that-clause, "and that" or "but
 * that" at tokens[conjunction] opens a second clause of the same report. It is reported on its own when it
 * holds no quotation of its own (one that does is the quotation's partial) and has a verb.
 */
function secondThatClause(sentence: ReportSentence, conjunction: number, frame: Frame): IndirectQuote | null {
  const { tokens, articleText: text, last, quotes } = sentence;
  if (!/^(and|but)$/.test(tokens[conjunction]!.normal) || tokens[conjunction + 1]?.normal !== 'that') return null;
  // (After a comma, in or after the closing mark: "“…,” and that B"; without one, too, when B has a subject
  // other than a personal pronoun: "was “a mess” and that the council would vote on Friday", as sets 5–9
  // have it. A pronoun subject, "were “constructive” and that she hoped …", is the speaker again and reads
  // as one report, as set 4's gold has it; but not a negated stance, "and that he did not believe she would …",
  // whose own report would drop the negation.)
  const before = isQuoteMark(tokens[conjunction - 1]!) ? conjunction - 2 : conjunction - 1;
  const from = conjunction + 2;
  let to = last;
  while (to > from && tokens[to]!.pos === 'PUNCT') to--;
  // (Only where the pronoun's verb is a cue, the speaker's own next stance or act, which that cue reports: "and
  // that she hoped …", "and that she would ask the court to …". A plain clause, "and that she was being supported
  // by the welfare team", "and that he would restart at 7 a.m.", is more of what was said, its own report as sets
  // 5–43 have it, not dropped.)
  if (tokens[before]?.text !== ',' && tokens[conjunction - 1]?.text !== ',' && PERSONAL_SUBJECTS.test(tokens[from]?.normal ?? '') && !negatedStanceAt(tokens, from, last) && cueVerbAfterSubject(tokens, from + 1, to)) return null;
  // A subject opens the clause: "…,” and that she hoped …"; not a verb, "…,” and that (too) was the end of
  // it", where "that" is itself the subject of a clause of the writer's.
  let head = from;
  while (head < to && tokens[head]!.pos === 'ADV') head++;
  if (/^(VERB|AUX)$/.test(tokens[head]!.pos)) return null;
  if (to - from < 2 || !hasVerb(tokens, from, to)) return null;
  if (quotes.length && clearOf(tokens, [from, to], quotes)?.[1] !== to) return null;
  const start = tokens[from]!.start;
  return { start, end: throughOpenQuotation(text, start, tokens[to]!.end, sentence.s.end), frame };
}

/** The first verb from tokens[k] on, past auxiliaries, adverbs and "not", is a cue ("hoped", "would ask", "has told"). */
function cueVerbAfterSubject(tokens: Token[], k: number, to: number): boolean {
  let j = k;
  while (j < to && /^(AUX|ADV|PART)$/.test(tokens[j]!.pos) && tokens[j]!.normal !== 'to') j++;
  return tokens[j]?.pos === 'VERB' && !!cueAt(tokens, j, 'report');
}

/**
 * A report cue among tokens[from, to]: the clause holds a report of its own. With `ofWords`, only a verb of
 * speech ("had told her", not "thinks") and not a request that someone act ("ask the court to lift the ban"):
 * its infinitive is no words reported.
 */
function reportCueIn(tokens: Token[], from: number, to: number, ofWords = false): boolean {
  for (let k = from; k <= to; k++) if (cueAt(tokens, k, 'report') && !(ofWords && (requestToAct(tokens, k, to) || !cueLexicon().speech.has(cueLemma(tokens[k]!))))) return true;
  return false;
}

/** "ask the court to lift …", "urged them to stay": an infinitive within a few words of the cue at tokens[k], before any clause of words. */
function requestToAct(tokens: Token[], k: number, to: number): boolean {
  for (let j = k + 1; j <= Math.min(to - 1, k + 4); j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || /^(that|whether|if)$/.test(t.normal)) return false;
    if (t.normal === 'to' && /^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '')) return true;
  }
  return false;
}

/** ", who …" or "— who …" at tokens[k], right after a speaker: a relative aside, with an occasion of its own. */
function relativeAsideAfter(tokens: Token[], k: number): boolean {
  return (tokens[k]?.text === ',' || DASH.test(tokens[k]?.text ?? '')) && /^(who|whom)$/.test(tokens[k + 1]?.normal ?? '');
}

/** The content [from, to] ends before the frame's speaker and holds the frame's outlet, which the words after it do not name. */
function outletOnlyInsideFrontedContent(view: TokenView, frame: Frame, [from, to]: [number, number], last: number): boolean {
  const tokens = view.tokens;
  if (to >= view.tokenAtOrAfter(frame.speaker.start) || to >= frame.cueToken) return false;
  const text = view.doc.article.text;
  return text.slice(tokens[from]!.start, tokens[to]!.end).includes(frame.outlet!) && !text.slice(tokens[to]!.end, tokens[last]!.end).includes(frame.outlet!);
}

/** The frame's outlet is named in a relative clause on its speaker, before the cue of the main clause at tokens[cue]. */
function outletInRelativeAside(view: TokenView, frame: Frame, cue: number, lo: number): boolean {
  const tokens = view.tokens;
  const after = view.tokenAtOrAfter(frame.speaker.end);
  if (after >= cue || !relativeAsideAfter(tokens, after) || relativeOnSpeaker(tokens, cue, lo)) return false;
  return view.doc.article.text.slice(frame.speaker.end, tokens[cue]!.start).includes(frame.outlet!);
}

/**
 * The report cue that follows a quotation at once, past a comma or a dash closing the aside that held it
 * ("X, who said he would “…,” said …", "X — who called it “…” — said …"); -1 when another word comes first.
 */
function resumingCue(tokens: Token[], after: number, last: number): number {
  let k = after;
  while (k <= last && (tokens[k]!.text === ',' || tokens[k]!.text === '-' || DASH.test(tokens[k]!.text))) k++;
  return k <= last && cueAt(tokens, k, 'report') ? k : -1;
}

/**
 * tokens[k] is "while" or "whereas" opening a clause whose verb, within a few words (an apposition may
 * come between), is a report cue: "while Tom Reyes, the budget chair, told …".
 */
function contrastWithReport(tokens: Token[], k: number, last: number): boolean {
  if (!SIMULTANEOUS_CONTRASTS.has(tokens[k]!.normal)) return false;
  for (let j = k + 2; j <= Math.min(last, k + 16); j++) {
    const t = tokens[j]!;
    if (t.text === ';' || isQuoteMark(t) || t.normal === 'that') return false;
    if (cueAt(tokens, j, 'report')) return /^(PRON|PROPN|NOUN|PUNCT)$/.test(tokens[j - 1]!.pos);
    // (The clause's own verb, no cue: "while the crowd cheered and Lee said …" is another matter.)
    if (/^(VERB|AUX)$/.test(t.pos) && tokens[j - 1]!.text !== ',') return false;
  }
  return false;
}

/** "The deal was initially reported by the Ledger": what the agent reported (passive.ts), clear of quotations. */
function outletReport(sentence: ReportSentence, cue: number): IndirectQuote | null {
  const { tokens, last, quotes, s } = sentence;
  const passive = reportedByOutlet(tokens, cue, s.tokenStart, last);
  if (!passive || (quotes.length && clearOf(tokens, [passive.from, passive.to], quotes) === null)) return null;
  return { start: tokens[passive.from]!.start, end: tokens[passive.to]!.end, frame: passive.frame };
}

/**
 * "noted that the fine imposed by the Commission, which said the firm lied, is a good example": a ", which/who"
 * frame whose clause closes with a comma before the predicate resuming lies inside the earlier content, which
 * runs on past it.
 */
function relativeInsideContent(view: TokenView, frame: Frame, prev: IndirectQuote, to: number): boolean {
  const tokens = view.tokens;
  // (Not after an impersonal "It is worth noting that …", the writer's own remark: only the relative clause there is a report.)
  if (/^it$/i.test(prev.frame.speaker.text)) return false;
  // (Nor after a report that is itself a relative clause: "Carson, who claimed A, and Trump, who suggested B, are …".)
  if (/^(who|which)$/i.test(prev.frame.speaker.text)) return false;
  const who = view.tokenAtOrAfter(frame.speaker.start);
  if (!/^(who|which)$/.test(tokens[who]?.normal ?? '') || tokens[who - 1]?.text !== ',') return false;
  return tokens[to + 1]?.text === ',' && predicateResumes(tokens, to + 2);
}

/**
 * "A, but he said B": a new subject and cue after a clause boundary inside the earlier content end it
 * before them. (A speaker before the earlier content, "The mayor, announcing her plan, said B", cuts at
 * the cue.)
 */
function endBeforeLaterFrame(view: TokenView, frame: Frame, prev: IndirectQuote, from: number): void {
  const tokens = view.tokens;
  // (A later content opening after a parenthesis or dash inside the earlier one ends that one before the
  // mark: "He says A (the cost of which, economists say, is B)" reports A, then the clause in parentheses.)
  if (from - 1 > 0 && DASH_OR_PARENTHESIS.test(tokens[from - 1]!.text) && tokens[from]!.start > prev.start && tokens[from]!.start < prev.end) {
    let e = from - 2;
    while (e > 0 && tokens[e]!.pos === 'PUNCT') e--;
    if (tokens[e]!.end > prev.start) { prev.end = tokens[e]!.end; return; }
  }
  const sp = frame.speaker.start < prev.start ? frame.cueStart : Math.min(frame.speaker.phraseStart ?? frame.speaker.start, frame.cueStart);
  let b = view.tokenAtOrAfter(sp);
  // (A title the speaker phrase leaves out belongs to the frame: "…, Dr Lee said".)
  while (b - 1 > 0 && frame.speaker.start >= prev.start && /^\p{Lu}/u.test(tokens[b - 1]!.text) && isRoleWord(tokens[b - 1]!.normal)) b--;
  let k = b - 1;
  if (tokens[k]?.pos === 'CCONJ' || tokens[k]?.pos === 'SCONJ') k--;
  if (k > 0 && tokens[k]!.start > prev.start && tokens[k]!.start < prev.end && /^[,;]$/.test(tokens[k]!.text) && k < b) {
    let e = k - 1;
    while (e > 0 && tokens[e]!.pos === 'PUNCT') e--;
    if (tokens[e]!.end > prev.start) prev.end = tokens[e]!.end;
  }
}

const DASH_OR_PARENTHESIS = /^(?:\(|—|–|-|--)$/;

/** A participle of speech after ", before" / ", after" / ", then" between a cue and its content, or -1. */
function connectedParticipleCue(tokens: Token[], cue: number, contentStart: number): number {
  for (let k = cue + 3; k < contentStart; k++) {
    if (tokens[k - 2]!.text === ',' && /^(before|after|then)$/.test(tokens[k - 1]!.normal) && /ing$/.test(tokens[k]!.normal) && cueAt(tokens, k, 'clause')) return k;
  }
  return -1;
}

/** The "according to" frame's speaker stands after a comma and is followed by "and": "…, Ames and Rook had …". */
function coordinatedSubjectAfterSource(view: TokenView, frame: Frame, last: number): boolean {
  const tokens = view.tokens;
  const from = view.tokenAtOrAfter(frame.speaker.start);
  const after = view.tokenAtOrAfter(frame.speaker.end);
  return from > frame.cueToken + 1 && tokens[from - 1]!.text === ',' && after < last && tokens[after]!.normal === 'and';
}

