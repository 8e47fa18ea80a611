import type { ExtractedQuote, Sentence, Token } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { afterDateline, compoundModifierHalf, cueAt, cueLemma, frameAtToken, frameForCue, hasVerb, isPassiveCue, negated, outletNear, sentenceSubject, TokenView, withheldQuestion, type Frame } from './frame.js';
import { classify, description, descriptionHead, evidenceLike, hyphenInWord, isEvidenceWord, isQuoteMark, isTimePhrase, opensExamples, personLike, sourceText, subjectBefore, tokenAt, wordBefore, type SpeakerPhrase } from './speaker.js';
import { cueLexicon } from './lexicon.js';
import { groupWord, isPluralNoun, SHARE_WORDS, SUBORDINATORS, TIME_SUBORDINATORS } from '../nlp/words.js';
import { SpanIndex } from '../text/span-index.js';
import { isDayWord, isPartOfDay } from '../nlp/time-words.js';
import { namesWithComplement } from './naming.js';
import { REGARDING_VERBS, regardsAs } from './regarding.js';
import { nominalReport, opensNounPhrase } from './nominal.js';
import { passiveWithAgent, reportedByOutlet } from './passive.js';
import { pollStanding } from './polls.js';
import { attackAt } from './idioms.js';
import { dashAsideOpening, DASH, isDash, SentenceScan } from './sentence-scan.js';
import { statedAttitude } from './attitude.js';
import { madeSpeechAct } from './made.js';
import { endsInQuestion, inOwnersView, ownedStance } from './stance.js';

/** Subject pronouns of persons, which open a clause of their own ("said after the meeting she would …"). */
const PERSONAL_SUBJECTS = /^(he|she|they|we|i)$/;

export interface IndirectQuote {
  start: number;
  end: number;
  frame: Frame;
}

/**
 * Report cues that report only with a that-clause: "found that …", "responded that …", "expects that …"
 * (not "found time to …", "expects the ferry back by noon").
 */
const THAT_ONLY = new Set(['find', 'respond', 'charge', 'expect', 'anticipate', 'forecast', 'calculate']);
/** A day or a word of relative time after a cue: "said Monday", "told reporters last week", "said earlier". */
const isTimeAfterCue = (normal: string) => isDayWord(normal) || /^(last|this|earlier|later|recently)$/.test(normal);
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

/** One sentence as the report rules read it. */
interface ReportSentence {
  view: TokenView;
  tokens: Token[];
  /** The whole article's text. */
  articleText: string;
  s: Sentence;
  /** The sentence's last word token (before final punctuation). */
  last: number;
  /** The quotations of speech in the sentence. */
  quotes: MarkedSpan[];
  inQuote: (i: number) => boolean;
  /** The sentence's clause structure, read once when a rule first needs it. */
  scan: () => SentenceScan;
}

function reportSentence(view: TokenView, marks: SpanIndex<MarkedSpan>, s: Sentence): ReportSentence {
  const tokens = view.tokens;
  // A sentence holding a quotation is the quote stage's; titles and scare quotes inside ("a fan of
  // “Keeping Up with the Harbour Crew”") do not make it one.
  const text = view.doc.article.text;
  // … but reported speech beside the quotation is still reported: "She said A, and when asked again,
  // answered, “…”" reports A; the content must stay clear of the quotation (with quoted words inside it
  // is a partial quote, the quote stage's).
  const quotes = marks.overlapping(s.start, s.end).filter((m) => isSpeechLike(text.slice(m.start, m.end)));
  const inQuote = (i: number) => quotes.some((m) => tokens[i]!.start >= m.open && tokens[i]!.start < Math.max(m.end, m.close + 1));
  let last = s.tokenEnd - 1;
  while (last > s.tokenStart && tokens[last]!.pos === 'PUNCT') last--;
  let scanned: SentenceScan | undefined;
  return { view, tokens, articleText: text, s, last, quotes, inQuote, scan: () => (scanned ??= new SentenceScan(tokens, s.tokenStart, last)) };
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
    // "VALMORA (Reuters) - Rain forced …, officials said": the dateline is no part of what was said.
    if (content && content[0] === s.tokenStart) content = [Math.max(content[0], afterDateline(view, s)), content[1]];
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

/** The comma opening ", according to X" inside content tokens[from, to], or -1. */
function accountAfter(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to - 1; k++) {
    if (tokens[k]!.text === ',' && accountOfFrame(tokens, k + 1)) return k;
  }
  return -1;
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

// The loops over a sentence's tokens below ask these instead of found.some((q) => …): a closure over a
// variable of the loop's body made V8 allocate that body's variables anew for every token.

/** Whether a report in out[from…] overlaps [start, end). */
function overlapsFrom(out: IndirectQuote[], from: number, start: number, end: number): boolean {
  for (let k = from; k < out.length; k++) if (out[k]!.start < end && out[k]!.end > start) return true;
  return false;
}

/** Whether a report in `found` spans exactly [start, end). */
function hasSpan(found: IndirectQuote[], start: number, end: number): boolean {
  for (const q of found) if (q.start === start && q.end === end) return true;
  return false;
}

/** Whether inQuote holds for a token in [from, to]. */
function someInQuote(inQuote: (i: number) => boolean, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (inQuote(k)) return true;
  return false;
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
 * The phrase a relative clause hangs on, for the forms antecedentOfWho leaves: "which" after a body
 * ("The pilots' union, which endorsed Kale in May, …"), "that" right after a noun ("a guild that
 * endorsed Kale …"), and a day between the pronoun and the cue ("Ruiz, who on Tuesday endorsed Kale").
 * The pronoun is the mention, the phrase the speaker (as in antecedentOfWho).
 */
function relativeAntecedent(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  let k = beforeAuxiliaries(tokens, cue - 1, lo);
  // "who on Tuesday endorsed", "which last week endorsed"
  if (k > lo + 1 && isDayWord(tokens[k]!.normal) && /^(on|last|this)$/.test(tokens[k - 1]!.normal)) k -= 2;
  const pronoun = tokens[k];
  if (k <= lo || !pronoun || !/^(who|which|that)$/.test(pronoun.normal)) return null;
  // ("that" only right after its noun: "said that endorsed" is no relative.)
  if (pronoun.normal === 'that' && !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return null;
  const head = nounPhraseEndingAt(tokens, tokens[k - 1]!.text === ',' ? k - 2 : k - 1, lo);
  // "which" stands for a body, named or not ("the Harbour Guild, which …", "the local board, which …"),
  // not a person nor a thing.
  if (!head || !personLike(head) || (pronoun.normal === 'which' && head.kind !== 'organization')) return null;
  return { ...head, start: pronoun.start, end: pronoun.end, text: pronoun.text, phraseStart: head.kind === 'anonymous' ? head.start : undefined };
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

/** "on Friday" at tokens[k]: a day between an object cue and its particle ("sought on Friday to calm …"). */
function dayPhraseAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.normal === 'on' && isDayWord(tokens[k + 1]?.normal ?? '');
}

/**
 * The subject of the verb that governs an object cue in an infinitive or a gerund: "Reyes used the
 * hearing to call for …", "the union voted to endorse Hale", "Reyes opened by talking about …", "joined
 * the mayor in calling for …". The verb is the nearest one back within the clause (no comma between);
 * one whose object does the act ("persuaded the mayor to endorse …") gives none.
 */
function controllingSubject(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const p = wordBefore(tokens, cue - 1, lo);
  const infinitive = tokens[p]?.normal === 'to';
  const gerund = /ing$/.test(tokens[cue]!.normal) && /^(by|in|of|to|about|for|after|before|while|from|on)$/.test(tokens[p]?.normal ?? '');
  if (p <= lo || !(infinitive || gerund)) return null;
  for (let k = p - 1; k >= lo && k > p - 10; k--) {
    const t = tokens[k]!;
    if (/^(?:[,;:()]|—|–|--)$/.test(t.text) || isQuoteMark(t)) return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (cueLexicon().objectControl.has(t.lemma) && k < p - 1) return null;
    return subjectBefore(tokens, k, lo);
  }
  return null;
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

/** A time phrase opens at tokens[k]: "for years", "for a second time" (how long or when, not what for). */
function timeAt(tokens: Token[], k: number, last: number): boolean {
  let end = k;
  while (end < last && /^(DET|ADJ|NUM|NOUN)$/.test(tokens[end + 1]!.pos)) end++;
  // (Not a day's thing: "voted against Tuesday's package".)
  if (tokens[end + 1]?.pos === 'PART') return false;
  const phrase = sourceText(tokens, k, end + 1);
  return isTimePhrase(phrase) || /^(?:the |a )?(?:first|second|third|last|next|final|only) time$/i.test(phrase);
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

/** A clause opens at tokens[k]: a name or subject pronoun and its finite verb ("Reed said", "she blamed"). */
function clauseOpensAt(tokens: Token[], k: number, last: number): boolean {
  let v = k;
  if (PERSONAL_SUBJECTS.test(tokens[k]?.normal ?? '')) v++;
  else while (v <= last && v < k + 4 && tokens[v]!.pos === 'PROPN') v++;
  return v > k && v <= last && /^(VERB|AUX)$/.test(tokens[v]!.pos) && !/ing$/.test(tokens[v]!.normal);
}

/** A word opening a clause of the object's own lies in [from, k): "pledged that, if elected, he would …". */
function opensClauseBetween(tokens: Token[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (/^(that|how|whether|if|why|what|when|where)$/.test(tokens[j]!.normal)) return true;
  return false;
}

/** The verb at tokens[cue] is coordinated with one before: "… and has called for", "…, but never cited". */
function coordinatedAfter(tokens: Token[], cue: number, lo: number): boolean {
  let k = cue - 1;
  while (k > lo && /^(ADV|AUX|PART)$/.test(tokens[k]!.pos)) k--;
  return /^(and|but)$/.test(tokens[k]!.normal);
}

/** A short subject and a report cue open at k: "she insisted", "the harbour master said". */
function subjectAndCueAt(tokens: Token[], k: number, last: number): boolean {
  for (let j = k + 1; j <= Math.min(last, k + 5); j++) {
    if (!/^(PRON|PROPN|NOUN|DET|ADJ|ADV)$/.test(tokens[j - 1]!.pos)) return false;
    if (/^(PRON|PROPN|NOUN)$/.test(tokens[j - 1]!.pos) && cueAt(tokens, j, 'report')) return true;
  }
  return false;
}

/** tokens[k] is a participle right after a comma: ", noting …", ", citing …". */
function participleAfterComma(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.text === ',' && tokens[k]?.pos === 'VERB' && /ing$/.test(tokens[k]!.normal);
}

/**
 * "“…,” Ms. Lee said, noting that …" / "…, he said, citing the figures": a participle right after a
 * speech frame shares its speaker, though the sentence opens with a quotation and has no subject.
 */
function participleOfFrame(view: TokenView, cue: number, lo: number): Frame | null {
  const tokens = view.tokens;
  if (!participleAfterComma(tokens, cue)) return null;
  // (Past one apposition or adverbial: "said Weil, the board's chair, explaining …", "said Tamm during the
  // second forum, suggesting …".)
  let commas = 0;
  for (let k = cue - 2; k >= lo && k > cue - 16; k--) {
    if (isQuoteMark(tokens[k]!) || (tokens[k]!.text === ',' && ++commas > 1)) break;
    // A clause of its own between them has its own subject: "“…,” Tamm said, and Weil walked out, saying …".
    if (/^(and|but)$/.test(tokens[k]!.normal)) break;
    if (!cueAt(tokens, k, 'speech')) continue;
    const before = frameForCue(view, k, lo, cue - 1, 'speech');
    if (!before || before.speaker.end > tokens[cue - 1]!.start) return null;
    return frameAtToken(tokens, cue, before.speaker, { outlet: before.outlet, distant: true });
  }
  return null;
}

/**
 * "In a letter released Monday, Weil criticized the deal, arguing that …": a participle after a comma
 * shares the subject of the nearest verb before it, when that subject is a person or a body that speaks.
 */
function participleOfClause(tokens: Token[], cue: number, lo: number): Frame | null {
  if (!participleAfterComma(tokens, cue)) return null;
  for (let v = cue - 2; v > lo && v > cue - 25; v--) {
    if (tokens[v]!.text === ';' || isQuoteMark(tokens[v]!)) return null;
    if (tokens[v]!.pos !== 'VERB' || /ing$/.test(tokens[v]!.normal)) continue;
    const subject = subjectBefore(tokens, v, lo);
    return subject && personLike(subject) ? frameAtToken(tokens, cue, subject, { distant: true }) : null;
  }
  return null;
}

/** "In a new county survey, CLAUSE" / "But in the state's figures, CLAUSE": evidence opening the sentence. */
function evidenceOpener(view: TokenView, lo: number, last: number): IndirectQuote | null {
  const tokens = view.tokens;
  let k = lo;
  if (tokens[k]?.pos === 'CCONJ') k++;
  if (tokens[k]?.normal !== 'in') return null;
  const cue = k;
  let comma = k + 1;
  while (comma <= last && comma < k + 16 && tokens[comma]!.text !== ',') comma++;
  if (comma > last || tokens[comma]!.text !== ',') return null;
  let head = -1;
  for (let j = k + 1; j < comma && j < k + 10; j++) {
    if (isEvidenceWord(tokens[j]!.normal) && /^(NOUN|PROPN)$/.test(tokens[j]!.pos)) { head = j; break; }
    if (tokens[j]!.pos === 'VERB') break;
  }
  if (head < 0) return null;
  const speaker = classify(tokens, cue + 1, head + 1);
  if (!speaker) return null;
  const from = comma + 1;
  if (last - from < 3 || !hasVerb(tokens, from, last)) return null;
  return { start: tokens[from]!.start, end: tokens[last]!.end, frame: frameAtToken(tokens, cue, speaker, { outlet: null, according: true }) };
}

/** "CLAUSE, federal election records show." / "…, new fundraising reports show.": evidence closing the sentence. */
function evidenceCloser(view: TokenView, lo: number, last: number): IndirectQuote | null {
  const tokens = view.tokens;
  const cue = tokens[last]!;
  if (!/^(show|shows|showed|indicate|indicates|suggest|suggests)$/.test(cue.normal) || !isEvidenceWord(tokens[last - 1]?.normal ?? '')) return null;
  let comma = last - 1;
  // "a Ledger review of recently lodged tax-court records": adverbs and in-word hyphens too.
  while (comma > lo && last - comma < 14 && (/^(NOUN|PROPN|ADJ|DET|NUM|ADP|PART|ADV)$/.test(tokens[comma - 1]!.pos) || hyphenInWord(tokens, comma - 1) || /^(filed|compiled|released|published|obtained)$/.test(tokens[comma - 1]!.normal))) comma--;
  comma--;
  if (comma <= lo + 2 || tokens[comma]!.text !== ',' || !hasVerb(tokens, lo, comma - 1)) return null;
  const speaker = classify(tokens, comma + 1, last);
  if (!speaker) return null;
  return { start: tokens[lo]!.start, end: tokens[comma - 1]!.end, frame: frameAtToken(tokens, last, speaker, { outlet: null }) };
}

/** "Reed slipped to 10 points in the latest Ledger poll.": the poll reports the standing. */
function inPoll(view: TokenView, lo: number, last: number): IndirectQuote | null {
  const standing = pollStanding(view, lo, last);
  return standing && { start: view.tokens[standing.from]!.start, end: view.tokens[standing.to]!.end, frame: standing.frame };
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

/**
 * The phrase names who made the evidence right before it: "A survey by the harbour board found …", "a
 * poll from Dover College released Monday shows …". The survey finds, and the board that ran it is its
 * speaker (as "by the board" is in the that-clause form).
 */
function evidenceByAgent(tokens: Token[], phrase: SpeakerPhrase, cue: number, lo: number): boolean {
  let k = tokenAt(tokens, phrase.phraseStart ?? phrase.start, cue) - 1;
  // (Over a description before a name: "by the harbour watchdog group Tide Watch".)
  for (const stop = k - 6; k > stop && k > lo && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos); ) k--;
  return k > lo && /^(by|from)$/.test(tokens[k]!.normal) && isEvidenceWord(tokens[k - 1]!.normal);
}

/** A share of people, who hold a stance as people do: "two-thirds", "a majority of tenants", "42 percent". */
function shareOfPeople(sp: SpeakerPhrase): boolean {
  // (Not one someone else holds: "the mayor's 40 percent".)
  if (!SHARE_WORDS.test(descriptionHead(sp).split('-').pop()!) || /['’]s\b/.test(sp.name)) return false;
  // (Of people, when it says of whom: not "half of the winter".)
  const of = sp.name.split(/\s+of\s+/);
  return of.length < 2 || personLike({ ...sp, name: of[of.length - 1]! });
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

/**
 * A count or share ending at tokens[e] is the subject of the word after it: a count of people
 * (notACount), not the object of a verb or preposition before it ("won 60 percent support", "with 40
 * percent support").
 */
function countOpensClause(tokens: Token[], e: number): boolean {
  if (notACount(tokens, e, e + 1)) return false;
  let s = e;
  while (s > 0 && s > e - 6 && (/^(NUM|DET)$/.test(tokens[s - 1]!.pos) || SHARE_WORDS.test(tokens[s - 1]!.normal) || COUNT_QUALIFIERS.has(tokens[s - 1]!.normal))) s--;
  return !/^(VERB|AUX|ADP)$/.test(tokens[s - 1]?.pos ?? '');
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

/** The end of [start, end), moved past the closing mark of a quotation it opens but does not close. */
function throughOpenQuotation(text: string, start: number, end: number, limit: number): number {
  const inner = text.slice(start, end);
  const opens = (inner.match(/“/g) ?? []).length;
  const closes = (inner.match(/”/g) ?? []).length;
  if (opens <= closes) return end;
  const close = text.indexOf('”', end);
  return close >= 0 && close < limit ? close + 1 : end;
}

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

/**
 * The report cue's frame with a speaker before the cue that frameForCue does not see: the phrase
 * before a dash apposition ("Reyes -- a historian -- said"), the antecedent of "who" ("a builder who
 * said"), a share of a group ("most of them said"), a noun with a clause of its own ("the analysts I
 * spoke with said"), a share of those polled ("42% say", "nearly a third say"). Without such a speaker,
 * the frame as found; a sentence adverb set off by commas ("Others, however, say") is stepped over,
 * and a quantifier standing alone is a group ("Some said", "all agreed").
 */
function withSpeakerBefore(view: TokenView, cue: number, lo: number, frame: Frame | null): Frame | null {
  if (frame && (frame.according || frame.speaker.start < view.tokens[cue]!.start)) return frame;
  const found = cueAt(view.tokens, cue, 'report');
  if (!found || found.medium || found.according) return frame;
  const speaker = speakerBeforeDashes(view.tokens, cue, lo) ?? antecedentOfWho(view.tokens, cue, lo) ?? partOfGroup(view.tokens, cue, lo) ?? withContactClause(view.tokens, cue, lo) ?? shareOfRespondents(view.tokens, cue, lo) ?? beforeCommaAdverb(view.tokens, cue, lo) ?? bareQuantifier(view.tokens, cue, lo) ?? beforeParticipialAside(view.tokens, cue, lo) ?? beforeLongApposition(view, cue, lo) ?? countedGroup(view.tokens, cue, lo) ?? subjectOfVerbBeforeTo(view.tokens, cue, lo);
  if (!speaker) return frame;
  return frameAtToken(view.tokens, cue, speaker);
}

/** "Reyes -- author of a book on the race -- said": the subject before the opening dash. */
function speakerBeforeDashes(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const open = dashAsideOpening(tokens, cue - 1, lo);
  if (open < 0) return null;
  const speaker = subjectBefore(tokens, open, lo, true);
  // "Guests at the dinner — including doctors and nurses — said": examples of people make the head people.
  return speaker && (personLike(speaker) || opensExamples(tokens, open + 1)) ? speaker : null;
}

/**
 * A cue coordinated with an earlier verb ("… and said", "… but said", ", and then said") shares the
 * subject of the nearest verb back that has one, when no speaker was found or a new clause opens after
 * the sentence's subject: "The crowd cheered, and when Bell thanked the city and said …" reports Bell.
 */
function withCoordinatedSubject(tokens: Token[], cue: number, lo: number, frame: Frame | null): Frame | null {
  const k = wordBefore(tokens, cue - 1, lo);
  // Not "and then state and county clerks …", where the cue is an adjective the tagger read as a verb.
  if (k <= lo || !/^(and|but)$/.test(tokens[k]!.normal) || tokens[cue + 1]?.pos === 'CCONJ') return frame;
  if (frame && frame.speaker.start > tokens[k]!.start && frame.speaker.start < tokens[cue]!.start) return frame; // "and Nicklaus said"
  // A subject inside an embedded clause serves only when the main clause has none.
  let embedded: { subject: SpeakerPhrase; verb: number } | null = null;
  for (let v = k - 1; v > lo; v--) {
    if (tokens[v]!.text === ';') break;
    // A quoted phrase inside the clause is stepped over: "Ruiz called the plan “careless,” but said …".
    if (isQuoteMark(tokens[v]!)) {
      v = openingMarkBefore(tokens, v, lo);
      if (v < 0) break;
      continue;
    }
    if (tokens[v]!.pos !== 'VERB' || /ing$/.test(tokens[v]!.normal)) continue;
    const subject = subjectBefore(tokens, v, lo);
    if (!subject || !personLike(subject)) continue;
    if (opensEmbeddedClause(tokens, subject, v)) {
      embedded ??= { subject, verb: v };
      continue;
    }
    return coordinatedFrame(tokens, cue, k, frame, subject, v);
  }
  return embedded ? coordinatedFrame(tokens, cue, k, frame, embedded.subject, embedded.verb) : frame;
}

/**
 * The frame of a cue coordinated (by the conjunction at tokens[k]) with the verb at tokens[v] and its
 * subject. The sentence's subject found already stands unless a new clause opens after it: "The crowd
 * cheered, and when Bell thanked …" (a subject inside "on whom Ruiz would pick …" does not).
 */
function coordinatedFrame(tokens: Token[], cue: number, k: number, frame: Frame | null, subject: SpeakerPhrase, v: number): Frame {
  const before = frame && frame.speaker.start < tokens[k]!.start;
  if (before && (frame.speaker.start === subject.start || !clauseOpensBetween(tokens, frame.speaker.end, subject.start, v))) return frame;
  return frameAtToken(tokens, cue, subject, { outlet: null, distant: true });
}

/**
 * The subject opens a that-clause or a relative clause: in "Lee scoffed at the claim that Ohio would
 * win, and said …" the cue is coordinated with the main verb, not with the clause inside its object.
 */
function opensEmbeddedClause(tokens: Token[], subject: SpeakerPhrase, verb: number): boolean {
  return /^(that|which|who|whom)$/.test(tokens[tokenAt(tokens, subject.phraseStart ?? subject.start, verb) - 1]?.normal ?? '');
}

/** The quotation mark that opens the quoted phrase closed at `close`, a few words back, or -1. */
function openingMarkBefore(tokens: Token[], close: number, lo: number): number {
  for (let j = close - 1; j > lo && j > close - 12; j--) if (isQuoteMark(tokens[j]!)) return j;
  return -1;
}

/**
 * A cue listed after a comma, with no "and", behind a clause of the sentence's subject: "Vera Kolb
 * offered the clerk a seat, then says she will …", "Ina Roth is pleased with the turnout, says she
 * warned …". The cue shares that subject. What follows it must open a clause ("she will", "that"):
 * otherwise the phrase after the cue is an inverted speaker ("…, says Ina Roth").
 */
function withListedVerbSubject(view: TokenView, cue: number, lo: number, frame: Frame | null): Frame | null {
  const tokens = view.tokens;
  if (frame && frame.speaker.start < tokens[cue]!.start) return frame;
  const comma = tokens[cue - 1]?.normal === 'then' ? cue - 2 : cue - 1;
  // (A cue the tagger reads as a noun is more often one in a list: "…, claims that the audit denied".)
  if (comma <= lo || tokens[comma]!.text !== ',' || tokens[cue]!.pos !== 'VERB' || /ing$/.test(tokens[cue]!.normal) || !opensClauseAt(tokens, cue + 1)) return frame;
  // (A quotation before the comma makes the cue its frame: "“…,” says she …".)
  if (tokens.slice(lo, comma).some(isQuoteMark)) return frame;
  const subject = sentenceSubject(view, cue);
  if (!subject || !personLike(subject) || subject.end > tokens[comma]!.start) return frame;
  // The subject has a verb of its own before the comma, which the cue is listed after.
  if (!hasVerb(tokens, view.tokenAtOrAfter(subject.end), comma - 1)) return frame;
  return frameAtToken(tokens, cue, subject, { distant: true });
}

/** A clause opens at tokens[k]: "that", or a subject pronoun and its verb ("she will", "he warned"). */
function opensClauseAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return t.normal === 'that' || (/^(he|she|they|we|i|it)$/.test(t.normal) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? ''));
}

/**
 * "After saying the ferry fares were unfair, the skipper walked out": a participle cue opening the
 * sentence after "after", "before", "while" … is the main clause's subject's, named after the comma
 * that ends the phrase; what it reports runs up to that comma.
 */
function openingParticipleReport(view: TokenView, cue: number, lo: number, last: number): IndirectQuote | null {
  const tokens = view.tokens;
  const opener = tokens[lo]?.pos === 'CCONJ' ? lo + 1 : lo;
  // … or the participle itself opens the sentence with a that-clause: "Noting that the levy failed, Tamm …".
  const bare = cue === opener && opensClauseAt(tokens, cue + 1);
  if (!bare && (cue !== opener + 1 || !/^(after|before|since|while|despite|upon|when)$/.test(tokens[opener]!.normal))) return null;
  if (tokens[cue]!.pos !== 'VERB' || !/ing$/.test(tokens[cue]!.normal)) return null;
  // Opening the sentence alone, only a verb of speech reports: "Assuming that the levy passes, Tamm
  // will …" and "Knowing he would lose, Tamm quit" state a condition or a belief, not what was said.
  if (bare && !cueLexicon().speech.has(cueLemma(tokens[cue]!))) return null;
  for (let k = cue + 2; k < last && k < cue + 40; k++) {
    if (isQuoteMark(tokens[k]!)) return null;
    if (tokens[k]!.text !== ',' || !subjectAndVerbAt(tokens, k + 1, last)) continue;
    let verb = k + 1;
    while (!/^(VERB|AUX)$/.test(tokens[verb]!.pos)) verb++;
    const speaker = classify(tokens, k + 1, verb);
    if (!speaker || !personLike(speaker)) return null;
    const from = tokens[cue + 1]!.normal === 'that' ? cue + 2 : cue + 1;
    if (k - 1 - from < 2 || !hasVerb(tokens, from, k - 1)) return null;
    return { start: tokens[from]!.start, end: tokens[k - 1]!.end, frame: frameAtToken(tokens, cue, speaker, { distant: true }) };
  }
  return null;
}

/**
 * A subordinate clause or a coordinated one after a comma opens between two offsets: "…, and when …",
 * "…, as …". `below` is a token index past `to`: the search walks back from there, not over the article.
 */
function clauseOpensBetween(tokens: Token[], from: number, to: number, below: number): boolean {
  for (let k = below - 1; k >= 0 && tokens[k]!.start >= from; k--) {
    const t = tokens[k]!;
    if (t.end <= to && ((t.pos === 'SCONJ' && /^(when|as|after|while|because|since|before|once)$/.test(t.normal)) || (t.pos === 'CCONJ' && tokens[k - 1]?.text === ','))) return true;
  }
  return false;
}

/**
 * "a builder who said", "voters who said", "those who said": "who" stands for people, so any noun
 * phrase before it is the speaker (frameForCue takes only person nouns, as a quotation near "who said"
 * is more often the main clause's).
 */
function antecedentOfWho(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  // "who also said", "who have argued"; not "who was told" / "who was speaking", a passive or a medium.
  const who = beforeAuxiliaries(tokens, cue - 1, lo);
  if (who <= lo || tokens[who]!.normal !== 'who') return null;
  const end = tokens[who - 1]!.text === ',' ? who - 2 : who - 1;
  const head = nounPhraseEndingAt(tokens, end, lo);
  // "who" is the mention (as for a pronoun), the phrase before it the speaker; a description's start stays the phrase's.
  const w = tokens[who]!;
  return head ? { ...head, start: w.start, end: w.end, text: w.text, phraseStart: head.kind === 'anonymous' ? head.start : undefined } : null;
}

/** "most of them said", "two of us told", "nearly half of those said": a share of a group named by a pronoun. */
function partOfGroup(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const group = cue - 1;
  if (group - 2 < lo || !/^(them|us|those|you)$/.test(tokens[group]!.normal) || tokens[group - 1]!.normal !== 'of') return null;
  let s = group - 1;
  // "up to two-thirds of them": a hyphen inside the share is part of it.
  while (s > lo && (/^(DET|ADJ|NUM|NOUN|ADV|PRON)$/.test(tokens[s - 1]!.pos) || hyphenInWord(tokens, s - 1)) && !/^(he|she|they|we|i|it)$/.test(tokens[s - 1]!.normal) && s > group - 6) s--;
  if (s === group - 1) return null;
  return description(tokens, s, group + 1);
}

/** "the analysts I spoke with said", "everyone we interviewed said": a noun and a clause of its own before the cue. */
function withContactClause(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  let verb = cue - 1;
  if (tokens[verb]?.pos === 'ADP') verb--;
  if (verb - 2 < lo || tokens[verb]!.pos !== 'VERB' || !/^(i|we|he|she|they|you)$/.test(tokens[verb - 1]!.normal)) return null;
  const head = verb - 2;
  const phrase = /^(everyone|everybody|all)$/.test(tokens[head]!.normal) ? description(tokens, head, head + 1) : nounPhraseEndingAt(tokens, head, lo);
  if (!phrase) return null;
  return description(tokens, tokenAt(tokens, phrase.start, head), cue);
}

/**
 * "Others, however, say", "Dock crews, on the other hand, object", "Pilots, in truth, still claim": the
 * subject before a sentence adverb or a short adverbial phrase set off by commas.
 */
function beforeCommaAdverb(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const close = wordBefore(tokens, cue - 1, lo);
  const open = asideOpening(tokens, close, lo);
  if (open < 0) return null;
  const speaker = subjectBefore(tokens, open, lo, true) ?? nounPhraseEndingAt(tokens, open - 1, lo);
  return speaker && speaker.start >= tokens[lo]!.start && (personLike(speaker) || evidenceLike(speaker)) ? speaker : null;
}

/**
 * The opening comma of an aside closed by the comma at tokens[close]: up to four words, opening with an
 * adverb or a preposition, with no verb ("however", "for instance", "on the other hand"); -1 when none.
 */
function asideOpening(tokens: Token[], close: number, lo: number): number {
  if (tokens[close]?.text !== ',') return -1;
  let open = close - 1;
  while (open > lo && close - open <= 5 && tokens[open]!.text !== ',') {
    if (/^(VERB|AUX|PUNCT)$/.test(tokens[open]!.pos)) return -1;
    open--;
  }
  if (open <= lo || tokens[open]!.text !== ',' || open === close - 1 || !/^(ADV|ADP)$/.test(tokens[open + 1]!.pos)) return -1;
  return open;
}

/**
 * "according to county land filings", "according to the mean of several surveys gathered by X":
 * whatever follows "according to" up to the clause's end is its source, though the speaker rules may
 * not read it as a noun phrase ("state" and "complete" tagged as verbs).
 */
function accordingToSource(view: TokenView, cue: number, last: number): Frame | null {
  const tokens = view.tokens;
  const found = cueAt(tokens, cue, 'report');
  if (!found?.according) return null;
  const from = found.last + 1;
  const end = sourceEnd(tokens, from, last);
  if (end === from || !(tokens.slice(from, end).some((t) => /^(NOUN|PROPN)$/.test(t.pos)) || gerundSource(tokens, from, end))) return null;
  const speaker = classify(tokens, from, end) ?? description(tokens, from, end);
  const first = tokens[found.first]!;
  const cueLast = tokens[found.last]!;
  return { cueStart: first.start, cueEnd: cueLast.end, cue: view.doc.article.text.slice(first.start, cueLast.end), cueToken: found.last, speaker, outlet: speaker.kind === 'outlet' ? speaker.name : null, according: true };
}

/**
 * tokens[from…end) is a source ending in a gerund the tagger reads as a verb, with a modifier before
 * it: "according to weekly polling", not a lone "according to sailing".
 */
function gerundSource(tokens: Token[], from: number, end: number): boolean {
  return end - from >= 2 && /ing$/.test(tokens[end - 1]!.normal) && /^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[end - 2]!.pos);
}

/** Where the source named after "according to" ends: at the clause's next break, within 15 words. */
function sourceEnd(tokens: Token[], from: number, last: number): number {
  let end = from;
  while (end <= last && end < from + 15 && !/^(?:[,;:()]|—|–|--)$/.test(tokens[end]!.text) && !isQuoteMark(tokens[end]!)) end++;
  return end;
}

/**
 * "CLAUSE, according to X." closes the sentence even when the name found in X is only part of it ("a
 * Harbor College/Ledger poll released Sunday") or an aside follows it ("…, according to the state
 * average - despite a primary win"): the source runs on to the clause's next break.
 */
function accordingCloses(tokens: Token[], frame: Frame, lo: number, last: number): boolean {
  if (!frame.according) return false;
  const end = sourceEnd(tokens, frame.cueToken + 1, last);
  if (end > last - 4) return true;
  // (A frame closing a dash aside, "Voters - half of them, according to a poll - …", reports the aside only.)
  const dash = (t: Token | undefined) => /^(?:—|–|--|-)$/.test(t?.text ?? '');
  return dash(tokens[end]) && !tokens.slice(lo, frame.cueToken).some(dash);
}

/** "The mayor, announcing her plan on Monday, said …": the subject before a participle phrase set off by commas. */
function beforeParticipialAside(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  if (tokens[cue - 1]?.text !== ',') return null;
  let open = cue - 2;
  while (open > lo && cue - open < 14 && tokens[open]!.text !== ',' && !isQuoteMark(tokens[open]!)) open--;
  if (open <= lo || tokens[open]!.text !== ',' || !participleAfterComma(tokens, open + 1)) return null;
  const speaker = subjectBefore(tokens, open, lo, true);
  // "Guests at the dinner — including doctors and nurses — said": examples of people make the head people.
  return speaker && (personLike(speaker) || opensExamples(tokens, open + 1)) ? speaker : null;
}

/**
 * "Ross Wilder, whose schooling the navy covered because he joined its cadet corps, said": the sentence's
 * subject set off by a comma, an apposition or relative clause too long or too full of clauses for the
 * speaker rules, then a comma and the cue.
 */
function beforeLongApposition(view: TokenView, cue: number, lo: number): SpeakerPhrase | null {
  const tokens = view.tokens;
  const close = beforeAuxiliaries(tokens, cue - 1, lo);
  if (tokens[close]?.text !== ',') return null;
  const subject = sentenceSubject(view, cue);
  if (!subject || !personLike(subject)) return null;
  const open = view.tokenAtOrAfter(subject.end);
  return tokens[open]?.text === ',' && open < close - 1 && close - open <= 40 ? subject : null;
}

/**
 * The word before the adverbs and auxiliaries that end at tokens[k]: the comma in "The Harbour Group,
 * a consulting firm, has also said". (Not a form of "be": "…, was told" is a passive.)
 */
function beforeAuxiliaries(tokens: Token[], k: number, lo: number): number {
  while (k > lo && (tokens[k]!.pos === 'ADV' || (tokens[k]!.pos === 'AUX' && tokens[k]!.lemma !== 'be'))) k--;
  return k;
}

/**
 * "41 said the same", "at least 2,000 said they would", "nearly eight out of 10 say", "all but two said":
 * a count of people opening its clause, the answer of so many of those asked. A year is no count ("In
 * 2015 said" is a misparse), nor is a number before a participle and its noun ("60 pledged delegates").
 */
function countedGroup(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const e = wordBefore(tokens, cue - 1, lo);
  if (e < lo || tokens[e]!.pos !== 'NUM' || notACount(tokens, e, cue)) return null;
  let s = e;
  if (tokens[s - 1]?.normal === 'of' && tokens[s - 2]?.normal === 'out' && tokens[s - 3]?.pos === 'NUM') s -= 3;
  else if (tokens[s - 1]?.normal === 'but' && /^(all|none)$/.test(tokens[s - 2]?.normal ?? '')) s -= 2;
  while (s > lo && s > e - 8 && COUNT_QUALIFIERS.has(tokens[s - 1]!.normal)) s--;
  const before = tokens[s - 1];
  const opensClause = s === lo || !before || /^[,;:]$/.test(before.text) || /^(and|but|while|though|although|yet|whereas)$/.test(before.normal);
  return opensClause && s >= lo ? description(tokens, s, e + 1) : null;
}

/**
 * The number at tokens[e], before the word at tokens[w], is no count of people: a year ("In 2015 said"
 * is a misparse), or a number before a word and its noun ("60 pledged delegates", "200 support staff").
 */
function notACount(tokens: Token[], e: number, w: number): boolean {
  return /^(1[89]|20)\d\d$/.test(tokens[e]!.text) || (tokens[e]!.pos === 'NUM' && tokens[w + 1]?.pos === 'NOUN');
}

/** Words that qualify a count: "at least", "nearly", "more than", "just over", "some". */
const COUNT_QUALIFIERS = new Set(['at', 'least', 'most', 'nearly', 'almost', 'about', 'around', 'some', 'roughly', 'over', 'under', 'more', 'fewer', 'less', 'than', 'just', 'only', 'all', 'but']);

/**
 * "Even after the suit was filed, Lowe continued to say …", "pilots seemed quite eager to argue …": an
 * infinitive cue's speaker is the subject of the verb right before "to" (frameForCue takes the
 * sentence's, which an opening clause or a heading hides). A noun before "to" is the verb's object and
 * the one who speaks ("urged voters to say"): no speaker here.
 */
function subjectOfVerbBeforeTo(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const to = wordBefore(tokens, cue - 1, lo);
  // (An infinitive is the verb's plain form; "pointed to reports that …" has a preposition and a noun.)
  if (tokens[to]?.normal !== 'to' || tokens[to]!.pos !== 'PART' || tokens[cue]!.pos !== 'VERB' || tokens[cue]!.normal !== tokens[cue]!.lemma) return null;
  let first = to;
  while (first > lo && to - first < 5 && /^(VERB|AUX|ADV|ADJ)$/.test(tokens[first - 1]!.pos)) first--;
  if (first === to || !hasVerb(tokens, first, to - 1)) return null;
  // "refused to say that …", "declined to reveal the terms": what someone would not say is unsaid, unless
  // it is the question left open ("declined to say whether …").
  if (/^(refuse|decline)$/.test(tokens[to - 1]!.lemma) && !withheldQuestion(tokens, cue)) return null;
  const speaker = subjectBefore(tokens, first, lo, true);
  // "It is too early to say whether …", "we tend to forget …": the writer's own aside.
  return speaker && personLike(speaker) && !/^(it|i|we)\b/i.test(speaker.text) ? speaker : null;
}

/**
 * A frame whose "speaker" is a time between the subject and the cue ("Gowdy earlier Thursday said", "…
 * and on Monday announced"): the subject before the time, or the one a coordinated cue shares, when found.
 */
function withSpeakerBeforeTime(view: TokenView, cue: number, lo: number, frame: Frame | null): Frame | null {
  if (!frame || !isTimePhrase(frame.speaker.text)) return frame;
  const tokens = view.tokens;
  const time = timeStart(tokens, cue, lo);
  if (time < 0) return frame;
  const speaker = subjectBefore(tokens, time, lo, true) ?? withCoordinatedSubject(tokens, time, lo, null)?.speaker;
  return speaker && personLike(speaker) && !isTimePhrase(speaker.text) ? frameAtToken(tokens, cue, speaker, { distant: true }) : frame;
}

/** Where a time right before the cue starts ("on Monday", "earlier Thursday", "last week"); -1 when none. */
function timeStart(tokens: Token[], cue: number, lo: number): number {
  let k = cue - 1;
  while (k > lo && cue - k <= 4 && (isTimeAfterCue(tokens[k]!.normal) || /^(on|earlier|early|late|week|month|year|night|morning)$/.test(tokens[k]!.normal))) k--;
  return k < cue - 1 && isTimePhrase(sourceText(tokens, k + 1, cue).replace(/^on /i, '')) ? k + 1 : -1;
}

/**
 * "Some said …", "Many say …", "all agreed that …", "Others have argued …": a quantifier alone as the
 * subject of its clause (a perfect's "have" between; not a passive's "were").
 */
function bareQuantifier(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  let q = cue - 1;
  while (q > lo && ((tokens[q]!.pos === 'ADV' && !/^(all|both)$/.test(tokens[q]!.normal)) || /^(have|has|had)$/.test(tokens[q]!.normal))) q--;
  if (q < lo || !/^(some|many|most|all|both|several|few|others)$/.test(tokens[q]!.normal)) return null;
  const before = tokens[q - 1];
  const opensClause = q === lo || !before || /^[,;:]$/.test(before.text) || /^(and|but|while|though|although|yet)$/.test(before.normal);
  return opensClause ? description(tokens, q, q + 1) : null;
}

/**
 * "42% say", "nearly a third say", "just under a fifth, 19 percent, say": a share of those polled, a
 * phrase the speaker rules read as no noun phrase ("%" is a symbol, "third" an adjective).
 */
function shareOfRespondents(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  let end = cue - 1;
  const apposition = tokens[end]?.text === ',';
  if (apposition) end--;
  if (end < lo || !SHARE_WORDS.test(tokens[end]!.normal)) return null;
  let s = qualifiedShareStart(tokens, end, lo);
  if (apposition) {
    // The share before the comma names the same people: "roughly half, 51 percent,".
    if (s - 2 < lo || tokens[s - 1]!.text !== ',' || !SHARE_WORDS.test(tokens[s - 2]!.normal)) return null;
    s = qualifiedShareStart(tokens, s - 2, lo);
  }
  return description(tokens, s, end + 1);
}

/** Where a share ending at tokens[end] starts, with its number and qualifiers ("just over a", "nearly two-"). */
function qualifiedShareStart(tokens: Token[], end: number, lo: number): number {
  let s = end;
  while (s > lo && s > end - 6 && (/^(NUM|DET|ADV)$/.test(tokens[s - 1]!.pos) || /^(over|under|than|more|less|fewer|about|almost|nearly|roughly)$/.test(tokens[s - 1]!.normal) || hyphenInWord(tokens, s - 1))) s--;
  return s;
}

/** The noun phrase ending at tokens[end] ("30 percent of the voters", "a retired builder", "those"), as a description. */
function nounPhraseEndingAt(tokens: Token[], end: number, lo: number): SpeakerPhrase | null {
  const t = tokens[end];
  if (!t || end < lo || !(/^(NOUN|PROPN)$/.test(t.pos) || /^(those|people|others)$/.test(t.normal))) return null;
  let s = end;
  while (s > lo && (/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[s - 1]!.pos) || (tokens[s - 1]!.normal === 'of' && s - 1 > lo && /^(NOUN|NUM|ADJ|PRON)$/.test(tokens[s - 2]!.pos)))) s--;
  const named = classify(tokens, s, end + 1);
  return named && named.kind !== 'anonymous' ? named : description(tokens, s, end + 1);
}

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
        return hasVerb(tokens, c, last) && !circumstanceOfQuotation(tokens, frame, c, lo, last) && !participleAside(tokens, c, last) ? [c, last] : null;
      }
    }
    return null;
  }
  if (from > last || tokens[from]!.pos === 'PUNCT' || (tokens[from]!.pos === 'ADP' && !opensSubject(tokens, from)) || tokens[from]!.pos === 'PART') return null;
  if (participleAside(tokens, from, last)) return null;
  return [from, last];
}

/**
 * "“…,” Lena says now, sitting in a cafe" / "said later, laughing": an adverb or a day, a comma and a
 * participle phrase after the cue describe the speaking; they report nothing.
 */
function participleAside(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  while (k <= last && (tokens[k]!.pos === 'ADV' || tokens[k]!.text === ',')) k++;
  // (The comma may come before `from`: "said on Tuesday, sitting …", the day already stepped over.)
  // (Not a participle of speech, whose words are the report: "said Monday, adding that …".)
  return k <= last && tokens[k - 1]?.text === ',' && tokens[k]!.pos === 'VERB' && /ing$/.test(tokens[k]!.normal) && !cueAt(tokens, k, 'clause');
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
 * Past the day a cue names right after it: "said Tuesday night, waving to the dock crew" holds no
 * clause of its own, and "said Monday the pier would close" reports from "the pier". Not a day's thing
 * ("said Monday's vote was close", "said Sunday night's vote …"), a day that is the subject ("said
 * Tuesday is the last day") nor a day before an infinitive ("vowed Tuesday to keep the strike going").
 */
function afterDayOfSpeech(tokens: Token[], from: number): number {
  if (!isDayWord(tokens[from]?.normal ?? '')) return from;
  let k = from + 1;
  if (isPartOfDay(tokens[k]?.normal ?? '')) k++;
  const next = tokens[k];
  const daysOwn = next?.pos === 'PART' || next?.normal === 'to';
  const verbOfDay = /^(VERB|AUX)$/.test(next?.pos ?? '') && !/ing$/.test(next!.normal);
  return daysOwn || verbOfDay ? from : k;
}

/**
 * "That’s according to county filings." / "This is according to the newest poll.": a sentence of its own
 * pointing back, whose source reports the sentence before it.
 */
function accordingToBefore(view: TokenView, lo: number, last: number, earlier: Sentence): IndirectQuote | null {
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
 * "As the Ledger reported, CLAUSE" / "As first reported by Ledger staff, CLAUSE": a frame opened by "as"
 * before the sentence's main clause, which is the report. Only adverbials (a time, "previously") may
 * stand between the cue and the comma.
 */
function asReported(tokens: Token[], cue: number, lo: number, last: number): IndirectQuote | null {
  const as = tokens[lo]?.pos === 'CCONJ' ? lo + 1 : lo;
  if (tokens[as]?.normal !== 'as' || cue - as > 8 || cue === as) return null;
  const agent = tokens[cue + 1]?.normal === 'by';
  let comma = agent ? cue + 2 : cue + 1;
  while (comma <= last && comma < cue + 10 && tokens[comma]!.text !== ',') {
    if (!agent && !/^(ADV|ADP|PROPN|NOUN|NUM|DET)$/.test(tokens[comma]!.pos)) return null;
    comma++;
  }
  if (comma > last - 2 || tokens[comma]!.text !== ',' || !hasVerb(tokens, comma + 1, last)) return null;
  let speaker: SpeakerPhrase | null;
  if (agent) {
    if (!tokens.slice(as + 1, cue).every((t) => t.pos === 'ADV')) return null; // "As first reported by"
    speaker = comma > cue + 2 ? classify(tokens, cue + 2, comma) : null;
  } else {
    speaker = subjectBefore(tokens, cue, as + 1);
    // (A possessive may lead the name: "As the Port Authority's Crane said".)
    const head = speaker ? tokenAt(tokens, speaker.phraseStart ?? speaker.start, cue) : as + 1;
    if (!tokens.slice(as + 1, head).every((t) => /^(DET|ADJ|PROPN|NOUN|ADV)$/.test(t.pos) || /^['’]s$/.test(t.text))) speaker = null;
  }
  if (!speaker || !personLike(speaker)) return null;
  return { start: tokens[comma + 1]!.start, end: tokens[last]!.end, frame: frameAtToken(tokens, cue, speaker) };
}

/**
 * The frame opens inside a subordinate clause and its content right after it: "when Lee thanked the
 * city and said it was good to be back, a woman waved", "If Reyes says the plan works, …". The clause
 * opener starts the sentence or follows a comma or a conjunction, within a few words before the cue.
 */
function insideSubordinateClause(tokens: Token[], cue: number, lo: number, from: number): boolean {
  for (let k = cue + 1; k < from; k++) if (tokens[k]!.text === ',') return false; // "As X reported, CLAUSE"
  for (let k = cue - 1; k >= lo && k > cue - 12; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ',' || isQuoteMark(t)) return false;
    // (The tagger reads a time clause's opener as a preposition: "After Reed argued that …, the council …";
    // "as" tagged so is a preposition: "as a candidate".)
    const opener = t.pos === 'SCONJ' || t.pos === 'ADV' || (t.pos === 'ADP' && t.normal !== 'as');
    if (opener && SUBORDINATORS.has(t.normal)) return k === lo || /^(,|and|but|or)$/.test(tokens[k - 1]!.normal);
  }
  return false;
}

/** The cue opens a relative clause set off by a comma: "Dale Hume, who says …", "the Ledger, which has argued …". */
function relativeOnSpeaker(tokens: Token[], cue: number, lo: number): boolean {
  const k = beforeAuxiliaries(tokens, cue - 1, lo);
  return k > lo && /^(who|which)$/.test(tokens[k]!.normal) && tokens[k - 1]!.text === ',';
}

/**
 * The content of a cue in a relative clause cut where the main clause resumes: "Hume, who says the
 * harbour needs dredging, voted against it" reports "the harbour needs dredging". The main clause's verb
 * follows a comma; a comma opening an aside of its own (", which …") is no such place.
 */
function endOfRelativeClause(tokens: Token[], from: number, to: number): number {
  // An aside opened by a comma inside the content closes at the next one: "says Ms. Ruiz, under fire
  // for the delays, should resign" goes on after "delays,".
  let aside = false;
  for (let k = from + 2; k < to; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!;
    if (/^(who|which|whose|where)$/.test(next.normal)) return to;
    if (aside) aside = false;
    else if ((next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.normal))) && hasVerb(tokens, from, k - 1)) return k - 1;
    else aside = true;
  }
  return to;
}

/** The content cut at the comma before the main clause: a subject and its verb ("…, a woman waved"). */
function endOfSubordinateClause(tokens: Token[], from: number, to: number): number {
  const comma = commaBeforeMainClause(tokens, from + 2, to);
  // (Only a clause ends there: "once he had said his piece, he was ready" reports no clause to cut.)
  return comma >= 0 && hasVerb(tokens, from, comma - 1) ? comma - 1 : to;
}

/**
 * An object cue's object cut at the comma before the main clause: "Though Reed never criticized the toll
 * by name, the new fares were her target" reports "the toll by name". Unlike a reported clause, an
 * object needs no verb of its own.
 */
function endOfSubordinateObject(tokens: Token[], from: number, to: number): number {
  const comma = commaBeforeMainClause(tokens, from + 1, to);
  return comma >= 0 ? comma - 1 : to;
}

/** The first comma in tokens[first, to) after which a main clause opens, or -1. */
function commaBeforeMainClause(tokens: Token[], first: number, to: number): number {
  for (let k = first; k < to; k++) if (tokens[k]!.text === ',' && mainClauseAt(tokens, k + 1, to)) return k;
  return -1;
}

/** A main clause opens at tokens[k], maybe after an adverbial phrase: "a woman waved", "at the forum this week she said". */
function mainClauseAt(tokens: Token[], k: number, to: number): boolean {
  if (subjectAndVerbAt(tokens, k, to)) return true;
  if (tokens[k]?.pos !== 'ADP') return false;
  for (let j = k + 1; j <= to && j < k + 9; j++) {
    if (PERSONAL_SUBJECTS.test(tokens[j]!.normal)) return /^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '');
    if (subjectAfterAdverbial(tokens, k, j, to)) return true;
    if (!/^(ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
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
 * tokens[k] opens a clause right after prepositional phrases [from, k) that end in a noun or number:
 * "in 2008 | the bridge would", "at the time | the plan was". The phrases hold nothing but nouns and
 * their words (no verb: "as some wearing …"), and a time word is theirs ("in a statement Thursday").
 */
function subjectAfterAdverbial(tokens: Token[], from: number, k: number, last: number): boolean {
  const prev = tokens[k - 1]!;
  const opensPhrase = tokens[k]!.pos === 'DET' || (tokens[k]!.pos === 'PROPN' && prev.pos !== 'PROPN' && !isTimeAfterCue(tokens[k]!.normal));
  if (!opensPhrase || !/^(NOUN|PROPN|NUM)$/.test(prev.pos)) return false;
  // ("said as some fans booed" opens a clause of its own with "as".)
  if (tokens[from]!.normal === 'as') return false;
  for (let j = from; j < k; j++) if (!/^(ADP|DET|NOUN|PROPN|NUM|ADJ)$/.test(tokens[j]!.pos)) return false;
  return subjectAndVerbAt(tokens, k, last);
}

/** A clause opens at tokens[k]: a short noun phrase or pronoun, then a finite verb ("he is", "the plan would"). */
function subjectAndVerbAt(tokens: Token[], k: number, last: number): boolean {
  let v = k;
  while (v <= last && v < k + 5 && /^(PRON|DET|PROPN|NOUN|ADJ|NUM|PART)$/.test(tokens[v]!.pos)) v++;
  return v > k && v <= last && /^(VERB|AUX)$/.test(tokens[v]!.pos) && !/ing$/.test(tokens[v]!.normal);
}

/**
 * A clause with no "that" opens at tokens[k]: a noun phrase of up to five words, then a finite verb
 * ("the harbour board will vote", "their ferry had sailed"); not an infinitive ("remember to vote")
 * nor a participle ("learned the trade working nights").
 */
function bareClauseAt(tokens: Token[], k: number, last: number): boolean {
  // (A question word opens a question, not a clause stated: "knows what he will do".)
  if (!/^(DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(tokens[k]?.pos ?? '') || QUESTION_OPENERS.test(tokens[k]!.normal)) return false;
  let v = k;
  // (A possessive "'s" is part of the phrase: "the county's ferry".)
  // (A determiner or pronoun after a noun opens a relative clause on it: "maintained the roads the
  // county had built".)
  while (v <= last && v < k + 5 && (/^(PRON|DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[v]!.pos) || (v > k && /^['’]s$/.test(tokens[v]!.text)))) {
    if (v > k && /^(DET|PRON)$/.test(tokens[v]!.pos) && /^(NOUN|PROPN)$/.test(tokens[v - 1]!.pos)) return false;
    v++;
  }
  const verb = tokens[v];
  if (v === k || v > last || !verb) return false;
  if (verb.pos === 'AUX') return true;
  // A verb in its plain form after a noun is more often a noun misread ("posted a Twitter comment"), and
  // a past form before a preposition a participle on the noun ("wrote the script based on …").
  const participle = /(?:ed|en)$/.test(verb.normal) && tokens[v + 1]?.pos === 'ADP';
  return verb.pos === 'VERB' && verb.normal !== verb.lemma && !/ing$/.test(verb.normal) && !participle;
}

/**
 * What "asked" asks, besides a question (handled by the caller): a topic ("asked Reyes about the
 * budget"), a thing requested ("asked for a recount") or an act requested with its hearer ("asked Hale
 * to send the files"), each up to the clause's end. undefined when none of these follows.
 */
function requestOrTopic(tokens: Token[], cue: number, from: number, last: number): [number, number] | null | undefined {
  if (anonymityRequest(tokens, cue)) return null;
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

/** "asked not to be named": the source's condition for speaking, nothing reported. */
function anonymityRequest(tokens: Token[], cue: number): boolean {
  return tokens[cue + 1]?.normal === 'not' && tokens[cue + 2]?.normal === 'to' && tokens[cue + 3]?.normal === 'be' && cueLexicon().anonymityParticiples.has(tokens[cue + 4]?.normal ?? '');
}

/**
 * A clause of time after the frame of a quotation is the circumstance of the words quoted, not more of
 * them: "“We will sail,” Reyes said as she left the pier", "… told the crew at the dock, while the gulls
 * circled". (Not "when asked …", whose question PolNeAR counts as reported.)
 */
function circumstanceOfQuotation(tokens: Token[], frame: Frame, k: number, lo: number, last: number): boolean {
  if (!TIME_SUBORDINATORS.has(tokens[k]?.normal ?? '') || /^(asked|much|well|long)$/.test(tokens[k + 1]?.normal ?? '')) return false;
  // "after" and "before" open a clause of time only with its subject and verb ("said after she left");
  // as prepositions they end an adverbial the content follows ("said after the meeting she would appeal").
  if (/^(after|before)$/.test(tokens[k]!.normal) && !bareClauseAt(tokens, k + 1, last)) return false;
  return quotationBeforeFrame(tokens, frame, lo);
}

/**
 * After the hearer of a quotation's "told" only a clause of its own is reported: "“We sail at dawn,”
 * Ortiz told a crowd gathered on the pier" says no more than the quotation. (What a person is asked,
 * warned or promised after one is more often reported: PolNeAR counts it.)
 */
function hearerOfQuotation(tokens: Token[], frame: Frame, k: number, lo: number, last: number): boolean {
  // (Any subject with its verb opens a clause: "told reporters the pier would close", "… their pensions were safe".)
  const opensClause = opensClauseAt(tokens, k) || bareClauseAt(tokens, k, last);
  // ("told aides to wait" is an order given; "told the crew, when asked …" answers a question.)
  const ordered = tokens.slice(frame.cueToken + 1, k + 2).some((t) => t.normal === 'to' && t.pos === 'PART');
  // (Within the sentence: "… told a crowd on the pier. When asked …" is another sentence's question.)
  const answered = tokens.slice(frame.cueToken + 1, Math.min(k + 15, last + 1)).some((t, j, a) => t.normal === 'when' && a[j + 1]?.normal === 'asked');
  return !opensClause && !ordered && !answered && quotationBeforeFrame(tokens, frame, lo);
}

/**
 * A quotation closes right before the frame (or its comma, or a title the speaker phrase leaves out),
 * inside the frame's sentence: not the last sentence's closing mark ("Keel said: “We will sail.” Ortiz told …").
 */
function quotationBeforeFrame(tokens: Token[], frame: Frame, lo: number): boolean {
  let head = tokenAt(tokens, Math.min(frame.speaker.phraseStart ?? frame.speaker.start, frame.cueStart), frame.cueToken);
  // (Over a title the speaker phrase leaves out: "harbour master Lena Ortiz".)
  for (let n = 0; n < 4 && head > lo && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[head - 1]?.pos ?? ''); n++) head--;
  const before = tokens[head - 1]?.text === ',' ? head - 2 : head - 1;
  // (A quotation ending in "?" or "!" may be split off as a sentence of its own: "“Too late?” she asked as …".)
  const cutOff = before === lo - 1 && /^[?!]$/.test(tokens[before - 1]?.text ?? '');
  return (before >= lo || cutOff) && before >= 0 && isQuoteMark(tokens[before]!);
}

/**
 * After "said in Dover," an account names where the frame came from, not what was said: "said in
 * Dover, according to a recording of the talk, that …" reports from "that" on, "said in Dover,
 * according to a recording." reports nothing.
 */
function accountOfFrame(tokens: Token[], k: number): boolean {
  return tokens[k]?.normal === 'according' && tokens[k + 1]?.normal === 'to';
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
 * The content cut back to the clause before the first quotation it runs into ("A, and when asked again,
 * she answered, “…”" → "A"); null when a quotation opens inside its first clause.
 */
function clearOf(tokens: Token[], [from, to]: [number, number], quotes: MarkedSpan[]): [number, number] | null {
  const a = tokens[from]!.start;
  const b = tokens[to]!.end;
  const hit = quotes.filter((m) => m.open < b && Math.max(m.end, m.close + 1) > a);
  if (!hit.length) return [from, to];
  const open = Math.min(...hit.map((m) => m.open));
  if (open <= a) return null;
  // The last clause boundary before the quotation: "; ", " — ", ", and" / ", but" / ", while".
  let cut = -1;
  for (let k = from + 3; k <= to && tokens[k]!.start < open; k++) {
    const t = tokens[k]!;
    // … and a participle after a comma, which has its own verb and object: ", telling reporters that “…”".
    // … and a participle after a comma, or a second speech verb, each with its own object: ", telling
    // reporters that “…”", "and said, “…”".
    const participle = t.text === ',' && tokens[k + 1]?.pos === 'VERB' && /ing$/.test(tokens[k + 1]!.normal);
    const nextCue = /^(and|but)$/.test(t.normal) && !!tokens[k + 1] && cueLexicon().speech.has(cueLemma(tokens[k + 1]!)) && tokens[k + 1]!.pos === 'VERB';
    // … and a relative or concessive clause after a comma: ", which he called “…”", ", whom she described
    // as “…”", ", although he tweeted that it “…”", ", to which Lee replied: “…”".
    // The clause has a speaker and cue of its own: ", which “will help …”" is still the content's.
    const relative = t.text === ',' && /^(which|who|whom|whose|although|though|whereas|to)$/.test(tokens[k + 1]?.normal ?? '') && (tokens[k + 1]!.normal !== 'to' || /^(which|whom)$/.test(tokens[k + 2]?.normal ?? '')) && ownCueBefore(tokens, k + 2, open);
    if (t.text === ';' || DASH.test(t.text) || (t.text === ',' && /^(CCONJ|SCONJ)$/.test(tokens[k + 1]?.pos ?? '')) || participle || nextCue || relative) cut = k;
  }
  if (cut < 0) return null;
  let end = cut - 1;
  while (end > from && tokens[end]!.pos === 'PUNCT') end--;
  return hasVerb(tokens, from, end) ? [from, end] : null;
}

/** A cue with a subject of its own ("he called", "Lee replied") in the tokens from k up to the offset `open`, a few words on. */
function ownCueBefore(tokens: Token[], k: number, open: number): boolean {
  for (let j = k + 1; j < k + 8 && tokens[j] && tokens[j]!.start < open; j++) {
    if (cueAt(tokens, j, 'clause') && /^(PRON|PROPN)$/.test(tokens[j - 1]!.pos)) return true;
  }
  return false;
}

/** Quoted words rather than a title: not every word capitalised ("rather not" counts, “Red” does not). */
function isSpeechLike(quoted: string): boolean {
  const words = quoted.split(/\s+/).filter(Boolean);
  return !words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|a|an|and|in|on|to|for|at|with|from|by|&)$/.test(w));
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


const QUESTION_OPENERS = /^(whether|if|why|how|what|who|whom|which|where|when|about)$/;

/**
 * Reported questions with the one who asked them: "She was asked by the Ledger whether …", "Asked by
 * reporters about the toll, …". A question whose asker goes unnamed ("Asked whether he would run, …")
 * is the reporter's, nobody's quote. Quotations and spans already taken are left alone.
 */
export function askedQuestions(view: TokenView, marked: MarkedSpan[], taken: { start: number; end: number }[], headline: (paragraph: number) => boolean = () => false): ExtractedQuote[] {
  const tokens = view.tokens;
  const text = view.doc.article.text;
  const out: ExtractedQuote[] = [];
  for (const s of view.sentences) {
    if (headline(s.paragraph)) continue;
    let last = s.tokenEnd - 1;
    while (last > s.tokenStart && tokens[last]!.pos === 'PUNCT') last--;
    for (let k = s.tokenStart; k < last; k++) {
      if (tokens[k]!.normal !== 'asked' || !passiveAsked(tokens, k, s.tokenStart)) continue;
      const question = questionAfter(tokens, k, last);
      if (!question?.asker) continue;
      const start = tokens[question.from]!.start;
      const end = tokens[question.to]!.end;
      if (marked.some((m) => m.open < end && Math.max(m.end, m.close + 1) > start) || taken.some((q) => q.start < end && q.end > start)) continue;
      const asker = question.asker;
      out.push({
        text: text.slice(start, end), start, end, type: 'indirect',
        speaker: asker.kind !== 'anonymous' && asker.kind !== 'pronoun' ? asker.name : null,
        speaker_mention: text.slice(asker.start, asker.end), speaker_start: asker.start, speaker_end: asker.end,
        speaker_kind: asker.kind !== 'pronoun' ? asker.kind : null, speaker_role: asker.role,
        cue: tokens[k]!.text, cue_start: tokens[k]!.start, cue_end: tokens[k]!.end, outlet: asker.kind === 'outlet' ? asker.name : null,
        confidence: 0.5,
      });
    }
  }
  return out;
}

/** "Asked …" opening the sentence, "when asked …" opening a clause, or "was asked …": the asked is the subject. */
function passiveAsked(tokens: Token[], k: number, lo: number): boolean {
  const prev = tokens[k - 1];
  if (k === lo || (k === lo + 1 && prev!.pos === 'CCONJ')) return true;
  if (!prev) return false;
  const opensClause = k - 1 === lo || /^[,;(—–]$/.test(tokens[k - 2]!.text) || tokens[k - 2]!.pos === 'CCONJ';
  if (/^(when|if|after|once|before|while)$/.test(prev.normal) && opensClause) return true;
  return prev.lemma === 'be' || (prev.pos === 'ADV' && tokens[k - 2]?.lemma === 'be');
}

/** The question after a passive "asked": "by X", adverbials, then "whether …" / "about …" up to the clause's end. */
function questionAfter(tokens: Token[], k: number, last: number): { from: number; to: number; asker: SpeakerPhrase | null } | null {
  let j = k + 1;
  let asker: SpeakerPhrase | null = null;
  if (tokens[j]?.normal === 'by') {
    let e = j + 1;
    while (e <= last && e < j + 9 && !QUESTION_OPENERS.test(tokens[e]!.normal) && tokens[e]!.text !== ',' && !(tokens[e]!.pos === 'ADP' && e > j + 1)) e++;
    asker = classify(tokens, j + 1, e);
    j = e;
  }
  let from = -1;
  for (let q = j; q <= last && q < j + 10; q++) {
    if (/^[,;.]$/.test(tokens[q]!.text) || isQuoteMark(tokens[q]!)) break;
    if (QUESTION_OPENERS.test(tokens[q]!.normal)) { from = q; break; }
  }
  // (A one-word question at the sentence's end is none, and its next token may not exist.)
  if (from < 0 || from >= last) return null;
  let to = from + 1;
  while (to < last && !/^[,;:]$/.test(tokens[to + 1]!.text) && !isQuoteMark(tokens[to + 1]!)) to++;
  while (to > from && tokens[to]!.pos === 'PUNCT') to--;
  // A question is a clause ("whether he would run"), a topic a phrase ("about the toll"); a quotation
  // cutting either short ("whether Clinton “…”") leaves it to the quote stage.
  const whole = tokens[from]!.normal === 'about' ? to - from >= 2 : hasVerb(tokens, from + 1, to);
  return whole ? { from, to, asker } : null;
}

