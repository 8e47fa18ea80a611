import { unknownBody } from './unknown-body.js';
import type { Token } from '../types.js';
import { isOutletSourceNoun, lookupOutlet } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';
import { classify, documentLike, evidenceLike, hyphenInWord, isTimePhrase, isQuoteMark, personLike, sourceText, subjectAfter, subjectBefore, skipTimeAdverbial, tokenAt, wordBefore, quotationClosingRelativeClause, relativeClauseAntecedent, type SpeakerPhrase } from './speaker.js';
import { creditedPictures } from './picture-credits.js';
import { evidenceSourceBody } from './document-subjects.js';
import { passiveAgent, reducedPassiveClause, saidByAgentToBe, tellerBeforeThat, tellerFromBeforeThat } from './passive.js';
import { mediumAgent } from './medium-agent.js';
import { givesWordsTo } from './given-to.js';
import { TokenView } from './token-view.js';
import { type CueMode, type Frame } from './frame-types.js';
import { cueAt, documentParticiple, HEARD_FROM, sentenceEndBetween, wordBeforeVerbGroup, isPassiveCue, cueLemma } from './find-cue.js';
import { relativeWord, sentenceSubject, contrastClauseSubject, coordinatedClauseSubject } from './sentence-subject.js';
import { coordinatedVerbSubject } from './coordinated-verb-subject.js';
import { antecedentOfWho, relativeShareStart } from './indirect/relative-pronouns.js';
import { controllingSubject } from './indirect/shared-subjects.js';
import { topicAfter } from './indirect/absolute-with-subject.js';
import { outletGivenTo, outletNear } from './outlet-near.js';
import { quotedAsParticiple } from './quoted-as-participle.js';
import { quotedWordsInClause } from './quoted-words-in-clause.js';
import { quotedObjectSpeaker } from './quoted-object.js';
import { effortSite } from './started-activity.js';
import { accordingOpenerOutlet, reportOutletSpeaker, staffOutlet, possessorOutlet, ofOutletStaff, quoterOutlet, activeQuoterBefore } from './frame-outlet.js';

// The frame of a cue: reading its speaker before or after it and the outlet it names.

/** Find the speaker for a cue at token i within [lo, hi) (a clause outside any quotation).
 *  (`followQuotedAs` false: the frame of "quoted" itself, for the subject a coordinated quoter shares — not the quoted
 *  person's, which would ask for the quoter's outlet again and never end.) */
export function frameForCue(view: TokenView, i: number, lo: number, hi: number, mode: CueMode = 'speech', followQuotedAs = true): Frame | null {
  const tokens = view.tokens;
  const cue = cueAt(tokens, i, mode);
  if (!cue) return null;
  // "“…,” The Dispatch quoted the mayor as saying.": the words are the mayor's, framed by "saying".
  const asParticiple = followQuotedAs ? quotedAsParticiple(tokens, cue.last, lo, hi) : -1;
  const quotedPerson = asParticiple >= 0 ? frameForCue(view, asParticiple, lo, hi, mode) : null;
  if (quotedPerson) return quotedPerson;
  let speaker: SpeakerPhrase | null = null;
  let distant = false;
  if (cue.according) {
    speaker = subjectAfter(tokens, cue.last, hi);
    speaker = speakerNamedInsideAccording(tokens, speaker, cue.last, hi) ?? speaker;
    if (speaker) speaker = unknownBody(view, speaker);
  } else if (cue.medium) {
    return null; // "in a statement" is not a cue on its own: the verb near it is.
  } else {
    // "Lowe went on to say, “…”" / "Lee took to the radio to write": an infinitive cue's speaker is the sentence's subject.
    // … also with adverbs between ("went on the radio to very loudly insist that …").
    const before = wordBefore(tokens, cue.first - 1, lo);
    const infinitive = tokens[before]?.normal === 'to' && tokens[before]!.pos === 'PART';
    // A weak verb's following phrase is its object ("called his own genre “dead”"), except right after a
    // closing mark ("“…,” laughed Smith"); "… and called it “…”" takes the sentence's subject.
    const prevTok = tokens[cue.first - 1];
    const closing = closingMarkBefore(tokens, cue.first);
    // (Not when the quotation closes a relative clause: "X, who told the AP he would “…,” told Reuters" —
    // the cue after it is the main clause's, its object the hearer. The clause may open before `lo`.)
    // (Nor after a few words quoted inside the clause: "it “categorically” denied the claims" has its subject before.)
    const wordsInClause = closing >= 0 && quotedWordsInClause(tokens, closing);
    const inverted = closing >= 0 && !wordsInClause && quotationClosingRelativeClause(tokens, closing, view.sentence(closing).tokenStart) < 0;
    // "He is comparing … and says Obama is …" / "… but now says": a coordinated cue shares the sentence's subject.
    // (Reported speech keeps to the word right before: "and then state" is more often a noun misread.)
    // (… over a perfect's auxiliary too: "The board had “lost patience” and had warned the city it would sue".)
    const wordBeforeCue = mode === 'report' ? cue.first - 1 : before;
    const perfect = tokens[wordBeforeCue]?.pos === 'AUX' && /^(had|has|have)$/.test(tokens[wordBeforeCue]!.normal) && wordBeforeCue - 1 >= lo;
    // (After "but" too, with a verb of speech: "visited the plant but has said she …". The speech-verb test below keeps
    // "who does not vote but had urged members to …" a clause set against the first, no second report.)
    // (Nor after a speech tag set off by commas: "He had refused, one of the aides said, and had told her …" goes on with the
    // tag's report, the telling the aide's account.)
    const andAt = wordBeforeCue - 1;
    const afterSpeechTag = andAt >= lo + 2 && tokens[andAt - 1]!.text === ',' && cueLexicon().speech.has(cueLemma(tokens[andAt - 2]!));
    // (And only a verb of speech: "and had found no sign … that he understood" is the finder's reading, no second report.)
    const spokenAfterPerfect = cueLexicon().speech.has(cueLemma(tokens[cue.first]!));
    const conjunction = tokens[perfect && /^(and|but)$/.test(tokens[andAt]?.normal ?? '') && !afterSpeechTag && spokenAfterPerfect ? andAt : wordBeforeCue];
    // (So does one after a comma and "then" or a later time: "went to the site, then said …", ", later said …".)
    const afterCommaThen = cue.first >= lo + 2 && tokens[cue.first - 2]!.text === ',' && (prevTok!.normal === 'then' || cueLexicon().laterTimeWords.has(prevTok!.normal));
    const coordinated = (conjunction?.pos === 'CCONJ' && /^(and|but)$/.test(conjunction.normal)) || afterCommaThen;
    // "… responded by saying the council should …": after a participle comes its content, not its speaker.
    const participle = /ing$/.test(tokens[cue.first]!.normal) && !inverted;
    // "…, who said the race “…”": after a relative pronoun the cue's subject is before it, never the object after it.
    // (Also with a time between: "…, who in 2019 said the boathouse needed “…”", "who on Monday told the board".)
    const relativeAt = cue.first - 1 >= lo ? skipTimeAdverbial(tokens, cue.first - 1, lo) : cue.first - 1;
    const afterRelative = /^(who|which|that)$/.test(prevTok?.normal ?? '') || (relativeAt < cue.first - 1 && /^(who|which)$/.test(tokens[relativeAt]!.normal));
    // "“…,” Ruiz is quoted as saying": the subject of "is quoted" said it.
    const quotedAs = quotedAsSpeaker(tokens, cue.first, lo);
    // "a motion that would ask the Harbour Master to …": after an auxiliary the phrase is the verb's object;
    // an inverted subject follows a plain past or present ("said Smith"), never "would ask Smith".
    const afterAuxiliary = !inverted && tokens[before]?.pos === 'AUX';
    // "…, told reporters that …": the phrase after "told" is its hearer; only right after a quotation
    // may it be the teller ("“…,” told Ruiz to the Ledger" is rare but written).
    // (Never after "telling": "“…,” telling Fox 35 that …" names the hearer; no teller stands after a participle.)
  const toHearer = (!inverted || /ing$/.test(tokens[cue.first]!.normal)) && cueLemma(tokens[cue.last]!) === 'tell';
    // "…, who called it “…”": a weak verb holds the quotation in its own clause, so after "who" the phrase
    // the pronoun stands for gave the words, as for reported speech.
    // (Also over adverbs, auxiliaries and a time between: "who also called", "who has called", "who on Monday called".)
    // (Only with the quotation in the cue's own sentence: "…, who had condemned it. “…,” he said" is no call.)
    const weakInOwnSentence = !!cue.weak && !sentenceEndBetween(tokens, cue.last + 1, hi);
    const wordBeforeVerbs = weakInOwnSentence ? (tokens[wordBeforeVerbGroup(tokens, cue.first, lo)]?.normal ?? '') : '';
    const weakAfterWho = wordBeforeVerbs === 'who';
    // (… and "a report that called it “…”": after "that" or "which", a document before it named the thing so.
    // Only a weak verb: "released a letter that says he is “…”" is more often the releaser's claim.)
    const weakAfterThatOrWhich = /^(that|which)$/.test(wordBeforeVerbs);
    // "A spokesperson for X, one of the firms named, said the company …": a subject set off by commas
    // still waits for its verb; the phrase after the cue opens the reported clause, it is no inverted subject.
    const subjectWaiting = !inverted && prevTok?.text === ',' && bareSubjectOpens(tokens, view.sentence(cue.first).tokenStart, cue.first - 1);
    // The phrase after the cue is its subject ("said Smith") only when none of the readings above makes it something else.
    const mayInvert = !wordsInClause && !coordinated && !participle && !afterRelative && !afterAuxiliary && !toHearer && !subjectWaiting && (!cue.weak || inverted);
    // ("…, one of whom said the mood was “grim”": a share of a group opening the relative names its own speaker,
    // one of that group, never the main clause's subject; its "whom" is the mention, as in reported speech.)
    const shareOfWhom = prevTok?.normal === 'whom' && relativeShareStart(tokens, cue.first - 1, lo) >= 0;
    const subjectOfRelative = mode === 'report' || weakAfterWho;
    if (infinitive) speaker = null;
    else {
      speaker = quotedAs ?? (shareOfWhom ? antecedentOfWho(tokens, cue.first, lo) : null) ?? subjectBefore(tokens, cue.first, lo, subjectOfRelative, weakAfterThatOrWhich);
      if (!speaker && mayInvert) speaker = invertedSpeaker(tokens, cue.last, hi);
    }
    if (speaker) speaker = creditedPictures(tokens, speaker, lo) ?? speaker;
    // "…, and in an interview with BFMTV called for “…”": the one an interview was given to heard the words; the
    // sentence's subject gave them.
    if (speaker && interviewHearer(tokens, speaker, lo)) {
      const subject = sentenceSubject(view, cue.first);
      speaker = subject && personLike(subject) && subject.end <= speaker.start ? subject : null;
    }
    // "X, under a sign that read “…,” called the deal “…”": after a quotation inside the subject's
    // apposition, a weak verb's phrase right before the next quotation is its object, not an inverted
    // subject; the sentence's subject named the thing.
    if (speaker && cue.weak && inverted && speaker.start > tokens[cue.last]!.start && objectBeforeQuotation(tokens, speaker, hi)) {
      const subject = sentenceSubject(view, cue.first);
      speaker = subject && personLike(subject) && subject.end <= tokens[closing]!.start ? subject : null;
      distant = !!speaker;
    }
    // "“…,” said in a speech by Senator Ned Park": the quotation is the cue's subject; the medium's agent spoke.
    // (Also as a full passive: "“…” was said in a speech by Park".)
    const passiveAfterQuotation = !!prevTok && /^(was|were)$/.test(prevTok.normal) && !!tokens[cue.first - 2] && isQuoteMark(tokens[cue.first - 2]!);
    if (!speaker && (inverted || passiveAfterQuotation)) speaker = mediumAgent(tokens, cue.last, hi - 1);
    // "The deal, said by two people familiar with the talks to be worth “…”,": the agent of a reduced passive said it.
    speaker = saidByAgentToBe(tokens, cue.last, hi - 1) ?? speaker;
    if (!speaker && coordinated) {
      const subject = coordinatedClauseSubject(tokens, before, lo) ?? coordinatedVerbSubject(tokens, before, view.sentence(cue.first).tokenStart) ?? contrastClauseSubject(tokens, before, lo) ?? relativeClauseAntecedent(tokens, before, lo) ?? sentenceSubject(view, cue.first);
      if (subject && personLike(subject)) speaker = subject;
    }
    if (infinitive) {
      // "The memo goes on to say: “…”": a document speaks too.
      // (The subject of the verb it completes first: in "The film premiered, and fans flooded social media to
      // complain that …" the fans complain, not the sentence's subject.)
      // (Its verb in small letters: in "going on Instagram Live to say" the tagger reads a name's word as one. Not
      // before a topic, "to complain about …": the object cues read that.)
      const controlled = topicAfter(tokens, cue.last) ? null : controllingSubject(tokens, cue.first, lo);
      const verbAfter = controlled ? tokens[view.tokenAtOrAfter(controlled.end)] : undefined;
      const subject = (controlled && personLike(controlled) && !!verbAfter && /^\p{Ll}/u.test(verbAfter.text) ? controlled : null) ?? sentenceSubject(view, cue.first, (d) => personLike(d) || documentLike(d));
      if (subject && (personLike(subject) || documentLike(subject))) {
        speaker = subject;
        distant = true;
      } else return null;
    }
    // "said in a letter read aloud by Reyes that …": a participle right after a document, then its agent,
    // describes the document (a reduced passive); the document speaks no words by it.
    if (speaker && documentLike(speaker) && documentParticiple(tokens, cue.first, cue.last, speaker)) return null;
    // "it says" names a document; "it was announced" / "it has been reported" names no one.
    if (impersonalIt(tokens, speaker, cue.first)) return null;
    // "Dean … poked at Trump, tweeting, “…”": a participle cue takes the subject of its sentence; so
    // does one after a comma or an object ("… in Dayton, Ohio, arguing", "a series of posts saying").
    // (… and one after the place or medium someone was perceived in: "could be heard on the radio telling".)
    const ingCue = /ing$/.test(tokens[cue.first]!.normal);
    const afterComma = prevTok?.text === ',';
    // ("pointed to letters from parents urging …": a document's sender urges through it, not the subject.)
    const sender = ingCue && speaker && !afterComma ? documentSender(tokens, speaker, cue.first) : null;
    if (sender) speaker = sender;
    // ("A post on Facebook urging …": the site a petition or post is on is no speaker, nor is the post.)
    if (ingCue && speaker && !afterComma && effortSite(tokens, tokenAt(tokens, speaker.phraseStart ?? speaker.start, cue.first))) return null;
    const takesSentenceSubject = !speaker || afterComma || !personLike(speaker) || perceivedIn(tokens, speaker, cue.first) || objectOfPreposition(tokens, speaker, cue.first, lo);
    if (ingCue && !evidenceRightBefore(tokens, cue.first, speaker) && takesSentenceSubject) {
      const subject = sentenceSubject(view, cue.first);
      if (subject && (personLike(subject) || !speaker)) {
        speaker = subject;
        distant = true;
      } else if (speaker && afterComma && speaker.start > view.sentence(cue.first).start + OBJECT_BEFORE_COMMA_MIN_CHARS) {
        // "… it attacked the mayor, saying she …": the phrase before the comma is the verb's object.
        speaker = null;
      }
    }
  }
  // "The actor was asked whether …" / "she was told that …": the subject of a passive cue is its hearer;
  // of "Ohio was called for Reed" / "the rights have been snapped up", no speaker at all.
  const passive = isPassiveCue(tokens, cue.first, 0);
  // … unless the agent is named: "Moss was asked by host Ned Park, “Will you …?”" is Park's question, and
  // so are the words quoted inside it ("asked by Park whether the “harbour tax” …"). Only a question: "the
  // deal was broken by the Ledger" after a quotation is no frame of it, and the answer in "Moss was asked
  // by Park about the race: “I will not run.”" is still Moss's.
  const asked = passive && /^(ask|question)$/.test(cueLemma(tokens[cue.last]!)) && !answerIntroduced(tokens, hi);
  // "Ruiz was told by an agent that she was “…”": the agent said it, so the agent speaks the content.
  // (Also the gerund: "recalls being told by an agent that …"; the tagger may not give "being" the lemma "be".)
  const beingAt = wordBefore(tokens, cue.first - 1, lo);
  const beingBefore = tokens[beingAt]?.normal === 'being';
  const told = (passive || beingBefore) && cueLemma(tokens[cue.last]!) === 'tell';
  // "Okafor heard from her agent that …": the one heard from said it, as the agent of "was told by" does.
  const heardFrom = !passive && HEARD_FROM.has(cueLemma(tokens[cue.last]!));
  const agent = agentOfHearing(tokens, cue.last, hi - 1, asked, told, heardFrom);
  // (The hearer, named before the cue, the outlet search below starts from; "X, 52, recalls being told by …": the
  // subject of the verb before "being".)
  const heard = agent ? (speaker ?? (told && beingBefore && beingAt > lo ? subjectBefore(tokens, wordBefore(tokens, beingAt - 1, lo), lo) : null)) : null;
  const hearer = heard && heard.start < tokens[cue.first]!.start ? heard : null;
  if (agent) speaker = agent;
  else if (speaker && !cue.according && passive && speaker.start < tokens[cue.first]!.start) return null;
  // "Okafor told the Gazette in Port Elwin when asked whether …": the asker is the agent or unknown.
  if (!cue.according && reducedPassiveClause(tokens, cue.first)) speaker = passiveAgent(tokens, cue.last, hi - 1);
  if (!speaker) return null;
  const first = tokens[cue.first]!;
  const last = tokens[cue.last]!;
  // "In an excerpt published by Vogue this week, X looks back on …, calling it “…”", "X was told by an agent that
  // …": the outlet near the subject is the frame's, however far before the cue the subject stands.
  const subject = hearer ?? (distant && speaker.start < first.start ? speaker : null);
  const subjectAt = subject ? tokenAt(tokens, subject.phraseStart ?? subject.start, cue.first) : cue.first;
  const outletFrom = subject ? Math.min(cue.first, subjectAt) : anonymousSourceRelative(tokens, speaker, cue.first) ?? cue.first;
  let outlet: string | null;
  // ("Deadline hears from sources that …": the outlet that heard it carries the sources' words.)
  if (heardFrom && agent && hearer?.kind === 'outlet') outlet = hearer.name;
  else if (speaker.kind === 'outlet') outlet = outletGivenTo(tokens, cue.last + 1, Math.min(hi, outletSearchEnd(view, cue.last, speaker))) ?? speaker.name;
  else {
    const reachFrom = speakingAsideBefore(tokens, speaker, cue.first, lo) ?? Math.max(lo, outletFrom - OUTLET_REACH_BEFORE_CUE);
    const searchFrom = ownReportRelativeEnd(tokens, speaker, cue.first) ?? frontedOpenerStart(tokens, lo, speaker) ?? outletSearchStart(tokens, reachFrom, cue.first, speaker);
    const searchEnd = Math.min(hi, cue.according ? cue.last + OUTLET_REACH_AFTER_ACCORDING : outletSearchEnd(view, cue.last, speaker));
    const sentenceOutlet = outletNear(tokens, searchFrom, searchEnd) ?? quoterOutlet(tokens, cue.first, lo, (quoter) => frameForCue(view, quoter, lo, hi, 'clause', false)?.speaker ?? null) ?? accordingOpenerOutlet(view, cue.first);
    outlet = sentenceOutlet ?? staffOutlet(tokens, speaker, cueLemma(last)) ?? possessorOutlet(tokens, speaker, cueLemma(last)) ?? ofOutletStaff(tokens, speaker, cueLemma(last));
  }
  return {
    cueStart: first.start,
    cueEnd: last.end,
    cue: view.doc.article.text.slice(first.start, last.end),
    cueToken: cue.last,
    speaker,
    outlet,
    according: cue.according,
    distant,
    ...(agent && !asked ? { teller: true } : {}),
  };
}

/**
 * "A nurse who works on the ward, speaking to WFAA on condition of anonymity because …, said": the speaker's
 * own aside of speaking to an outlet, set off by a comma between the speaker and the cue, is where the words
 * went however long the aside runs; the outlet search starts at it. Also one of speaking or appearing on a
 * programme ("Whitfield, speaking on the company's flagship interview show, “The Long Table”, said"), whose
 * description may outrun the usual reach. Null when there is none.
 */
export function speakingAsideBefore(tokens: Token[], speaker: SpeakerPhrase, cue: number, lo: number): number | null {
  if (speaker.start >= tokens[cue]!.start) return null;
  for (let k = cue - 2; k > lo && k > cue - 30; k--) {
    if (tokens[k]!.end <= speaker.end) return null;
    if (tokens[k - 1]!.text !== ',' || !VENUE_PARTICIPLES.has(tokens[k]!.normal)) continue;
    // (Not "writing on": a post's platform is no medium words were given to.)
    if (/^(to|with)$/.test(tokens[k + 1]?.normal ?? '') || (tokens[k + 1]?.normal === 'on' && tokens[k]!.normal !== 'writing')) return k;
  }
  return null;
}

/** How many tokens before the cue (or its subject) the outlet search may start. */
const OUTLET_REACH_BEFORE_CUE = 12;
/** How many tokens after "according to" the outlet search runs. */
const OUTLET_REACH_AFTER_ACCORDING = 10;
/** How far (characters) into its sentence a phrase before ", saying" must start to be read as the verb's object. */
const OBJECT_BEFORE_COMMA_MIN_CHARS = 30;

/**
 * The source named inside "according to …" when the phrase after it is more than a plain name: an outlet opening a
 * name run ("According to Variety Ana Vidal …"), a report in an outlet, figures from a body; null for a plain one.
 * (The first that matches wins: cutting the run at an outlet comes first, as the later readings take the phrase as given.)
 */
function speakerNamedInsideAccording(tokens: Token[], phrase: SpeakerPhrase | null, cueLast: number, hi: number): SpeakerPhrase | null {
  return splitOutletRun(tokens, phrase, cueLast + 1, hi) ?? reportOutletSpeaker(tokens, phrase, hi) ?? evidenceSourceBody(tokens, phrase, hi);
}

/** The quotation mark closing right before the cue ("“…” said", "“…,” said"), or -1. */
function closingMarkBefore(tokens: Token[], cue: number): number {
  const before = tokens[cue - 1];
  if (!before) return -1;
  if (isQuoteMark(before)) return cue - 1;
  return before.text === ',' && !!tokens[cue - 2] && isQuoteMark(tokens[cue - 2]!) ? cue - 2 : -1;
}

/**
 * The phrase before a participle cue is the one addressed by a verb of writing or appealing ("wrote to the
 * commissioner on Monday urging …", "sent a letter to the board demanding …"): not who urges; the participle
 * takes its sentence's subject. After other verbs ("fired at protesters demanding", "listened to residents
 * complaining") the object is the participle's subject. (cues.json addressed_to_verbs, written_to_nouns.)
 */
function objectOfPreposition(tokens: Token[], phrase: SpeakerPhrase, cue: number, lo: number): boolean {
  let k = tokenAt(tokens, phrase.phraseStart ?? phrase.start, cue) - 1;
  if (k > lo && tokens[k]!.pos === 'DET') k--;
  if (!(k > lo && tokens[k]!.pos === 'ADP' && /^(to|at)$/.test(tokens[k]!.normal))) return false;
  const lexicon = cueLexicon();
  const before = tokens[k - 1]!;
  if (before.pos === 'VERB') return lexicon.addressedToVerbs.has(before.normal);
  // ("sent a letter to", "wrote an open letter to": the words' carrier, after a verb.)
  if (before.pos !== 'NOUN' || !lexicon.writtenToNouns.has(before.normal)) return false;
  let v = k - 2;
  while (v > lo && /^(DET|ADJ)$/.test(tokens[v]!.pos)) v--;
  return tokens[v]?.pos === 'VERB';
}

/** "letters from parents": the people a document before a participle cue came from, or null. */
function documentSender(tokens: Token[], phrase: SpeakerPhrase, cue: number): SpeakerPhrase | null {
  if (!documentLike(phrase)) return null;
  const s = tokenAt(tokens, phrase.start, cue);
  const e = tokenAt(tokens, phrase.end - 1, cue) + 1;
  for (let k = s + 1; k < e - 1; k++) {
    if (tokens[k]!.normal !== 'from') continue;
    const sender = classify(tokens, k + 1, e);
    return sender && personLike(sender) && !documentLike(sender) ? sender : null;
  }
  return null;
}

/** "it says" names a document; "it was announced" / "it has been reported" names no one: "it" after the cue, or with an auxiliary before the cue. */
function impersonalIt(tokens: Token[], speaker: SpeakerPhrase | null, cue: number): boolean {
  if (speaker?.kind !== 'pronoun' || speaker.name !== 'it') return false;
  return speaker.start > tokens[cue]!.start || tokens.slice(tokenAt(tokens, speaker.start, cue - 1), cue).some((t) => t.pos === 'AUX');
}

/** Who put the words to the hearer: the agent of "was asked by", the teller of "was told by … that", the one "heard from". */
function agentOfHearing(tokens: Token[], cueLast: number, end: number, asked: boolean, told: boolean, heardFrom: boolean): SpeakerPhrase | null {
  if (asked) return passiveAgent(tokens, cueLast, end);
  if (told) return tellerBeforeThat(tokens, cueLast, end);
  if (heardFrom) return tellerFromBeforeThat(tokens, cueLast, end);
  return null;
}

/** The phrase is the object of "to"/"with" after a word of an interview ("in an interview with CNN", "speaking to Reuters"). */
function interviewHearer(tokens: Token[], phrase: SpeakerPhrase, lo: number): boolean {
  const first = tokenAt(tokens, phrase.start, tokens.length - 1);
  let k = first - 1;
  if (k > lo && tokens[k]!.pos === 'DET') k--;
  const lead = tokens[k]?.normal ?? '';
  return k - 1 >= lo && /^(?:to|with)$/.test(lead) && givesWordsTo(lead, tokens[k - 1]!.normal);
}

/**
 * The phrase is a place or medium after a participle of perceiving and on/in/at ("heard on the radio", "filmed in
 * the stands"). A person there is the one perceived and may speak ("heard from Tom Reyes describing …").
 */
function perceivedIn(tokens: Token[], phrase: SpeakerPhrase, cue: number): boolean {
  if (phrase.kind === 'person') return false;
  const first = tokenAt(tokens, phrase.start, cue);
  return PLACE_PREPOSITIONS.has(tokens[first - 1]?.normal ?? '') && cueLexicon().perceptionParticiples.has(tokens[first - 2]?.normal ?? '');
}
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at']);

/**
 * An unnamed source described by a relative clause between it and its cue ("Five employees, who spoke to the
 * Ledger on condition of anonymity because they were not allowed to talk to the press, said …"): the outlet the
 * clause names is the one the source spoke to, however long the clause runs; the search starts at the source.
 */
function anonymousSourceRelative(tokens: Token[], speaker: SpeakerPhrase, cue: number): number | null {
  if (speaker.kind !== 'anonymous' || speaker.end > tokens[cue]!.start) return null;
  // (The token after the source's last, found by halving: a scan from the article's start ran for every frame.)
  const after = tokenAt(tokens, speaker.end - 1, cue) + 1;
  const relative = tokens[after + 1];
  if (after >= cue || tokens[after]!.text !== ',' || !relative || !relativeWord(relative) || tokens[cue - 1]?.text !== ',') return null;
  return tokenAt(tokens, speaker.phraseStart ?? speaker.start, cue);
}

/**
 * Evidence after a preposition, right before a participle cue, is what shows: in "Reyes leads, with new
 * polls showing her ahead" the polls report, not the sentence's subject. (As a verb's object the
 * evidence is the subject's: "Reyes cited data showing …", also after the verb's preposition: "Reyes
 * pointed to an audit showing …".)
 */
function evidenceRightBefore(tokens: Token[], cue: number, speaker: SpeakerPhrase | null): boolean {
  if (!speaker || !evidenceLike(speaker) || speaker.end !== tokens[cue - 1]?.end) return false;
  const p = tokenAt(tokens, speaker.phraseStart ?? speaker.start, cue) - 1;
  return tokens[p]?.pos === 'ADP' && !governedByVerb(tokens, p);
}

/**
 * A preposition that belongs to the verb right before it ("pointed to", "relied on"): the evidence after
 * it is what the subject cites. Not "with", and not the "by" of a passive ("backed by new polls showing
 * …"), where the evidence itself speaks.
 */
function governedByVerb(tokens: Token[], p: number): boolean {
  return tokens[p - 1]?.pos === 'VERB' && !/^(with|by)$/.test(tokens[p]!.normal);
}

/** Whether a quotation opening at tokens[hi] after a colon or a comma says something other than a question. */
function answerIntroduced(tokens: Token[], hi: number): boolean {
  if (hi >= tokens.length || !isQuoteMark(tokens[hi]!) || !/^[:,]$/.test(tokens[hi - 1]?.text ?? '')) return false;
  for (let k = hi + 1; k < tokens.length && k < hi + 200; k++) if (isQuoteMark(tokens[k]!)) return tokens[k - 1]!.text !== '?';
  return false;
}

/**
 * "In response to a question from a CBC News reporter about tariffs, Cole said …": a prepositional phrase that opens
 * the sentence, ends at the comma right before the speaker and puts a question to them or interviews them
 * (cues.json exchange_opener_words) frames the words, however long it runs; where it starts (lo), or null without
 * one. (Another opener names an outlet that heard nothing: "With the Guardian running the story, X said …". One
 * comma only: "In Paris, on Tuesday, …" is a string of openers; but a clause of time may follow the phrase, "In a
 * 2021 interview with Bloomberg, when the firm was valued at £2 billion, Cole described …", and the phrase frames
 * the words still. A clause boundary inside the opener is not one between speakers, so the outlet is read from lo.)
 */
function frontedOpenerStart(tokens: Token[], lo: number, speaker: SpeakerPhrase): number | null {
  let comma = tokenAt(tokens, speaker.phraseStart ?? speaker.start, tokens.length - 1) - 1;
  // (A title the speaker's name leaves out: ", Minister Tom Reyes said".)
  while (comma > lo && /^\p{Lu}/u.test(tokens[comma]!.text)) comma--;
  if (comma - lo > FRONTED_OPENER_REACH || tokens[comma]?.text !== ',' || tokens[lo]?.pos !== 'ADP') return null;
  let phraseEnd = comma;
  for (let k = lo; k < comma; k++) {
    if (isQuoteMark(tokens[k]!) || /^[;:]$/.test(tokens[k]!.text)) return null;
    if (tokens[k]!.text !== ',') continue;
    // (Only one comma, and only before a clause of time: "…, when the firm was valued at £2 billion,".)
    if (phraseEnd !== comma || !cueLexicon().timeClauseOpeners.has(tokens[k + 1]?.normal ?? '')) return null;
    phraseEnd = k;
  }
  const exchange = cueLexicon().exchangeOpenerWords;
  return tokens.slice(lo, phraseEnd).some((t) => exchange.has(t.normal)) ? lo : null;
}

/** How many tokens a fronted opener may run to (see frontedOpenerStart). */
const FRONTED_OPENER_REACH = 30;

/**
 * Where the search for a cue's outlet starts: after a clause boundary (";" or a comma and a
 * conjunction) before its speaker. "Marsh said A, according to the Gazette, but Ortiz said B": the
 * Gazette is Marsh's account, not Ortiz's.
 */
/**
 * After the speaker, a relative clause that makes a report of its own, ", who told Politico last year that …,":
 * its outlet belongs to that earlier report, so the main cue's search starts after its closing comma.
 */
function ownReportRelativeEnd(tokens: Token[], speaker: SpeakerPhrase, cue: number): number | null {
  let k = cue - 1;
  while (k >= 0 && tokens[k]!.start >= speaker.end && tokens[k]!.text !== ',') k--;
  if (k < 0 || tokens[k]!.text !== ',' || tokens[k]!.start < speaker.end) return null;
  const close = k;
  let open = close - 1;
  while (open >= 0 && tokens[open]!.start >= speaker.end && tokens[open]!.text !== ',') open--;
  if (open < 0 || tokens[open]!.start < speaker.end || !/^(who|whom)$/.test(tokens[open + 1]?.normal ?? '')) return null;
  for (let j = open + 2; j < close; j++) if (tokens[j]!.normal === 'that') return close + 1;
  return null;
}

function outletSearchStart(tokens: Token[], from: number, cue: number, speaker: SpeakerPhrase): number {
  for (let k = cue - 1; k > from; k--) {
    if (tokens[k]!.start >= speaker.start) continue;
    const boundary = tokens[k]!.text === ';' || (/^(CCONJ|SCONJ)$/.test(tokens[k]!.pos) && tokens[k - 1]!.text === ',');
    if (boundary) return k + 1;
  }
  return from;
}

/**
 * Where the search for a cue's outlet ends: ten tokens past the cue, or, when the speaker follows the cue,
 * sixteen past the speaker, so that an inverted frame's outlet after the speaker's description is read
 * ("“…,” said Rep. X, an Ohio Democrat, on NBC's “…”"). (Not after "according to": its sources run on,
 * "according to two aides and documents reviewed by Reuters", and the outlet there saw documents, heard no words.)
 */
function outletSearchEnd(view: TokenView, cue: number, speaker: SpeakerPhrase): number {
  const tokens = view.tokens;
  if (speaker.start < tokens[cue]!.end) return cue + 10;
  const after = view.tokenAtOrAfter(speaker.end);
  return clauseAfterSpeaker(tokens, after, Math.max(cue + 10, after + 16));
}

/** Participles that say where the words themselves were given: "said X, speaking on NBC's “…”". */
const VENUE_PARTICIPLES: ReadonlySet<string> = new Set(['speaking', 'talking', 'appearing', 'writing']);

/**
 * The first token of a clause of its own after an inverted frame's speaker and description, or `hi`: a
 * participle ("…, adding that she had told the Guardian …"), a relative clause running on to the end ("…, who once
 * told the Herald that …"), "and"/"but" with a verb, or a semicolon. An outlet there is that clause's, not the frame's.
 */
function clauseAfterSpeaker(tokens: Token[], from: number, hi: number): number {
  for (let k = from; k < hi && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ';') return k;
    // (A relative clause closed by a comma describes the speaker and the frame goes on: "said X, who chairs
    // the panel, in an interview with CNN"; one running to the end is a clause of its own. The search reaches
    // as far past it as it would have without it: "said X, a 29-year-old nurse who helps run the group,
    // speaking to Reuters".)
    if (/^(?:who|whom|whose|which|that)$/.test(t.normal)) {
      const close = tokens.findIndex((u, j) => j > k && j < hi && u.text === ',');
      // (One that only says the speaker spoke to an outlet, reporting nothing of its own, names the frame's
      // outlet: "said X, who spoke to The Times on Monday.")
      if (close < 0 && !spokeToClause(tokens, k + 1, hi)) return k;
      if (close < 0) continue;
      hi += close - k;
      k = close;
      continue;
    }
    if (t.pos === 'VERB' && /ing$/.test(t.normal) && !VENUE_PARTICIPLES.has(t.normal) && tokens[k - 1]?.text === ',') return k;
    if (/^(?:and|but)$/.test(t.normal) && /^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) return k;
  }
  return hi;
}

/** "who spoke to / talked to / talked with …" to the clause's end with no "that" or quotation reporting more. */
function spokeToClause(tokens: Token[], from: number, hi: number): boolean {
  if (!/^(?:spoke|talked)$/.test(tokens[from]?.normal ?? '') || !/^(?:to|with)$/.test(tokens[from + 1]?.normal ?? '')) return false;
  for (let k = from + 2; k < hi && k < tokens.length; k++) if (tokens[k]!.normal === 'that' || isQuoteMark(tokens[k]!) || tokens[k]!.pos === 'VERB') return false;
  return true;
}

/** The subject of "X was quoted as saying" / "X is reported as saying", for the cue at `cue`. */
function quotedAsSpeaker(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  if (tokens[cue - 1]?.normal !== 'as') return null;
  // "AFP quoted an unnamed adviser as saying …": the active verb's object said it, not the medium that quoted it.
  const quoter = activeQuoterBefore(tokens, cue - 1, lo);
  if (quoter >= 0) {
    const object = subjectAfter(tokens, quoter, cue - 1);
    if (object && tokenAt(tokens, object.end - 1, cue - 1) === cue - 2) return object;
    // "quoted her as saying", "quoted a senior aide to the senator as saying" (quoted-object.ts).
    const described = quotedObjectSpeaker(tokens, quoter, cue - 1, object);
    if (described) return described;
    // "quoted a researcher there, Li Wen, as saying": the name set off by commas is who said it.
    const open = tokens[cue - 2]?.text === ',' ? tokens.findIndex((t, k) => k > quoter && k < cue - 2 && t.text === ',') : -1;
    const named = open > 0 ? subjectAfter(tokens, open, cue - 2) : null;
    if (named && named.kind === 'person' && tokenAt(tokens, named.end - 1, cue - 2) === cue - 3) return named;
  }
  if (!/^(quoted|reported|cited|heard)$/.test(tokens[cue - 2]?.normal ?? '')) return null;
  const b = wordBefore(tokens, cue - 3, lo);
  return b > lo && tokens[b]!.lemma === 'be' ? subjectBefore(tokens, b, lo) : null;
}

/** "said Smith": the phrase after a cue, unless a verb follows it ("said Kemp had …" names what was said). */
/** The phrase ends right before an opening quotation mark at tokens[hi] ("called the deal “…”"). */
function objectBeforeQuotation(tokens: Token[], phrase: SpeakerPhrase, hi: number): boolean {
  if (hi >= tokens.length || !isQuoteMark(tokens[hi]!)) return false;
  return tokenAt(tokens, phrase.end - 1, hi) + 1 === hi;
}

/**
 * The sentence opens with a noun phrase and no verb before its first comma, which comes before tokens[comma]:
 * "A spokesperson for Tallis, which made the film, said …" — the subject set off before its verb. (Not an
 * opening clause, "The plan is dead, said Ruiz", nor a phrase after a preposition, "In Paris, said Ruiz".)
 */
function bareSubjectOpens(tokens: Token[], start: number, comma: number): boolean {
  if (start >= comma || !/^(DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[start]!.pos)) return false;
  let k = start;
  while (k < comma && tokens[k]!.text !== ',') {
    if ((/^(VERB|AUX)$/.test(tokens[k]!.pos) && !hyphenInWord(tokens, k - 1)) || isQuoteMark(tokens[k]!)) return false;
    k++;
  }
  return k < comma;
}

function invertedSpeaker(tokens: Token[], cue: number, hi: number): SpeakerPhrase | null {
  const phrase = subjectAfter(tokens, cue, hi);
  // "said Wednesday that …", "said last week": a time is no speaker; nor is a possessive, whose noun
  // follows ("said the party's most important goal was …" opens a clause).
  if (!phrase || isTimePhrase(phrase.text) || /['’]s?$/.test(phrase.text)) return null;
  const last = tokenAt(tokens, phrase.end, Math.min(hi, tokens.length - 1));
  // (… also when the "'s" is a token of its own right after a name: "said the NLP's main goal was …".)
  if (tokens[last]!.start === phrase.end && tokens[last]!.normal === "'s" && tokens[last]!.pos === 'PART') return null;
  // (… also past the phrase's prepositional phrases: "said a bag in a cold flat for months was …" opens a clause too.)
  const next = tokens[pastPrepositionalPhrases(tokens, last + 1, hi)];
  const finite = !!next && (next.pos === 'AUX' || /^(had|has|have|is|was|were|are|did|does|do)$/.test(next.normal) || (next.pos === 'VERB' && /[^s]s$/.test(next.normal)));
  return finite ? null : phrase;
}

/** Past any prepositional phrases opening at tokens[k] ("in a cold flat for months"): the index after them, at most three. */
function pastPrepositionalPhrases(tokens: Token[], k: number, hi: number): number {
  for (let n = 0; n < 3 && k < hi && tokens[k]!.pos === 'ADP' && !isQuoteMark(tokens[k]!); n++) {
    let m = k + 1;
    while (m < hi && m < k + 7 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[m]!.pos)) m++;
    if (m === k + 1) break;
    k = m;
  }
  return k;
}

/** "According to Variety Ana Vidal is …": the name run starts with an outlet; cut it there. */
function splitOutletRun(tokens: Token[], phrase: SpeakerPhrase | null, from: number, hi: number): SpeakerPhrase | null {
  if (!phrase || phrase.kind === 'outlet') return null;
  for (let e = Math.min(hi, from + 6); e > from; e--) {
    if (tokens[e - 1]!.pos === 'PUNCT') continue; // "According to Variety, …": the comma is no part of the name
    const text = sourceText(tokens, from, e);
    const outlet = lookupOutlet(text);
    // "according to Variety's film critic, Ana Vidal": the outlet only owns the description; the person
    // named after it is the source.
    const possessive = /['’]s$/.test(text) || /^['’]s$/.test(tokens[e]?.text ?? '');
    if (outlet && phrase.kind === 'person' && possessive) return null;
    // "according to Deadline's sources": the outlet's unnamed sources told it; they are the source, the outlet carries them.
    if (outlet && possessive && phrase.kind === 'anonymous') {
      const head = /^['’]s$/.test(tokens[e]?.text ?? '') ? e + 1 : e;
      const last = tokenAt(tokens, phrase.end - 1, Math.min(hi, tokens.length - 1));
      if (head === last && isOutletSourceNoun(tokens[head]!.normal)) return { start: tokens[head]!.start, end: tokens[head]!.end, text: tokens[head]!.text, kind: 'anonymous', name: tokens[head]!.text, role: null, title: null };
    }
    if (outlet) return { start: tokens[from]!.start, end: tokens[e - 1]!.end, text, kind: 'outlet', name: outlet, role: null, title: null };
  }
  return null;
}
