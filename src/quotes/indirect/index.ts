import type { Token } from '../../types.js';
import type { MarkedSpan } from '../../text/quotation-marks.js';
import { compoundModifierHalf, cueAt, cueLemma, frameAtToken, frameForCue, hasVerb, isPassiveCue, negated, outletNear, sentenceSubject, type Frame, type TokenView } from '../frame.js';
import { evidenceLike, hyphenInWord, isQuoteMark, personLike, subjectBefore } from '../speaker.js';
import { cueLexicon } from '../lexicon.js';
import { groupWord, SHARE_WORDS } from '../../nlp/words.js';
import { SpanIndex } from '../../text/span-index.js';
import { isDayWord } from '../../nlp/time-words.js';
import { namesWithComplement } from '../naming.js';
import { REGARDING_VERBS, regardsAs } from '../regarding.js';
import { nominalReport } from '../nominal.js';
import { passiveWithAgent, reportedByOutlet } from '../passive.js';
import { attackAt } from '../idioms.js';
import { isDash } from '../sentence-scan.js';
import { statedAttitude } from '../attitude.js';
import { madeSpeechAct } from '../made.js';
import { inOwnersView, ownedStance } from '../stance.js';
import { accordingToBefore, accordingToSource, accountAfter } from './according-to.js';
import { endOfRelativeClause, endOfSubordinateClause, endOfSubordinateObject, insideSubordinateClause, relativeOnSpeaker } from './clause-ends.js';
import { clauseOpensAt, participleAfterComma, subjectAndCueAt } from './clause-openers.js';
import { contentOf } from './content.js';
import { evidenceByAgent, evidenceCloser, evidenceOpener, inPoll } from './evidence.js';
import { countOpensClause, shareOfPeople } from './groups.js';
import { asReported, openingParticipleReport } from './opening-frames.js';
import { clearOf, throughOpenQuotation } from './quotation-context.js';
import { antecedentOfWho, relativeAntecedent } from './relative-pronouns.js';
import { hasSpan, overlapsFrom, reportSentence, someInQuote, type IndirectQuote, type ReportSentence } from './report-sentence.js';
import { controllingSubject, coordinatedAfter, participleOfClause, participleOfFrame, withCoordinatedSubject, withListedVerbSubject } from './shared-subjects.js';
import { elliptical, inRelative, shortClause, verbReadAsNoun } from './short-content.js';
import { withSpeakerBefore, withSpeakerBeforeTime } from './speaker-before-cue.js';
import { dayPhraseAt, timeAt } from './time-phrases.js';

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
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Reports of the sentence's report cues, in the order of their cues: "X said (that) …", "…, X said". */
function reportsByCue(sentence: ReportSentence): IndirectQuote[] {
  const { view, tokens, articleText: text, s, last, quotes, inQuote } = sentence;
  const found: IndirectQuote[] = [];
  for (let i = s.tokenStart; i <= last; i++) {
    if (!cueAt(tokens, i, 'report')) continue;
    if (quotes.length && inQuote(i)) continue;
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
    frame = withSpeakerBefore(view, i, s.tokenStart, frame) ?? accordingToSource(view, i, last) ?? participleOfFrame(view, i, s.tokenStart) ?? participleOfClause(tokens, i, s.tokenStart);
    frame = withCoordinatedSubject(tokens, i, s.tokenStart, frame);
    frame = withListedVerbSubject(view, i, s.tokenStart, frame);
    if (!frame) continue;
    // An answer withheld is a person's: "the bill never said where the funds …" reports nothing.
    // … and "I don't think …" outside quotation marks is the writer's own aside, not a belief reported.
    if (negated(tokens, i) && (!personLike(frame.speaker) || /^(i|we)$/i.test(frame.speaker.text))) continue;
    let content = contentOf(tokens, frame, s.tokenStart, last, i);
    // (Cut before the quotations are looked at: the main clause after it may hold one of its own.)
    if (content && insideSubordinateClause(tokens, frame.cueToken, s.tokenStart, content[0])) content = [content[0], endOfSubordinateClause(tokens, content[0], content[1])];
    if (content && relativeOnSpeaker(tokens, i, s.tokenStart)) content = [content[0], endOfRelativeClause(tokens, content[0], content[1])];
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
          if (/^(and|but)$/.test(tokens[k]!.normal) || tokens[k]!.text === ';' || participleAfterComma(tokens, k + 1)) { next = k; break; }
          // … or a main clause with its own subject and cue after a comma: "Although Lee admitted that
          // the pier was “a mess,” she insisted it would open".
          // (The comma may sit inside the closing mark: "… “a mess,” she insisted …".)
          const afterComma = tokens[k - 1]?.text === ',' || (isQuoteMark(tokens[k - 1]!) && tokens[k - 2]?.text === ',');
          if (midClause && afterComma && subjectAndCueAt(tokens, k, last)) { next = k - 1; break; }
        }
        if (next < 0) break;
        i = next;
        continue;
      }
    }
    if (!content) continue;
    // "Lee said the pier will close, according to Reuters": the words reached the article through the
    // outlet. (The content keeps the account: PolNeAR's gold does, and cutting it lost 13 of 40 matches
    // on polnear_train.)
    const account = frame.outlet ? -1 : accountAfter(tokens, content[0], content[1]);
    const outlet = account >= 0 ? outletNear(tokens, account + 1, last + 1) : null;
    if (outlet) frame = { ...frame, outlet };
    const [from, to] = content;
    // (Before the later content is judged: "A, and Moss said only that she agreed" ends A at the comma
    // though "she agreed" is too short to keep.)
    const prev = found[found.length - 1];
    if (prev && !(tokens[i - 1]?.normal === 'to' || !(cueLexicon().speech.has(cueLemma(tokens[i]!)) || tokens[from - 1]?.normal === 'that'))) endBeforeLaterFrame(view, frame, prev);
    // "asked for a recount", "asked her about the budget": what is asked for or about needs no verb.
    const requested = cueLemma(tokens[frame.cueToken]!) === 'ask' && (tokens[from - 1]?.normal === 'for' || tokens[from]!.normal === 'about') && to > from;
    if (!elliptical(tokens, from, to) && !requested && (to - from < 2 || (to - from < 3 && !shortClause(tokens, from, to, inRelative(view, frame))) || !(hasVerb(tokens, from, to) || verbReadAsNoun(tokens, from, to)))) continue;
    const start = tokens[from]!.start;
    let end = tokens[to]!.end - (/^(?:no|yes|so|otherwise)\.$/i.test(tokens[to]!.text) ? 1 : 0); // "said no." keeps its stop on the word
    // "said she would campaign on “Care for All.”": content that opens a title or slogan ends with its
    // closing mark, not inside it.
    end = throughOpenQuotation(text, start, end, s.end);
    if (hasSpan(found, start, end)) continue;
    // A further cue in the sentence is a speech verb or takes a that-clause, not an infinitive: "it is
    // fair to say …", "he at last agreed in March …" report nothing.
    if (found.length && (tokens[i - 1]?.normal === 'to' || !(cueLexicon().speech.has(cueLemma(tokens[i]!)) || tokens[from - 1]?.normal === 'that'))) continue;
    found.push({ start, end, frame });
    // Further cues report their own content, often inside the first one's ("X says Y promised A
    // and said B"; "A, X said, adding that B").
    i = frame.cueToken;
  }
  return found;
}

/** "The deal was initially reported by the Ledger": what the agent reported (passive.ts), clear of quotations. */
function outletReport(sentence: ReportSentence, cue: number): IndirectQuote | null {
  const { tokens, last, quotes, s } = sentence;
  const passive = reportedByOutlet(tokens, cue, s.tokenStart, last);
  if (!passive || (quotes.length && clearOf(tokens, [passive.from, passive.to], quotes) === null)) return null;
  return { start: tokens[passive.from]!.start, end: tokens[passive.to]!.end, frame: passive.frame };
}

/**
 * "A, but he said B": a new subject and cue after a clause boundary inside the earlier content end it
 * before them. (A speaker before the earlier content, "The mayor, announcing her plan, said B", cuts at
 * the cue.)
 */
function endBeforeLaterFrame(view: TokenView, frame: Frame, prev: IndirectQuote): void {
  const tokens = view.tokens;
  const sp = frame.speaker.start < prev.start ? frame.cueStart : Math.min(frame.speaker.phraseStart ?? frame.speaker.start, frame.cueStart);
  const b = view.tokenAtOrAfter(sp);
  let k = b - 1;
  if (tokens[k]?.pos === 'CCONJ' || tokens[k]?.pos === 'SCONJ') k--;
  if (k > 0 && tokens[k]!.start > prev.start && tokens[k]!.start < prev.end && /^[,;]$/.test(tokens[k]!.text) && k < b) {
    let e = k - 1;
    while (e > 0 && tokens[e]!.pos === 'PUNCT') e--;
    if (tokens[e]!.end > prev.start) prev.end = tokens[e]!.end;
  }
}

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
 * Where the particle the object cue `lemma` at tokens[cue] takes stands ("called for", "lashed out"), or -1:
 * right after the cue, or after a day between ("called Friday for"). (The day first: in "called on Friday
 * for an inquiry" the "on" is the day's, not the cue's.)
 */
function particleAfter(tokens: Token[], lemma: string | null, cue: number): number {
  const takes = PARTICLES.get(lemma ?? '');
  if (!takes) return -1;
  const at = (k: number) => takes.has(tokens[k]?.normal ?? '');
  if (dayPhraseAt(tokens, cue + 1) && at(cue + 3)) return cue + 3;
  if (at(cue + 1)) return cue + 1;
  return isDayWord(tokens[cue + 1]?.normal ?? '') && at(cue + 2) ? cue + 2 : -1;
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
  const { tokens, s, last, quotes, inQuote } = sentence;
  // "X has been critical of the levy", "X is confident that …": a stated attitude and what it is about.
  for (let i = s.tokenStart; i < last; i++) {
    const attitude = statedAttitude(tokens, i, s.tokenStart, last) ?? madeSpeechAct(tokens, i, s.tokenStart, last) ?? ownedStance(tokens, i, s.tokenStart, last) ?? inOwnersView(tokens, i, s.tokenStart, last);
    if (!attitude || (quotes.length && (inQuote(i) || inQuote(attitude.to)))) continue;
    const start = tokens[attitude.from]!.start;
    const end = tokens[attitude.to]!.end;
    // (Only this sentence's reports can overlap it: a scan of every report so far grew with the article.)
    if (overlapsFrom(out, sentenceStart, start, end)) continue;
    out.push({ start, end, frame: attitude.frame });
    i = attitude.to;
  }
}

/** Object cues: "X called for a freeze on …", "X urged voters to …"; beside, not inside, the reports `found`. */
function addObjectCueReports(sentence: ReportSentence, found: IndirectQuote[], out: IndirectQuote[]): void {
  const { view, tokens, articleText: text, s, last, quotes, inQuote, scan } = sentence;
  // Speech acts whose content is what follows the verb, clause or not: "X called for a freeze on …",
  // "X urged voters to …", "X cited the report …".
  let lastObject: Frame | null = null;
  for (let i = s.tokenStart; i <= last; i++) {
    const t = tokens[i]!;
    const lemma = objectCueLemma(tokens, i, s.tokenStart);
    // "The survey shows the mayor with a small edge": evidence shows its object.
    // … and "found" it: "A county survey found broad backing for the levy".
    const shows = (t.lemma === 'show' && (t.pos === 'VERB' || (t.pos === 'NOUN' && t.normal === 'show'))) || (t.lemma === 'find' && t.pos === 'VERB');
    // "took aim at", "took a swipe at": an attack idiom names its target after "at".
    const attack = !lemma && t.lemma === 'take' && t.pos === 'VERB' ? attackAt(tokens, i, last) : -1;
    if (!lemma && !shows && attack < 0) continue;
    // A capitalised word inside the sentence is a name, not a verb: "Coastal Express opens on Friday".
    if (i > s.tokenStart && /^\p{Lu}/u.test(t.text)) continue;
    if (wonderedAbout(tokens, i, s.tokenStart)) continue;
    // "Reyes may want to check her figures": an intention the writer suggests is no one's report.
    // … nor one others hold of someone: "Reyes is not expected to attend".
    const auxiliary = tokens[beforeNegation(tokens, i - 1, s.tokenStart)]?.normal ?? '';
    if (INTENTIONS.has(lemma ?? '') && (/^(may|might|could|should|would)$/.test(auxiliary) || (/ed$/.test(t.normal) && /^(be|is|are|was|were|been|being|’s|'s)$/.test(auxiliary)))) continue;
    const particleAt = attack > 0 ? attack : particleAfter(tokens, lemma, i);
    const particle = particleAt > 0 ? tokens[particleAt]!.normal : null;
    // "called for" / "called on", or naming with a complement ("X called the plan a disaster"); not
    // "a group called …", "called the police", "called a vote".
    const naming = lemma === 'call' && !particle && namesWithComplement(tokens, i + 1, last);
    if (PARTICLES.has(lemma ?? '') && !particle && !naming) continue;
    // "sees the levy as a tax on renters": a verb of regarding reports only with the role it gives.
    if (REGARDING_VERBS.has(lemma ?? '') && !regardsAs(tokens, lemma!, i + 1, last)) continue;
    // "Ohio was called for Reed", "the plan was endorsed by …": a passive cue's subject did not speak.
    // … unless it names the agent: "the plan was criticized by two council members" is theirs.
    if (isPassiveCue(tokens, i, s.tokenStart)) {
      const passive = particle ? null : passiveWithAgent(tokens, i, s.tokenStart, last, scan);
      if (!passive || (quotes.length && inQuote(i))) continue;
      const start = tokens[passive.from]!.start;
      const end = tokens[passive.to]!.end;
      if (overlapsFrom(found, 0, start, end)) continue;
      out.push({ start, end, frame: passive.frame });
      break;
    }
    // "lashed out at the board": the preposition after the particle is the cue's too.
    const cueLast = particle ? particleAt + (particle === 'out' && /^(at|against)$/.test(tokens[particleAt + 1]?.normal ?? '') ? 1 : 0) : i;
    // "Hale, who declined to comment, …": "who" stands for the phrase before it.
    // "Reyes used the hearing to call for …", "Reyes opened by praising …": the verb's subject acts.
    let before = controllingSubject(tokens, i, s.tokenStart) ?? subjectBefore(tokens, i, s.tokenStart) ?? antecedentOfWho(tokens, i, s.tokenStart) ?? relativeAntecedent(tokens, i, s.tokenStart);
    // "…, citing the report" / "…, calling for a ban": a participle after a comma takes the sentence's subject.
    const participle = (!before || before.start > t.start) && /ing$/.test(t.normal) && tokens[i - 1]?.text === ',';
    if (participle) {
      const subject = sentenceSubject(view, i);
      // The frame right before the comma first: "“…,” Bell said, citing …" opens with no subject of its own.
      before = participleOfFrame(view, i, s.tokenStart)?.speaker ?? (subject && personLike(subject) ? subject : null);
    }
    // "X attacked A, and has called for B": a cue coordinated with the object cue before shares its speaker.
    if (lastObject && coordinatedAfter(tokens, i, s.tokenStart) && (!before || !personLike(before))) before = lastObject.speaker;
    // … and one coordinated with any verb whose subject speaks: "Lee toured the docks and criticized the levy".
    if (!before || !personLike(before)) before = withCoordinatedSubject(tokens, i, s.tokenStart, null)?.speaker ?? before;
    if (!before || !(shows ? evidenceLike(before) || evidenceByAgent(tokens, before, i, s.tokenStart) : personLike(before) || shareOfPeople(before)) || before.start > t.start) continue;
    // "It encouraged crews to sail at night": a cause, most often a thing, not a speaker.
    if (cueLexicon().causalObjectCues.has(lemma ?? '') && /^(it|that|which)$/i.test(before.text)) continue;
    const from = cueLast + 1;
    // A cue that ends its sentence has no object (at the article's end there is no token after it).
    if (from > last) continue;
    // "the plan Reyes voted against, and …", "nothing to apologize for and …": a stranded particle has no object.
    if (particle && !objectAfterParticle(tokens, from, last, particle)) continue;
    if (particle === 'to' && !contentAfterTo(tokens, lemma ?? '', from)) continue;
    let to = last;
    // The object ends before a coordinated verb or participle: "X criticized the plan and said …";
    // in a relative clause, at its closing comma: "Hale, who declined to comment, proposes …", "the
    // union, which endorsed Kale in May, hosts …", "a group that opposed the levy, then left".
    // (Not a word opening the sentence: "Which group supported …" asks, "That group opposed …" points.)
    const subjectAt = view.tokenAtOrAfter(before.start);
    const relative = subjectAt > s.tokenStart && /^(who|which|that)$/.test(tokens[subjectAt]?.normal ?? '');
    // (A one-word object too: "supports Lee, asking not to be named" ends at "Lee".)
    if (participleAfterComma(tokens, from + 2)) to = from;
    else for (let k = from + 2; k <= last; k++) {
      // … and before a new clause after a comma: "Asked about her calling him a liar, Reed said …".
      if ((/^(and|but)$/.test(tokens[k]!.normal) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') && !parallelVerbAt(tokens, from, k + 1)) || (relative && secondRelativeAt(tokens, k)) || contrastOpensAt(tokens, k, last) || (tokens[k]!.text === ',' && ((tokens[k + 1]?.pos === 'VERB' && /ing$/.test(tokens[k + 1]!.normal)) || (relative && relativeClosesAt(tokens, k + 1, last)) || (clauseOpensAt(tokens, k + 1, last) && !opensClauseBetween(tokens, from, k)))) || tokens[k]!.text === ';') {
        to = k - 1;
        break;
      }
    }
    // … and, in a subordinate clause, where the main clause resumes: "Though Reed never mentioned the levy
    // by name, she said …", "While the board praised the plan, the mayor …".
    if (insideSubordinateClause(tokens, i, s.tokenStart, from)) to = endOfSubordinateObject(tokens, from, to);
    // … and before a report found after it: "X attacked Voss, saying she …", "X criticized the board, which he argued …".
    to = endBeforeReport(view, from, to, found);
    while (to > from && tokens[to]!.pos === 'PUNCT') to--;
    // A short object is content only as a name ("X endorsed Tom Reed") or as the refused act itself
    // ("X declined to comment").
    const refusal = /^(decline|refuse)$/.test(lemma ?? '') && tokens[from]!.normal === 'to' && tokens[to]!.pos === 'VERB';
    // … or a name given in two words ("called him divisive", "calling them thieves").
    // … or a short object right after the verb that names its target ("endorsed Voss", "questioned his
    // sincerity"); after a particle it says too little ("Neighbours complained about the noise").
    if (to - from < 2 && !(tokens[to]!.pos === 'PROPN' && tokens[from]!.pos === 'PROPN') && !refusal && !naming && attack < 0 && !(!particle && shortTarget(tokens, from, to))) continue;
    if (quotes.length && (inQuote(i) || someInQuote(inQuote, from, to))) continue;
    const cue = text.slice(t.start, tokens[cueLast]!.end);
    const frame: Frame = { cueStart: t.start, cueEnd: tokens[cueLast]!.end, cue, cueToken: cueLast, speaker: before, outlet: null, according: false, distant: participle };
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    // Beside the reports found, an object cue adds its own object, not one of theirs again.
    if (overlapsFrom(found, 0, start, end)) continue;
    out.push({ start, end, frame });
    // A further object cue after this object has its own: "X attacked A, and has called for B".
    lastObject = frame;
    i = to;
  }
}

/**
 * What follows the "to" particle of the object cue lemma at tokens[from] can be its content. "voted to
 * close the pier", "pushing to make …": "to" opens an infinitive, not a place ("the crowd pushed to the
 * front"); only "refer to" and "point to" take a noun. After "vote" or "push", an infinitive that is
 * itself an object cue is left to that cue ("voted to endorse Voss" endorses Voss), and one of physical
 * effort states no stance ("firefighters pushed to reach the pier"). (Intentions keep a cue infinitive:
 * "sought to attack the plan" matched gold better whole.)
 */
function contentAfterTo(tokens: Token[], lemma: string, from: number): boolean {
  const lex = cueLexicon();
  if (lex.toTakesNoun.has(lemma)) return true;
  if (!/^(VERB|AUX)$/.test(tokens[from]?.pos ?? '')) return false;
  const effort = lex.infinitiveStances.get(lemma);
  return !effort || (!objectCueLemma(tokens, from) && !effort.has(tokens[from]!.lemma));
}

/**
 * A comma in a relative clause at tokens[k - 1] closes it ("The union, which endorsed Kale, hosts the
 * debate", "a group that opposed the levy, then left") unless a list goes on: a short noun phrase then
 * a comma or "and"/"or" ("that fought the levy with ads, mailers and calls").
 */
function relativeClosesAt(tokens: Token[], k: number, last: number): boolean {
  let end = k;
  while (end <= last && end < k + 5 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[end]!.pos)) end++;
  return end === k || !(tokens[end]?.text === ',' || /^(and|or)$/.test(tokens[end]?.normal ?? ''));
}

/** A second relative clause coordinated with the first at tokens[k]: "a union that endorsed Kale and that has …". */
function secondRelativeAt(tokens: Token[], k: number): boolean {
  return /^(and|but)$/.test(tokens[k]!.normal) && /^(who|which|that)$/.test(tokens[k + 1]?.normal ?? '');
}

/**
 * The verb at tokens[v], after "and", continues an object that is itself a verb phrase: "urged the board
 * to delay the vote and hold a hearing" (a plain verb after an infinitive), "criticized Okafor for
 * raising fees and cutting routes" (a gerund after a gerund). Such a verb is part of the object; a verb
 * in another form is the subject's next act ("criticized the plan and said …").
 */
function parallelVerbAt(tokens: Token[], from: number, v: number): boolean {
  const verb = tokens[v]!;
  if (/ing$/.test(verb.normal)) {
    for (let k = from; k < v - 1; k++) if (tokens[k]!.pos === 'VERB' && /ing$/.test(tokens[k]!.normal)) return true;
    return false;
  }
  const infinitive = tokens[from]?.normal === 'to' || tokens[from - 1]?.normal === 'to';
  return infinitive && verb.pos === 'VERB' && verb.normal === verb.lemma;
}

/** Subordinators of a clause of time or cause after a comma: "…, after Reed said it would pass". */
const LATER_EVENT = /^(after|before|because|once|until|unless)$/;

/**
 * A contrast clause after a comma or dash ends an object: "backed the levy, while the pilots opposed it",
 * "pushed for a ferry — while Reyes has slammed it" (a subordinator, then a subject and its verb), and
 * so does one opened by "but": "criticized the levy, but the pilots defended it" (the pilots' words are
 * no part of what was criticized). A clause of time or cause after a comma ends it too: "criticized the
 * levy, after the board raised fares" (not after a dash, nor "as", "if", "since" or "when", which as
 * often open an aside inside the object: "the plan, if it passes, would …").
 */
function contrastOpensAt(tokens: Token[], k: number, last: number): boolean {
  const word = tokens[k + 1]?.normal ?? '';
  const contrast = /^(while|whereas|although|though|but)$/.test(word) && (tokens[k]!.text === ',' || isDash(tokens, k));
  if (!contrast && !(LATER_EVENT.test(word) && tokens[k]!.text === ',')) return false;
  for (let j = k + 2; j <= last && j < k + 8; j++) {
    if (/^(VERB|AUX)$/.test(tokens[j]!.pos)) return j > k + 2;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}

/**
 * A short object that names its target: a name ("endorsed Voss") or a noun with a definite or
 * possessive determiner ("rejected the label", "questioned his sincerity"); not an indefinite one
 * ("endorsed a candidate"), which names no one yet. (A bare pronoun, "endorsed him", stays out: three
 * on polnear_train, too few to overturn the rule that kept it out.)
 */
function shortTarget(tokens: Token[], from: number, to: number): boolean {
  if (to === from) return tokens[from]!.pos === 'PROPN';
  return to === from + 1 && /^(the|this|that|these|those|his|her|their|its|our|my)$/.test(tokens[from]!.normal) && tokens[to]!.pos === 'NOUN';
}

/**
 * What a particle takes opens with a word of a noun phrase or a verb ("voted against the levy", "pushed
 * for Voss", "hopes to build", "apologized for delaying"): not with punctuation, a conjunction or a
 * preposition, as after a stranded one ("the levy Reyes pushed for in 2019 …"), nor with a time
 * ("voted for the second time").
 */
function objectAfterParticle(tokens: Token[], from: number, last: number, particle: string): boolean {
  // (A quotation may open it: "called for “a fresh start”", "referred to ''the plan''".)
  let k = from;
  while (k <= last && k < from + 2 && (isQuoteMark(tokens[k]!) || tokens[k]!.text === '`')) k++;
  if (k > last) return false;
  return opensObject(tokens, k) && !(particle === 'for' && timeAt(tokens, k, last));
}

/**
 * A word of a noun phrase, a verb, a question word or an amount: "talked about how …", "called for $5
 * million", "hopes to be …"; an adverb only before a verb or in a compound ("complained about not
 * ending …", "voted for fast-tracking …").
 */
function opensObject(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (/^(DET|PROPN|PRON|NOUN|ADJ|NUM|VERB|AUX|SYM)$/.test(t.pos) || /^(how|why|whether|what|where|when|who)$/.test(t.normal)) return true;
  return (t.pos === 'ADV' || /^(not|never)$/.test(t.normal)) && (tokens[k + 1]?.pos === 'VERB' || (!!tokens[k + 1] && hyphenInWord(tokens, k + 1)));
}

/** Words that link an object to the clause after it: "the board, which …", "the plan, though …". */
const LINKS = /^(which|who|whom|that|though|although|while)$/;

/**
 * The object [from, to] cut before the frame of a report found further on in it, so that both stand:
 * "X attacked Voss, saying she …" keeps "Voss", "X praised the plan though he added that …" keeps "the
 * plan". The cut falls before the report's cue, or its speaker when that comes after the object's start,
 * and drops the linking words left at the end ("which", "though", "and").
 */
function endBeforeReport(view: TokenView, from: number, to: number, found: IndirectQuote[]): number {
  const tokens = view.tokens;
  const start = tokens[from]!.start;
  for (const q of found) {
    if (q.start <= start || q.start > tokens[to]!.end) continue;
    const speaker = q.frame.speaker.phraseStart ?? q.frame.speaker.start;
    const frameStart = speaker > start && speaker < q.frame.cueStart ? speaker : q.frame.cueStart;
    if (frameStart <= start || frameStart > tokens[to]!.end) continue;
    let end = view.tokenAtOrAfter(frameStart) - 1;
    // (Only at a clause boundary: not inside "a lawsuit filed by X".)
    if (!/^(PUNCT|CCONJ|SCONJ)$/.test(tokens[end]!.pos) && !LINKS.test(tokens[end]!.normal)) return to;
    while (end > from && (/^(PUNCT|CCONJ|SCONJ)$/.test(tokens[end]!.pos) || LINKS.test(tokens[end]!.normal))) end--;
    return Math.min(to, end);
  }
  return to;
}

/** "whether she would express her wishes": an act only wondered about, in a "whether"/"if" clause with a modal, is not reported. */
function wonderedAbout(tokens: Token[], cue: number, lo: number): boolean {
  if (!/^(would|could|might|may|should|will|can)$/.test(tokens[cue - 1]?.normal ?? '')) return false;
  for (let k = cue - 2; k >= lo; k--) {
    if (/^(whether|if)$/.test(tokens[k]!.normal)) return true;
    if (tokens[k]!.pos === 'SCONJ' || /^[,;]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** A word opening a clause of the object's own lies in [from, k): "pledged that, if elected, he would …". */
function opensClauseBetween(tokens: Token[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (/^(that|how|whether|if|why|what|when|where)$/.test(tokens[j]!.normal)) return true;
  return false;
}

/**
 * The object cue at tokens[i], by lemma: a verb in OBJECT_CUES, or a participle after a comma the tagger
 * read as an adjective (", promising lower fares" → "promise").
 */
function objectCueLemma(tokens: Token[], i: number, lo = 0): string | null {
  const t = tokens[i]!;
  if (compoundModifierHalf(tokens, i)) return null; // "the voter-approved levy"
  if (t.pos === 'VERB') return OBJECT_CUES.has(t.lemma) && (t.lemma !== 'back' || backsSomething(tokens, i)) ? t.lemma : null;
  if (t.pos === 'NOUN') return nounTaggedStance(tokens, i) ? t.normal : verbAfterName(tokens, i, lo);
  // "Most riders preferred the old timetable": a past stance read as an adjective.
  if (t.pos === 'ADJ' && PAST_STANCES.has(t.normal) && stanceBetween(tokens, i)) return PAST_STANCES.get(t.normal)!;
  if (t.pos !== 'ADJ' || !/ing$/.test(t.normal) || tokens[i - 1]?.text !== ',') return null;
  const stem = t.normal.slice(0, -3);
  return [stem, stem + 'e', stem.slice(0, -1)].find((w) => OBJECT_CUES.has(w)) ?? null;
}

/**
 * "back" as support given: "backed the levy", "a group backing Voss"; not a retreat ("backed down",
 * "backed away from", "traffic backed up"), a passive ("backed by the union") or part of a word
 * ("union-backed"), nor a thing moved ("backed the truck into the bay", "backed her up").
 */
function backsSomething(tokens: Token[], i: number): boolean {
  const lex = cueLexicon();
  if ((i > 0 && hyphenInWord(tokens, i - 1)) || lex.notCueBefore.get('back')!.has(tokens[i + 1]?.normal ?? '')) return false;
  return !movedAfterObject(tokens, i, lex.movedBefore.get('back')!);
}

/** A short object after the verb at tokens[i], then a word of movement: "backed | the truck | into". */
function movedAfterObject(tokens: Token[], i: number, movers: ReadonlySet<string>): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    if (movers.has(tokens[k]!.normal)) return k > i + 1;
    if (!/^(DET|ADJ|NOUN|PRON|PROPN)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** Stances whose plain form the tagger reads as a noun after a group (data/cues.json): "Two-thirds support the levy". */
const PLAIN_STANCES = cueLexicon().plainStances;

/**
 * A stance verb the tagger read as a noun: a plain form after a group ("most riders", "two-thirds",
 * "who") and before its object ("support the levy", "favor raising fares"). (Not "voter support for".)
 */
function nounTaggedStance(tokens: Token[], i: number): boolean {
  return PLAIN_STANCES.has(tokens[i]!.normal) && stanceBetween(tokens, i);
}

/**
 * An object cue's present form the tagger read as a plural noun after a name: "Okafor plans to reopen
 * the pier", "Mara Okafor votes to close it", "Pell talks about the tolls" (wink-nlp tags plans, votes
 * and talks as nouns there). The name is the subject when nothing before it makes it a modifier ("the
 * Okafor plans", "Okafor's plans" are nouns) or the object of a word before it ("the meeting with Okafor
 * talks …", "After Okafor talks …"; not a subordinator, "as Okafor plans to …"), and when the clause has no other verb for it: in "Instagram comments
 * on the photo were turned off" the noun phrase is the subject of "were". The name lies within the
 * sentence, which starts at tokens[lo]. Returns the cue's lemma, or null.
 */
function verbAfterName(tokens: Token[], i: number, lo: number): string | null {
  const t = tokens[i]!;
  const lemma = t.lemma;
  if (!/s$/.test(t.normal) || !OBJECT_CUES.has(lemma) || i - 1 < lo || tokens[i - 1]!.pos !== 'PROPN') return null;
  // The particle the verb takes must follow, which a plural noun seldom has: "plans to reopen", "talks
  // about". (With a bare object the noun reading stays: "Reyes praises her crew …" was measured, and
  // "the Paris attacks", "Nomination questions" are nouns.)
  if (!PARTICLES.get(lemma)?.has(tokens[i + 1]?.normal ?? '')) return null;
  let k = i - 1;
  while (k > lo && tokens[k - 1]!.pos === 'PROPN') k--;
  const before = tokens[k - 1];
  if (k > lo && before && (/^(DET|PART|ADJ|NUM)$/.test(before.pos) || (/^(ADP|SCONJ)$/.test(before.pos) && !cueLexicon().clauseOpeningPrepositions.has(before.normal)))) return null;
  return subjectlessVerbAfter(tokens, i + 2) ? null : lemma;
}

/** Finite forms that need a subject of their own ("were", "have", "will"). */
const FINITE_AUXILIARIES = /^(is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)$/;

/**
 * A finite verb after tokens[from] in the same clause, right after a noun rather than a subject pronoun:
 * "… on the photo were turned off", "… on the video drew criticism". The clause ends at a comma, a
 * semicolon or the sentence's end, and before a word that opens a clause of its own ("that", "how",
 * "because"), whose verbs have their own subject.
 */
function subjectlessVerbAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k]!;
    if (/^[,;.!?:]$/.test(w.text) || w.pos === 'SCONJ' || /^(that|which|who|whom|what|how|why|where|whether)$/.test(w.normal)) return false;
    const finite = (w.pos === 'AUX' && FINITE_AUXILIARIES.test(w.normal)) || (w.pos === 'VERB' && pastForm(w));
    if (finite && tokens[k - 1]!.pos !== 'PRON' && tokens[k + 1]?.normal !== 'by') return true;
  }
  return false;
}

/** A verb's past form, by the tagger's lemma: "drew", "stalled" (not "draw", "stalling", "draws"). */
function pastForm(w: Token): boolean {
  return w.normal !== w.lemma && !/(ing|s)$/.test(w.normal);
}

/** Past forms of stances the tagger reads as adjectives, by lemma (data/cues.json): "Female riders preferred the old route". */
const PAST_STANCES: ReadonlyMap<string, string> = cueLexicon().pastStances;

/** A group right before tokens[i] and an object right after it: "most riders | support | the levy". */
function stanceBetween(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next) return false;
  const share = prev.pos === 'NUM' || SHARE_WORDS.test(prev.normal);
  if (share && !countOpensClause(tokens, i - 1)) return false;
  const group = groupWord(prev);
  const object = /^(DET|PROPN|PRON|NUM|ADJ|NOUN)$/.test(next.pos) || (next.pos === 'VERB' && /ing$/.test(next.normal));
  return group && object;
}

/** The word before tokens[k] over adverbs and a negation ("is not widely", "isn't"). */
function beforeNegation(tokens: Token[], k: number, lo: number): number {
  while (k > lo && (tokens[k]!.pos === 'ADV' || /^(not|n't|n’t)$/.test(tokens[k]!.normal))) k--;
  return k;
}

/** Verbs of intention, reports only with an infinitive: "hopes to", "seeks to", "wants to", "plans to". */
const INTENTIONS = new Set(['hope', 'intend', 'aim', 'expect', 'offer', 'seek', 'want', 'plan']);

/** Object cues that take their object after a particle (data/cues.json): "called for", "referring to", "voted against". */
const PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = cueLexicon().objectParticles;

/** Speech acts reported with an object rather than a clause (PolNeAR-style attributions). */
const OBJECT_CUES = new Set(['call', 'urge', 'demand', 'cite', 'endorse', 'criticize', 'criticise', 'praise', 'accuse', 'blame', 'deny', 'condemn', 'defend', 'question', 'dismiss', 'reject', 'attack', 'refuse', 'decline', 'threaten', 'propose', 'recommend',
  // Measured on polnear_train (together 86% precise there): announcements, commitments and stated positions.
  'note', 'announce', 'describe', 'mention', 'warn', 'pledge', 'promise', 'vow', 'discuss', 'blast', 'tout', 'welcome', 'challenge', 'emphasize', 'acknowledge', 'support', 'oppose',
  // "encouraged the pilots to strike", as "urged" (not after it/that/which: causal_object_cues).
  'encourage',
  // "agreed to repay …": an agreement is a commitment like "pledged to".
  'agree',
  // Stated attitudes and attacks: "expressed concern about …", "slams the governor over …".
  'express', 'voice', 'slam', 'denounce', 'decry', 'mock', 'ridicule', 'lambaste', 'assail', 'applaud', 'hail', 'lament', 'highlight',
  // With their particle only (PARTICLES): "referring to the July convention", "pointed to the jobs report",
  // "spoke about the plan for …".
  'refer', 'point', 'talk', 'speak', 'hope', 'intend', 'aim', 'expect', 'offer', 'seek', 'want', 'plan', 'decide',
  // "railed against the levy", "advocates for a new pier". (Not "commented on": most often not done, "has
  // not commented on the lawsuit", or a platform's or a post's, "commented on Instagram".)
  'rail', 'advocate',
  // With the role they give only (regarding.ts): "sees the levy as a tax", "considers the plan a gamble",
  // "portrayed the mayor as a spendthrift".
  'see', 'view', 'regard', 'consider', 'portray', 'paint', 'depict', 'characterize', 'characterise', 'frame',
  // With their particle only: "many residents worry about the toll", "complained about the delays", "what
  // she thinks of the plan", "believes in free transit" (measured on polnear_train, "cares about" was no
  // report as often as one).
  'worry', 'complain', 'think', 'fret', 'boast', 'brag', 'joke', 'believe',
  // Preferences: "favors a toll on the bridge"; orders: "ordered a review of …". ("Fans prefer “Alien” to
  // the sequels" is no report worth the title it would hide from the film entities.)
  'favor', 'order',
  // With its particle only: a vote cast is a stance taken, "voted against the levy" (not "voted on Friday").
  'vote',
  // … and advocacy and apology with "for": "pushed for a new pier", "apologized for the delays".
  'push', 'apologize', 'apologise',
  // … and an attack with its particle: "lashed out at the board".
  'lash',
  // Support given: "backed the levy" (backsSomething).
  'back']);
