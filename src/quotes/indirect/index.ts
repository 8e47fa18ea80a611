import type { Token } from '../../types.js';
import type { MarkedSpan } from '../../text/quotation-marks.js';
import { compoundModifierHalf, cueAt, cueLemma, frameAtToken, frameForCue, hasVerb, isPassiveCue, negated, outletNear, sentenceSubject, type Frame, type TokenView } from '../frame.js';
import { evidenceLike, hyphenInWord, isQuoteMark, personLike, subjectBefore } from '../speaker.js';
import { cueLexicon } from '../lexicon.js';
import { groupWord, isPluralNoun, SHARE_WORDS, SUBORDINATORS, TIME_SUBORDINATORS } from '../../nlp/words.js';
import { SpanIndex } from '../../text/span-index.js';
import { isDayWord } from '../../nlp/time-words.js';
import { namesWithComplement } from '../naming.js';
import { REGARDING_VERBS, regardsAs } from '../regarding.js';
import { nominalReport, opensNounPhrase } from '../nominal.js';
import { passiveWithAgent, reportedByOutlet } from '../passive.js';
import { attackAt } from '../idioms.js';
import { DASH, isDash } from '../sentence-scan.js';
import { statedAttitude } from '../attitude.js';
import { madeSpeechAct } from '../made.js';
import { endsInQuestion, inOwnersView, ownedStance } from '../stance.js';
import { accordingCloses, accordingToBefore, accordingToSource, accountAfter, accountOfFrame } from './according-to.js';
import { QUESTION_OPENERS } from './asked-questions.js';
import { endOfRelativeClause, endOfSubordinateClause, endOfSubordinateObject, insideSubordinateClause, relativeOnSpeaker } from './clause-ends.js';
import { bareClauseAt, clauseOpensAt, participleAfterComma, PERSONAL_SUBJECTS, subjectAfterAdverbial, subjectAndCueAt, subjectAndVerbAt } from './clause-openers.js';
import { evidenceByAgent, evidenceCloser, evidenceOpener, inPoll } from './evidence.js';
import { countOpensClause, shareOfPeople } from './groups.js';
import { asReported, openingParticipleReport } from './opening-frames.js';
import { circumstanceOfQuotation, clearOf, hearerOfQuotation, throughOpenQuotation } from './quotation-context.js';
import { antecedentOfWho, relativeAntecedent } from './relative-pronouns.js';
import { hasSpan, overlapsFrom, reportSentence, someInQuote, type IndirectQuote, type ReportSentence } from './report-sentence.js';
import { controllingSubject, coordinatedAfter, participleOfClause, participleOfFrame, withCoordinatedSubject, withListedVerbSubject } from './shared-subjects.js';
import { withSpeakerBefore, withSpeakerBeforeTime } from './speaker-before-cue.js';
import { afterDayOfSpeech, dayPhraseAt, isTimeAfterCue, timeAt } from './time-phrases.js';

/**
 * Report cues that report only with a that-clause: "found that …", "responded that …", "expects that …"
 * (not "found time to …", "expects the ferry back by noon").
 */
const THAT_ONLY = new Set(['find', 'respond', 'charge', 'expect', 'anticipate', 'forecast', 'calculate']);

/**
 * Report cues whose bare object is a clause only when a subject pronoun opens it: "added he would …",
 * not "added a second floor"; likewise knowing, learning and feeling, "knows she must …", "learned he
 * had lost", not "knew the mayor", "learned the trade", "feel the heat" (measured on polnear_train:
 * 0.79 of the reports this form adds to the that-clause meet gold).
 */
const CLAUSE_OBJECT = new Set(['add', 'maintain', 'post', 'write', 'know', 'feel', 'worry', 'doubt', 'understand', 'remember', 'assume', 'guess', 'learn', 'recognize', 'realize', 'suspect', 'discover', 'notice']);

const TELL_LIKE = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'advise', 'promise', 'ask']);

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

/** Token range [from, to] (inclusive) of the reported content, or null when the frame has none. */
function contentOf(tokens: Token[], frame: Frame, lo: number, last: number, cueIndex: number): [number, number] | null {
  const cueFirst = cueIndex;
  const cueLast = frame.cueToken;
  const speakerFirst = indexAt(tokens, frame.speaker.phraseStart ?? frame.speaker.start, lo, last);
  const speakerLast = indexAt(tokens, frame.speaker.end - 1, lo, last);
  const head = Math.min(speakerFirst, cueFirst);
  const tail = Math.max(speakerLast, cueLast);
  // After "X said" only adverbials may follow ("on Thursday", "in a statement"), not an object ("X
  // may have found a new mooring"); "told" has its hearer ("told the Herald"); "said X" its apposition.
  const afterCue = tokens[tail + 1];
  const hearer = TELL_LIKE.has(cueLemma(tokens[cueLast]!));
  const adverbial = !afterCue || tail + 1 > last || speakerFirst > cueLast || frame.according || hearer || /^(ADP|ADV|PUNCT)$/.test(afterCue.pos) || isTimeAfterCue(afterCue.normal);
  // "CLAUSE, X said." / "CLAUSE, according to X." — the frame closes the sentence.
  // … but an opening participle phrase is the circumstance, not what was said: "Asked about the plan, Lee
  // said …", "Speaking to reporters, Lee said …".
  const circumstance = participleOpener(tokens, lo, head);
  // (Not when the sentence goes on after the frame: "This harvest, he says, is different.")
  const resumes = tokens[tail + 1]?.text === ',' && /^(AUX|VERB)$/.test(tokens[tail + 2]?.pos ?? '') && !/ing$/.test(tokens[tail + 2]!.normal);
  if (head > lo + 2 && tokens[head - 1]!.text === ',' && (tail >= last - 4 || accordingCloses(tokens, frame, lo, last)) && adverbial && !circumstance && !resumes && !(tail === cueLast && thatClauseAfter(tokens, cueLast, last))) return [lo, head - 2];
  // "CLAUSE, the Harbour Institute said." / "CLAUSE, said Mr. Lane, the agency's lawyer." / "CLAUSE, Sen. X
  // (D-Vt.) told the Herald on Thursday.": words the speaker phrase leaves out (a determiner, a
  // title) before it, an apposition, a parenthesis or adverbials after the frame.
  let open = head;
  // … and a coordinated subject ("nurses and hospital staff told …").
  // … and a title with "of" inside it ("Director of Harbor Affairs Phil Smith told …").
  const titleOf = (k: number) => tokens[k]!.normal === 'of' && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN';
  while (open > lo + 2 && open > head - 8 && tokens[open - 1]!.text !== ',' && (/^(DET|ADJ|PROPN|NOUN|NUM)$/.test(tokens[open - 1]!.pos) || titleOf(open - 1) || (tokens[open - 1]!.normal === 'and' && /^(NOUN|PROPN)$/.test(tokens[open - 2]!.pos)))) open--;
  // The part before the frame is a clause of its own; a bare noun phrase there is the subject of a
  // parenthetical frame ("The park, Mr. Lane said, will close …"), handled below.
  // … but "It was, he said, the worst day": a short clause stopping at its copula waits for the rest
  // ("… what other states already do, he said" is complete).
  const unfinished = tokens[open - 2]?.lemma === 'be' && open - 2 - lo <= 4;
  if (open > lo + 2 && /^(?:,|—|–|--)$/.test(tokens[open - 1]!.text) && adverbial && !unfinished && !circumstance && hasVerb(tokens, lo, open - 2) && closesSentence(tokens, tail + 1, last)) return [lo, open - 2];
  // "The bridge, Ms. Ortiz said, would open …" / "But to save money, she said, the city should …":
  // a parenthetical frame inside the reported sentence; the content is the sentence around it.
  let h = head;
  // … and a coordinated subject, when the sentence's verb follows the frame: "The cause, pilots and
  // captains say, is …" (not a list ending on a noun the tagger read as a cue: "…, radio and TV shows, a third …").
  const resumesWithVerb = tokens[tail + 1]?.text === ',' && /^(AUX|VERB)$/.test(tokens[tail + 2]?.pos ?? '');
  const coordinated = (k: number) => resumesWithVerb && tokens[k]!.normal === 'and' && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos);
  while (h > lo + 1 && h > head - 6 && tokens[h - 1]!.text !== ',' && (/^(PROPN|NOUN|ADJ|DET|NUM|PART)$/.test(tokens[h - 1]!.pos) || coordinated(h - 1))) h--; // "Mr.", "the former"
  // (A relative clause is no parenthetical frame: "Director Tom Brandt, who wrote both scripts, said …".)
  if (h > lo && tokens[h - 1]!.text === ',' && !/^(who|which)$/.test(tokens[head]!.normal)) {
    for (let k = tail + 1; k <= Math.min(last - 2, tail + 5); k++) {
      // "The clinic gets, according to one audit, $3 million …": a clause split by the frame.
      if (tokens[k]!.text === ',') return hasVerb(tokens, k + 1, last) || hasVerb(tokens, lo, h - 2) ? [lo, last] : null;
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'SCONJ' || tokens[k]!.normal === 'that') break;
    }
  }
  if (frame.according) {
    // "According to X, CLAUSE." (also after an opening parenthesis or a colon: "The upshot: according to X, CLAUSE.")
    if (head === lo || (head === lo + 1 && tokens[lo]!.pos === 'CCONJ') || /^[(:]$/.test(tokens[head - 1]!.text)) {
      let from = speakerLast + 1;
      if (tokens[from]?.text === ',') from++;
      return from <= last ? [from, last] : null;
    }
    return null;
  }
  if (speakerFirst > cueFirst) return null; // inverted "said X" mid-sentence: no clean content
  return contentAfterCue(tokens, frame, lo, last);
}

/**
 * A cue followed by its own that-clause, over adverbs: in "After Reed argued …, Moss said only that she
 * agreed" the clause before the comma is no content of Moss's (hers, "she agreed", is too short to keep).
 */
function thatClauseAfter(tokens: Token[], cue: number, last: number): boolean {
  let k = cue + 1;
  while (k < last && tokens[k]!.pos === 'ADV') k++;
  return k < last && tokens[k]!.normal === 'that';
}

/** "X said (on Tuesday) (that) CLAUSE" / "X told OUTLET (that) CLAUSE": the clause after the cue. */
function contentAfterCue(tokens: Token[], frame: Frame, lo: number, last: number): [number, number] | null {
  const cueLast = frame.cueToken;
  let from = cueLast + 1;
  // "Riders say: the ferry is late again.": a colon after the cue opens the clause said.
  if (tokens[from]?.text === ':') return subjectAndVerbAt(tokens, from + 1, last) ? [from + 1, last] : null;
  // "said of the keeper, who saved two shots, that …": after "said of X" only a that-clause is content.
  if (tokens[from]?.normal === 'of') {
    for (let k = from + 1; k <= last; k++) if (tokens[k]!.normal === 'that' && tokens[k]!.pos === 'SCONJ') return k + 1 <= last ? [k + 1, last] : null;
    return null;
  }
  // "said — on the radio, as it happens — that …": an aside between dashes is stepped over.
  if (DASH.test(tokens[from]?.text ?? '')) {
    let close = from + 1;
    while (close <= last && close < from + 12 && !DASH.test(tokens[close]!.text)) close++;
    if (close <= last && DASH.test(tokens[close]!.text) && tokens[close + 1]?.normal === 'that') return close + 2 <= last ? [close + 2, last] : null;
  }
  // (A day first: "said Monday, in a note to harbour staff, the pier would close".)
  from = afterDayOfSpeech(tokens, from);
  // "says, win or lose, he is staying …" / "said, in a letter, that …": an aside between commas, then the clause.
  const aside = tokens[from]?.text === ',' ? clauseAfterCommaAside(tokens, from, last, THAT_ONLY.has(cueLemma(tokens[cueLast]!))) : null;
  if (aside) return aside;
  const lemma = cueLemma(tokens[cueLast]!);
  let pastClauseOfTime = false;
  for (let k = from; k <= Math.min(last, cueLast + 12); k++) {
    // "learned that from …" / "said that." : a pronoun object, not a complementizer.
    // ("said that's …": "that" is a subject before a contracted "is".)
    const objectThat = /^(ADP|PART|PUNCT)$/.test(tokens[k + 1]?.pos ?? 'PUNCT') || tokens[k + 1]?.lemma === 'be' && tokens[k + 1]!.normal === "'s";
    // ("said that is unlikely": before its verb "that" is the content's subject.)
    if (tokens[k]!.normal === 'that' && k === from && tokens[k + 1]?.pos === 'AUX' && k + 2 <= last) return [k, last];
    // (After "as she watched", "that" right before a singular noun is its determiner, whatever the tag:
    // "as she watched that video", "when they met that morning".)
    const next = tokens[k + 1];
    const determinerAfterClause = pastClauseOfTime && !!next && next.pos === 'NOUN' && !isPluralNoun(next);
    if (tokens[k]!.normal === 'that' && (tokens[k]!.pos === 'SCONJ' || tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'DET') && !objectThat && !determinerAfterClause) {
      return k + 1 <= last ? [k + 1, last] : null;
    }
    // "added that, in Ohio, the coalition …": an aside between commas after "that", then the clause.
    if (tokens[k]!.normal === 'that' && tokens[k + 1]?.text === ',' && clauseAfterCommaAside(tokens, k + 1, last, false)) return [k + 2, last];
    // "added that at least 40 riders had …", "noted that, over the winter (the busiest season), fares …":
    // an adverbial opens the clause after "that".
    if (tokens[k]!.normal === 'that' && adverbialThenClause(tokens, k + 1, last)) return [tokens[k + 1]!.text === ',' ? k + 2 : k + 1, last];
    // "said after appearing on the podcast that …": a verb inside an adverbial phrase does not end the search.
    // … nor one in a clause of time with a pronoun subject ("said as she left the hall that …").
    const clauseOfTime = k > from && pronounClauseOfTime(tokens, k, from);
    if (clauseOfTime) pastClauseOfTime = true;
    const adverbial = k > from && (/^(after|before|while|when|since|upon|on)$/.test(tokens[k - 1]!.normal) || clauseOfTime);
    // … nor does the tail of a hyphenated noun ("in a Ledger op-ed that …", "ed" read as a verb).
    if ((tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !adverbial && !hyphenInWord(tokens, k - 1)) break;
  }
  // Verbs of knowing and finding report only with a that-clause: "found that …", not "found time to …".
  // … except from evidence: "one audit found the levy would raise rents".
  // … and "expect" with the one expected to act: "Officials expect the board to raise fares".
  // (Not in a question: "Do officials expect the board to raise fares?")
  if (lemma === 'expect' && personLike(frame.speaker) && !endsInQuestion(tokens, last) && actorThenInfinitive(tokens, from, last)) return [from, last];
  if (THAT_ONLY.has(lemma) && !evidenceLike(frame.speaker)) return null;
  // "added a second floor", "maintained her garden", "posted a map": without "that", these report
  // only a clause opened by a subject pronoun ("added he would …").
  // … or by a noun phrase and its finite verb ("knows the harbour board will vote …").
  if ((CLAUSE_OBJECT.has(lemma) || cueLexicon().clauseReports.has(lemma)) && !/^(he|she|they|we|i|it)$/.test(tokens[from]?.normal ?? '') && !bareClauseAt(tokens, from, last)) return null;
  if (TELL_LIKE.has(lemma)) {
    // Skip the hearer: "told reporters", "told IndieWire", "told him".
    // … but not into the reported clause's own subject ("told the Toronto Star he has …").
    // (A hyphen inside a name is part of it: "told The Star-Ledger".)
    while (from <= last && (/^(PRON|PROPN|NOUN|DET|ADJ|PART)$/.test(tokens[from]!.pos) || hyphenInWord(tokens, from)) && from < cueLast + 9 && !(from > cueLast + 1 && /^(he|she|they|we|i|it)$/.test(tokens[from]!.normal))) {
      from++;
      if (/^(PRON|PROPN|NOUN)$/.test(tokens[from - 1]!.pos) && /^(PRON|DET|PROPN|NOUN)$/.test(tokens[from]?.pos ?? '') && tokens[from - 1]!.pos === 'PRON') break;
      // "told aides the pier would close": a determiner after the hearer's noun opens the content.
      if (/^(NOUN|PROPN)$/.test(tokens[from - 1]!.pos) && tokens[from]?.pos === 'DET' && /^(the|a|an|this|these|those|no|some|any|every|all)$/.test(tokens[from]!.normal)) break;
      // … and so does a possessive: "assured workers their pensions were safe".
      if (/^(NOUN|PROPN)$/.test(tokens[from - 1]!.pos) && /^(his|her|their|its|our|my|your)$/.test(tokens[from]?.normal ?? '')) break;
    }
    if (lemma === 'tell' && hearerOfQuotation(tokens, frame, from, lo, last)) return null;
  }
  // "says at a rally in Dayton, Ohio, that …" / "said on Friday, …": step over the adverbial phrase.
  // "asked the senator whether …": the question is the content.
  if (from <= last && /^(whether|if)$/.test(tokens[from]!.normal)) return from + 1 <= last ? [from, last] : null;
  if (lemma === 'ask') {
    const asked = requestOrTopic(tokens, cueLast, from, last);
    if (asked !== undefined) return asked;
  }
  if (circumstanceOfQuotation(tokens, frame, from, lo, last)) return null;
  if (from <= last && tokens[from]!.pos === 'ADP' && tokens[from]!.normal !== 'that' && !opensSubject(tokens, from)) {
    for (let k = from + 1; k <= Math.min(last - 2, from + 15); k++) {
      if (tokens[k]!.normal === 'that' && tokens[k]!.pos === 'SCONJ') return [k + 1, last];
      // "said after the meeting she would …": a subject pronoun and its verb open the content.
      // … "it" too, past the preposition's own object and with no verb before it: "said in practice it
      // takes months" (not "said in it", nor "said in May after Acme announced it was …", Acme's words).
      if ((PERSONAL_SUBJECTS.test(tokens[k]!.normal) || itOpensContent(tokens, from, k)) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) return [k, last];
      // "said in 2008 the bridge would …", "said at the time the plan was …": a noun phrase right after the
      // adverbial's last noun, with a verb of its own, is the content's subject.
      if (subjectAfterAdverbial(tokens, from, k, last)) return [k, last];
      if (tokens[k]!.text === ',' && tokens[k + 1]?.pos !== 'PROPN' && !accountOfFrame(tokens, k + 1)) {
        const c = tokens[k + 1]?.normal === 'that' ? k + 2 : k + 1;
        return hasVerb(tokens, c, last) && !circumstanceOfQuotation(tokens, frame, c, lo, last) ? [c, last] : null;
      }
    }
    return null;
  }
  if (from > last || tokens[from]!.pos === 'PUNCT' || (tokens[from]!.pos === 'ADP' && !opensSubject(tokens, from)) || tokens[from]!.pos === 'PART') return null;
  return [from, last];
}

/**
 * "it" at tokens[k] can open the content after an adverbial that starts at tokens[from]: no verb between,
 * and no subordinator or wh-word right before it ("said in the town where it began that …" opens a
 * clause of place, not the content).
 */
function itOpensContent(tokens: Token[], from: number, k: number): boolean {
  if (tokens[k]!.normal !== 'it' || k <= from + 1) return false;
  const before = tokens[k - 1]!.normal;
  if (SUBORDINATORS.has(before) || /^(where|who|which|whom|whose|what|why|how)$/.test(before)) return false;
  return !hasVerb(tokens, from + 1, k - 1);
}

/**
 * A present-tense verb the tagger read as a plural noun, between its subject's noun and its object's
 * determiner: "the ferry job marks his return", "each year of schooling yields a rise". (A noun phrase
 * puts no determiner right after its head; a preposition may follow one: "ferry workers at the dock".)
 */
function verbReadAsNoun(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' || !/[^s]s$/.test(t.normal)) continue;
    // (Not a noun after its adjective: "said hello to old friends the next morning" has no verb.)
    const subject = /^(NOUN|PROPN|PRON)$/.test(tokens[k - 1]!.pos);
    const next = tokens[k + 1]!.normal;
    if (subject && opensNounPhrase(next)) return true;
  }
  return false;
}

/**
 * A short noun phrase or object pronoun at tokens[from], then "to" and a verb: "the board to raise
 * fares", "it to pass", "Ms. Vale to be named" (not "a big crowd", nor "to attend").
 */
function actorThenInfinitive(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  while (k <= last && k < from + 6 && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) || /^(it|him|her|them|us|['’]s)$/.test(tokens[k]!.normal))) k++;
  return k > from && k < last && tokens[k]!.normal === 'to' && /^(VERB|AUX)$/.test(tokens[k + 1]!.pos);
}

/** tokens[k] is the verb of a clause of time opened by its subject pronoun: "as she left", "after they voted". */
function pronounClauseOfTime(tokens: Token[], k: number, from: number): boolean {
  return k - 2 >= from && PERSONAL_SUBJECTS.test(tokens[k - 1]!.normal) && TIME_SUBORDINATORS.has(tokens[k - 2]!.normal);
}

/**
 * The content after an aside set off by commas right after the cue (tokens[open] is the first comma):
 * "says, win or lose, he is staying" keeps the aside, which is part of what was said; a circumstance
 * ("said, in a letter, that …", "said, however, the …") is stepped over. The aside is short and holds
 * no quotation; a clause (a subject and its verb, or "that") follows it. Not ", and …"; after a participle
 * (", adding …", ", smiling, that …") only a that-clause.
 */
function clauseAfterCommaAside(tokens: Token[], open: number, last: number, thatOnly: boolean): [number, number] | null {
  let close = open + 1;
  while (close <= last && close < open + 9 && tokens[close]!.text !== ',' && !isQuoteMark(tokens[close]!)) close++;
  if (close > last || tokens[close]!.text !== ',' || close === open + 1) return null;
  const first = tokens[open + 1]!;
  // (Not a clause of its own either: "the plans she has drafted, she needs revenue, which …".)
  if (first.pos === 'CCONJ' || subjectAndVerbAt(tokens, open + 1, close - 1)) return null;
  const next = close + 1;
  if (tokens[next]?.normal === 'that') return next + 1 <= last && hasVerb(tokens, next + 1, last) ? [next + 1, last] : null;
  if (thatOnly || (first.pos === 'VERB' && /ing$/.test(first.normal)) || /^(which|who|whom|whose)$/.test(tokens[next]?.normal ?? '') || !subjectAndVerbAt(tokens, next, last)) return null;
  const circumstance = /^(ADP|ADV|SCONJ)$/.test(first.pos) || isTimeAfterCue(first.normal);
  return [circumstance ? next : open + 1, last];
}

/**
 * An adverbial opens at tokens[from] (a preposition or a comma) and a clause follows it: a finite verb
 * after a noun or pronoun of its own, within a bounded window ("at least 40 riders had", "in 2015 the
 * pier was", ", given the split, passing the levy will"). Not a "that" that is an object: "learned that
 * from his aide", "said that in public, and the board agreed" (a conjunction, relative or colon ends it).
 */
function adverbialThenClause(tokens: Token[], from: number, last: number): boolean {
  if (tokens[from]?.pos !== 'ADP' && tokens[from]?.text !== ',') return false;
  // The adverbial's own opener may be a subordinator ("added that after the vote the board …", "that,
  // because …"); one later opens a clause that hangs on the verb: "learned that from his aide after the
  // board met" ("after" is tagged ADP there too). Not "as": "that in 2015 as many as 40 riders had".
  const opener = tokens[from]!.text === ',' ? from + 1 : from;
  for (let j = from + 1; j <= last && j < from + 25; j++) {
    const t = tokens[j]!;
    if (isQuoteMark(t) || /^[;:]$/.test(t.text) || /^(and|but|or|who|which|whom|that|whose)$/.test(t.normal)) return false;
    if (j > opener && ((SUBORDINATORS.has(t.normal) && t.normal !== 'as') || t.pos === 'SCONJ')) return false;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // A participle or infinitive inside the adverbial ("given the split", "to save money") is stepped over.
    if (/ing$/.test(t.normal) || /^(,|to|\()$/.test(tokens[j - 1]!.normal) || tokens[j - 1]!.pos === 'ADP') continue;
    // (Not a frame of its own: "finds that in the harbour, he said, …"; nor a participle on a noun:
    // "learned that from a memo sent by the board".)
    const participle = t.pos === 'VERB' && (t.normal === t.lemma || tokens[j + 1]?.normal === 'by' || (/(?:ed|en)$/.test(t.normal) && tokens[j + 1]?.pos === 'ADP'));
    return /^(NOUN|PROPN|PRON|NUM)$/.test(tokens[j - 1]!.pos) && !participle && !cueAt(tokens, j, 'report');
  }
  return false;
}

/**
 * What "asked" asks, besides a question (handled by the caller): a topic ("asked Reyes about the
 * budget"), a thing requested ("asked for a recount") or an act requested with its hearer ("asked Hale
 * to send the files"), each up to the clause's end. undefined when none of these follows.
 */
function requestOrTopic(tokens: Token[], cue: number, from: number, last: number): [number, number] | null | undefined {
  let start = -1;
  if (tokens[cue + 1]?.normal === 'for') start = cue + 2;
  // (A topic without a hearer, "when Reuters asked about them", is often the writer's own question,
  // and the clause after it no answer: nothing is reported.)
  else if (tokens[from]?.normal === 'about') {
    if (from === cue + 1) return null;
    start = from;
  }
  else if (tokens.slice(cue + 2, from + 1).some((t, k) => t.normal === 'to' && tokens[cue + 3 + k]?.pos === 'VERB')) start = cue + 1;
  if (start < 0 || start > last) return undefined;
  let end = start;
  while (end < last && !/^[,;:]$/.test(tokens[end + 1]!.text) && !isQuoteMark(tokens[end + 1]!)) end++;
  return end - start >= 1 ? [start, end] : null;
}

/**
 * A word tagged as a preposition that opens the content's subject rather than an adverbial: an
 * approximation before a number or share ("said nearly half the growth came from …", "nearly 40
 * percent"), or the first part of a compound ("said down-ballot races could …").
 */
function opensSubject(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  if (hyphenInWord(tokens, k + 1)) return true;
  return /^(about|around|nearly|almost|over|under|roughly)$/.test(tokens[k]!.normal) && (next.pos === 'NUM' || /^(half|a|one|two|three)$/.test(next.normal));
}

/**
 * A sentence opening with the occasion of what follows: "Asked whether …", "When pressed on …",
 * "Speaking to reporters …". Before a frame with nothing else between, it is no content of its own.
 */
function participleOpener(tokens: Token[], lo: number, head: number): boolean {
  const first = /^(when|while|after|once|upon)$/.test(tokens[lo]?.normal ?? '') ? lo + 1 : lo;
  if (!OCCASIONS.has(tokens[first]?.normal ?? '')) return false;
  // "Writing the budget took months, Lee said": a gerund with a verb of its own after it is the subject
  // of a clause, which is the content. (An "asked" phrase holds the question's verbs: "Asked whether
  // she would run, …".)
  let gerund = tokens[first]!.normal.endsWith('ing');
  for (let k = first + 1; k < head - 1; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return false;
    // (Verbs of a clause inside the phrase are its own: "Responding to critics who say the plan is late, …".)
    if (/^(who|which|that|whether|if|why|how|what|when|where)$/.test(t.normal)) gerund = false;
    if (gerund && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.normal) && tokens[k - 1]!.normal !== 'to'))) return false;
  }
  return true;
}

const OCCASIONS = new Set(['asked', 'pressed', 'questioned', 'quizzed', 'challenged', 'interviewed', 'reached', 'contacted', 'speaking', 'talking', 'responding', 'answering', 'testifying', 'appearing', 'writing', 'addressing', 'replying']);

/** The token in [lo, hi] that holds the offset, else lo; a binary search (tokens are in text order). */
function indexAt(tokens: Token[], offset: number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (tokens[mid]!.start <= offset) a = mid;
    else b = mid - 1;
  }
  return a <= hi && tokens[a]!.start <= offset && offset < tokens[a]!.end ? a : lo;
}

/**
 * Whether tokens (from, last] after a sentence-final frame only add to it: adverbials with no verb
 * ("on Thursday", "in an interview with the Herald"), then after a comma an apposition ("the agency's
 * lawyer"), a relative clause ("who heads the center") or a participle ("adding …"), but no clause of its own.
 */
function closesSentence(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  let phrase = false;
  while (k <= last && tokens[k]!.text !== ',') {
    // "according to neighbours who knew her": a relative clause on the speaker.
    if (/^(who|whose)$/.test(tokens[k]!.normal) && k > from) return true;
    // "… the mayor said after meeting the board", "said during a speech to win delegates": inside a
    // prepositional phrase a gerund or an infinitive is the phrase’s own, no clause ("asked for riders to
    // wait" is a request, its clause the content).
    if (k === from && tokens[k]!.pos === 'ADP' && !/^(to|for)$/.test(tokens[k]!.normal)) phrase = true;
    if (phrase && /^(VERB|AUX)$/.test(tokens[k]!.pos) && (/ing$/.test(tokens[k]!.normal) || tokens[k - 1]?.normal === 'to')) {
      k++;
      continue;
    }
    // "… the minister said Monday as she left the hall": a time clause on the frame.
    if (/^(as|when|while|after|before)$/.test(tokens[k]!.normal) && tokens[k]!.pos === 'SCONJ') return true;
    // "according to a short item in the Mill Valley Courier", "a poll released Sunday": a capitalised word inside
    // a name, or a participle describing the source, is no verb of a clause.
    const nameWord = /^\p{Lu}/u.test(tokens[k]!.text) && tokens[k - 1]?.pos === 'PROPN';
    const describing = SOURCE_PARTICIPLES.has(tokens[k]!.normal) && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '');
    if (((tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !nameWord && !describing) || tokens[k]!.normal === 'that' || tokens[k]!.pos === 'SCONJ') return false;
    k++;
  }
  while (k <= last) {
    // tokens[k] is a comma.
    const next = tokens[k + 1];
    if (!next) return true;
    if (/^(who|which|whose|where)$/.test(next.normal)) return true;
    // "…, adding that …" / "…, saying he …" modify the frame; "…, moving the depot would be …" is a clause.
    if (next.pos === 'VERB' && /(ing|ed)$/.test(next.normal)) {
      for (let j = k + 2; j <= last && tokens[j]!.text !== ','; j++) {
        const t = tokens[j]!;
        if (t.normal === 'that' || t.pos === 'SCONJ' || t.pos === 'PRON') return true;
        if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.normal))) return false;
      }
      return true;
    }
    // "…, according to X, head of the lab, and other engineers."
    if (!/^(DET|ADJ|PROPN|NOUN|NUM|ADV|ADP|CCONJ)$/.test(next.pos)) return false;
    // An apposition: a noun phrase up to the next comma, a relative or the end, with no verb of its own.
    let j = k + 1;
    while (j <= last && tokens[j]!.text !== ',') {
      const t = tokens[j]!;
      if (/^(who|which|whose|that)$/.test(t.normal) && j > k + 1) return true;
      if (t.pos === 'VERB' || t.pos === 'AUX') return false;
      j++;
    }
    k = j;
  }
  return true;
}

/** Participles that describe a report or poll after its noun: "a poll released Sunday", "a survey conducted by …". */
const SOURCE_PARTICIPLES = new Set(['released', 'published', 'conducted', 'issued', 'commissioned', 'obtained', 'filed', 'compiled', 'taken', 'posted', 'sent', 'shared', 'seen', 'reviewed']);

/**
 * A reply that stands for a clause: "said so", "said yes", "said no to the merger", "say the same of
 * the mayor", "said she would". Only as the whole content or before its complement, so "says so much about" is none.
 */
function elliptical(tokens: Token[], from: number, to: number): boolean {
  // The tokenizer may keep a sentence's full stop on a last word: "said no.".
  const first = tokens[from]!.normal.replace(/\.$/, '');
  const next = tokens[from + 1]?.normal;
  if (/^(so|yes|no|otherwise)$/.test(first)) return to === from || (first === 'no' && next === 'to');
  // "Lee said she would.", "they said it could not": a pronoun and an auxiliary stand for the clause.
  // (Not after a question word: "asked where he was" is no reply.)
  if (/^(he|she|they|we|i|it)$/.test(first) && tokens[from + 1]?.pos === 'AUX' && !QUESTION_OPENERS.test(tokens[from - 1]?.normal ?? '')) return to === from + 1 || (to === from + 2 && /^(not|n't|n’t)$/.test(tokens[to]!.normal));
  return first === 'the' && next === 'same' && (to === from + 1 || /^(of|about|for|thing)$/.test(tokens[from + 2]?.normal ?? ''));
}

/**
 * Three words make a report when they are a clause with its subject ("they were angry", "it would
 * not"), not a relative clause's rest ("TV shows that make her laugh") nor a leftover of a quotation.
 */
function shortClause(tokens: Token[], from: number, to: number, relative: boolean): boolean {
  // "what the auditors said was plain waste": inside a relative clause the subject is the pronoun before the frame.
  return (relative || /^(PRON|PROPN|NOUN|DET)$/.test(tokens[from]!.pos)) && !tokens.slice(from, to + 1).some(isQuoteMark);
}

/** The frame sits inside a relative clause: "what the auditors said was …", "which officials said will …". */
function inRelative(view: TokenView, frame: Frame): boolean {
  const first = view.tokenAtOrAfter(Math.min(frame.speaker.phraseStart ?? frame.speaker.start, frame.cueStart));
  return /^(what|which|that|who)$/.test(view.tokens[first - 1]?.normal ?? '');
}
