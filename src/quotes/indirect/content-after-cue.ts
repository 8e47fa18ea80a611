import type { Token } from '../../types.js';
import { pastReducedRelative, reducedRelativeAt, thingSubjectAfterCue } from './thing-subject.js';
import { cueAt, cueLemma, hasVerb, stateOwnedMedium, type Frame } from '../frame.js';
import { evidenceLike, hyphenInWord, isQuoteMark, personLike } from '../speaker.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isPluralNoun, PERSONAL_SUBJECTS, POSSESSIVES, SAID_AMOUNT_WORDS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_SUBORDINATORS } from '../../nlp/words.js';
import { DASH } from '../sentence-scan.js';
import { endsInQuestion } from '../stance.js';
import { accountOfFrame } from './according-to.js';
import { bareClauseAt, subjectAfterAdverbial, subjectAndVerbAt } from './clause-openers.js';
import { circumstanceOfQuotation, hearerOfQuotation } from './quotation-context.js';
import { afterDayOfSpeech, afterTimePhrase, isTimeAfterCue, thatOfTime } from './time-phrases.js';
import { clauseAfterHearerApposition, objectGivenToOutlet, pastHearerOutlet, thatAfterHearerRelative } from './hearer-outlet.js';
import { nameRunEnd } from '../../nlp/name-run.js';
import { isDayWord } from '../../nlp/time-words.js';
import { PROGRAMME_KINDS, programmeTitleAfter } from '../programme-names.js';
import { clauseAfterAnnouncingObject } from './object-before-colon.js';
import { nextActAt, SPEAKER_PRONOUN } from './second-predicate.js';
import { objectGapRelative } from './object-gap-relatives.js';
import { contentAfterQuestionPut } from './question-put-clauses.js';
import { quotedTitleSubjectAt } from './quoted-title-subject.js';

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

/** Pronouns that open a relative clause on the noun before their comma. */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** tokens[k] is a hyphen inside a word or one of the parts it joins. */
function partOfHyphenatedWord(tokens: Token[], k: number): boolean {
  return hyphenInWord(tokens, k) || hyphenInWord(tokens, k - 1) || hyphenInWord(tokens, k + 1);
}

export const TELL_LIKE = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'advise', 'promise', 'ask']);

/** Verbs whose object may be a hearer with a that-clause after it: "warned the council that …", "convinced aides that …" (data/cues.json hearer_then_that_cues). */
export function objectThenThat(lemma: string): boolean {
  return TELL_LIKE.has(lemma) || cueLexicon().hearerThenThatCues.has(lemma);
}

/**
 * "that" at tokens[k] right after the noun that is the cue's object and right before a verb: the subject
 * of a relative clause on that noun ("questioned a Kansas law that makes it a crime …"), not a
 * complementizer, which a subject follows. Only for a cue with no "VERB OBJECT that-clause" frame.
 */
function relativeAfterObject(tokens: Token[], from: number, k: number, lemma: string): boolean {
  if (k <= from || objectThenThat(lemma)) return false;
  // (Only a plain noun phrase with its determiner right after the cue: "said on Tuesday that dubbed versions …" opens a clause.)
  // (… or one with an apposition that the relative clause describes: "found arsenic, a poison that was banned".)
  const apposition = appositionComma(tokens, from, k);
  for (let j = from; j < k; j++) if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]!.pos) && j !== apposition) return false;
  const verbAfter = /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') && !/ing$/.test(tokens[k + 1]!.normal);
  // (The pronoun "one" stands for a noun: "a petition demanding one that has drawn 9,000 names".)
  if (k === from + 1 && /^(one|ones)$/.test(tokens[from]!.normal)) return verbAfter;
  if (!/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return false;
  if (tokens[from]!.pos === 'DET' || apposition > from) return verbAfter;
  // (A bare subject is no object of the cue, so the word after "that" is the relative's verb even when the
  // tagger reads it as a noun before an auxiliary: "pipes that freeze can burst"; a plural there is the
  // subject of a that-clause: "material that contractors were to protect".)
  const misreadVerb = tokens[k + 1]?.pos === 'NOUN' && !isPluralNoun(tokens[k + 1]!) && tokens[k + 2]?.pos === 'AUX';
  return bareCommonNounPhrase(tokens, from, k) && (verbAfter || misreadVerb);
}

/** The one comma in tokens(from, k) that opens an indefinite apposition ("arsenic, a poison"), or -1. */
function appositionComma(tokens: Token[], from: number, k: number): number {
  let comma = -1;
  for (let j = from + 1; j < k; j++) {
    if (tokens[j]!.text !== ',') continue;
    if (comma >= 0 || !/^(a|an)$/.test(tokens[j + 1]?.normal ?? '')) return -1;
    comma = j;
  }
  return comma;
}

/**
 * tokens[from, k) are common nouns and adjectives in small letters with no determiner, the subject of a
 * clause said ("said steel bearings that corrode can lock up"), no time of saying ("said last week that …").
 */
function bareCommonNounPhrase(tokens: Token[], from: number, k: number): boolean {
  if (afterTimePhrase(tokens, from, k + 1) > from || isTimeAfterCue(tokens[from]!.normal)) return false;
  for (let j = from; j < k; j++) if (!/^(NOUN|ADJ)$/.test(tokens[j]!.pos) || !/^\p{Ll}/u.test(tokens[j]!.text) || isDayWord(tokens[j]!.normal)) return false;
  return true;
}

/**
 * tokens[from..to] is one noun phrase, as a cue's object is ("a delay", "the studio's new release", "a version of
 * the plan"): a determiner or possessive only at its start or after "of". One elsewhere starts a new phrase after a
 * subject and its verb, which the tagger may have read as a noun ("the bill funds the projects").
 */
function oneNounPhrase(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const t = tokens[j]!;
    if (t.pos === 'DET' || POSSESSIVES.has(t.normal)) {
      if (j > from && tokens[j - 1]!.normal !== 'of') return false;
    } else if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && !(t.pos === 'PART' && /^['’]s$/.test(t.normal)) && t.normal !== 'of') return false;
  }
  return true;
}

/** "X said (on Tuesday) (that) CLAUSE" / "X told OUTLET (that) CLAUSE": the clause after the cue. */
export function contentAfterCue(tokens: Token[], frame: Frame, lo: number, last: number): [number, number] | null {
  const cueLast = frame.cueToken;
  let from = cueLast + 1;
  // "Riders say: the ferry is late again.": a colon after the cue opens the clause said.
  if (tokens[from]?.text === ':') return subjectAndVerbAt(tokens, from + 1, last) ? [from + 1, last] : null;
  // "Rivals said “Lanternfall” had been sold short": a quoted title and its verb open the clause said.
  if (quotedTitleSubjectAt(tokens, from)) return [from, last];
  const announced = clauseAfterAnnouncingObject(tokens, from, last);
  if (announced > 0) return [announced, last];
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
  // (The outlet told: "told Rolling Stone that …"; also after "to": "confirmed to People that …", whose
  // name the tagger may read as a verb.)
  const toOutlet = tokens[from]?.normal === 'to' ? (tokens[from + 1]?.text === 'the' ? from + 2 : from + 1) : -1;
  const afterTo = toOutlet > 0 ? pastHearerOutlet(tokens, frame, toOutlet, last) : -1;
  const afterOutlet = afterTo > toOutlet ? afterTo : pastHearerOutlet(tokens, frame, from, last);
  // (… unless the hearer goes on past the outlet's name: "told The Ledger editorial board that …".)
  // (… and so does a named subject with its verb right after the outlet: "told CNN Trump would lose".)
  const namedAfterOutlet = afterOutlet > from ? namedSubjectFrom(tokens, afterOutlet, last) : -1;
  const hearerPassed = afterOutlet > from && (/^(DET|PRON)$/.test(tokens[afterOutlet]?.pos ?? '') || namedAfterOutlet >= 0);
  from = namedAfterOutlet >= 0 ? namedAfterOutlet : afterOutlet;
  // "told Sky Sports, which is showing the race, that …": a relative clause on the hearer, then the report.
  const pastRelative = TELL_LIKE.has(cueLemma(tokens[cueLast]!)) ? thatAfterHearerRelative(tokens, cueLast + 1, last) : null;
  if (pastRelative) return pastRelative;
  // "asked her guest, former director Ian Cole, whether …": the hearer and its apposition, then the report.
  const pastApposition = TELL_LIKE.has(cueLemma(tokens[cueLast]!)) ? clauseAfterHearerApposition(tokens, cueLast + 1, last) : null;
  if (pastApposition) return pastApposition;
  // "says, win or lose, he is staying …" / "said, in a letter, that …": an aside between commas, then the clause.
  const aside = tokens[from]?.text === ',' ? clauseAfterCommaAside(tokens, from, last, THAT_ONLY.has(cueLemma(tokens[cueLast]!))) : null;
  if (aside) return aside;
  const lemma = cueLemma(tokens[cueLast]!);
  // "The pilots declared an emergency and descended …": a state declared is an act; nothing follows as said.
  if (lemma === 'declare' && declaredState(tokens, from, last)) return null;
  // "The commission declared Lee the winner, but …": a result declared of someone is an act too.
  if (lemma === 'declare' && declaredResult(tokens, from, last)) return null;
  // "who asked that her name not be used": the source's condition for speaking, nothing reported.
  if (withheldNameRequest(tokens, cueLast)) return null;
  // "said so that everyone could hear": "so that" right after the cue opens a clause of purpose, nothing said.
  if (tokens[from]?.normal === 'so' && tokens[from + 1]?.normal === 'that') return null;
  let pastClauseOfTime = false;
  for (let k = from; k <= Math.min(last, cueLast + 12); k++) {
    // "learned that from …" / "said that." : a pronoun object, not a complementizer.
    // ("said that's …": "that" is a subject before a contracted "is".)
    // (Not before a quoted title that opens the clause: "reported that 'Midnight Parade' had …", nor before a
    // count's qualifier tagged a preposition: "reported that at least 40 plates showed …".)
    const objectThat = (/^(ADP|PART|PUNCT)$/.test(tokens[k + 1]?.pos ?? 'PUNCT') && !quotedTitleSubjectAt(tokens, k + 1) && !opensSubject(tokens, k + 1)) || tokens[k + 1]?.lemma === 'be' && tokens[k + 1]!.normal === "'s";
    // ("said that is unlikely": before its verb "that" is the content's subject.)
    if (tokens[k]!.normal === 'that' && k === from && tokens[k + 1]?.pos === 'AUX' && k + 2 <= last) return [k, last];
    // (After "as she watched", "that" right before a singular noun is its determiner, whatever the tag:
    // "as she watched that video", "when they met that morning".)
    // "confirmed a delay that Bloomberg had reported last week": a relative clause on the object, nothing reported.
    // (Only on the cue's own object: in "said the bill funds the projects that the council approved" the
    // relative clause lies inside the clause said, whose subject and verb, tagged nouns or not, come first.)
    if (k > from && objectGapRelative(tokens, k, last)) {
      if (oneNounPhrase(tokens, from, k - 1)) return null;
      break;
    }
    // "said Okafor's claim that the vote was rigged was wrong": the report noun's that-clause lies inside
    // the content, which opens with the noun phrase.
    if (tokens[k]!.normal === 'that' && reportNounPhrase(tokens, from, k - 1)) break;
    // "their data showed a link, not proof that …": after a noun of evidence the clause is the noun's own.
    if (tokens[k]!.normal === 'that' && k > from && thatOfFactNoun(tokens, k)) break;
    const next = tokens[k + 1];
    const determinerAfterClause = pastClauseOfTime && !!next && next.pos === 'NOUN' && !isPluralNoun(next);
    // (Nor after a preposition, whose object it is when a noun follows: "asked the coach about that decision",
    // "said after that night …"; "said before that the ferry was late" opens a clause, and a verb's particle is no
    // preposition: "pointed out that …".)
    const objectOfPreposition = k > from && tokens[k - 1]!.pos === 'ADP' && !/^(out|up|down|off|back|away|forward)$/.test(tokens[k - 1]!.normal) && /^(NOUN|PROPN|ADJ|NUM)$/.test(next?.pos ?? '');
    // "questioned a law that makes …": after the object of a cue that takes no hearer, "that" before a verb is relative.
    // (A lone "one" so described stands for a noun the writer named before, no content of the cue's own:
    // "despite a campaign demanding one that has gathered 80,000 signatures".)
    if (tokens[k]!.normal === 'that' && relativeAfterObject(tokens, from, k, lemma)) {
      if (k === from + 1 && /^(one|ones)$/.test(tokens[from]!.normal)) return null;
      break;
    }
    // ("described the risk as “low” now that the stock was gone": "now that", "so that" are conjunctions of
    // time and purpose, no complementizer of the cue.)
    const conjunctionThat = k > from && /^(now|so)$/.test(tokens[k - 1]!.normal);
    // ("told Fox News later that evening that …": a "that" of time is no complementizer.)
    if (thatOfTime(tokens, k)) continue;
    // ("did not say how much of that came from …": "of that" inside a wh-phrase opening the content is its pronoun.)
    // ("said the bulk of that was false", "said much of that is rumour": "of that" before a verb closes a
    // quantity phrase, the content's subject; after "of" "that" is a pronoun, never a complementizer.)
    if (k > from && tokens[k]!.normal === 'that' && tokens[k - 1]!.normal === 'of' && (WH_OPENERS.has(tokens[from]!.normal) || /^(VERB|AUX)$/.test(next?.pos ?? ''))) continue;
    if (tokens[k]!.normal === 'that' && (tokens[k]!.pos === 'SCONJ' || tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'DET') && !objectThat && !determinerAfterClause && !objectOfPreposition && !conjunctionThat && !relativeOnAdverbialNoun(tokens, from, k)) {
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
    // … nor does the tail of a hyphenated noun ("in a Ledger op-ed that …", "ed" read as a verb), nor "state" before
    // a medium ("in remarks to state broadcaster X that …").
    if ((tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !adverbial && !hyphenInWord(tokens, k - 1) && !stateOwnedMedium(tokens, k)) break;
  }
  // "said when asked about it, the club would sell him": the question put to the speaker, then what was said
  // (a that-clause after it, "said when asked about it that …", was taken above).
  const afterQuestion = contentAfterQuestionPut(tokens, from, last);
  if (afterQuestion >= 0) return afterQuestion > 0 ? [afterQuestion, last] : null;
  // Verbs of knowing and finding report only with a that-clause: "found that …", not "found time to …".
  // … except from evidence: "one audit found the levy would raise rents".
  // … and "expect" with the one expected to act: "Officials expect the board to raise fares".
  // (Not in a question: "Do officials expect the board to raise fares?")
  if (lemma === 'expect' && personLike(frame.speaker) && !endsInQuestion(tokens, last) && actorThenInfinitive(tokens, from, last)) return [from, last];
  if (THAT_ONLY.has(lemma) && !evidenceLike(frame.speaker)) return null;
  // "added a second floor", "maintained her garden", "posted a map": without "that", these report
  // only a clause opened by a subject pronoun ("added he would …").
  // … or by a noun phrase and its finite verb ("knows the harbour board will vote …").
  if ((CLAUSE_OBJECT.has(lemma) || cueLexicon().clauseReports.has(lemma)) && !SUBJECT_PRONOUNS.test(tokens[from]?.normal ?? '') && !bareClauseAt(tokens, from, last)) return null;
  // "warned the bonds would …": a noun phrase of things before its verb is the clause's subject.
  if (!hearerPassed && thingSubjectAfterCue(tokens, lemma, from, last)) return [from, last];
  if (TELL_LIKE.has(lemma)) {
    // Skip the hearer: "told reporters", "told IndieWire", "told him".
    // … but not into the reported clause's own subject ("told the Toronto Star he has …").
    // (A hyphenated word is one word, whatever its parts are tagged: "told The Star-Ledger", "asked several
    // state-owned firms to …", "asked the well-known board to …".)
    while (!hearerPassed && from <= last && (/^(PRON|PROPN|NOUN|DET|ADJ|PART)$/.test(tokens[from]!.pos) || partOfHyphenatedWord(tokens, from) || secondNamedHearer(tokens, from, last)) && from < cueLast + 9 && !(from > cueLast + 1 && SUBJECT_PRONOUNS.test(tokens[from]!.normal))) {
      from++;
      if (/^(PRON|PROPN|NOUN)$/.test(tokens[from - 1]!.pos) && /^(PRON|DET|PROPN|NOUN)$/.test(tokens[from]?.pos ?? '') && tokens[from - 1]!.pos === 'PRON') break;
      // "told aides the pier would close": a determiner after the hearer's noun opens the content.
      if (/^(NOUN|PROPN)$/.test(tokens[from - 1]!.pos) && tokens[from]?.pos === 'DET' && /^(the|a|an|this|these|those|no|some|any|every|all)$/.test(tokens[from]!.normal)) break;
      // … and so does a possessive: "assured workers their pensions were safe".
      if (/^(NOUN|PROPN)$/.test(tokens[from - 1]!.pos) && POSSESSIVES.has(tokens[from]?.normal ?? '')) break;
      // … and so does a name with its verb after a common hearer: "told reporters Harris was ahead", "told him Ortiz lied".
      const named = /^(NOUN|PRON)$/.test(tokens[from - 1]!.pos) ? namedSubjectFrom(tokens, from, last) : -1;
      if (named >= 0) {
        from = named;
        break;
      }
    }
    // "told a conference held in Geneva that …": step over the participle on the hearer to its phrase.
    if (!hearerPassed && from > cueLast + 1 && /^(NOUN|PROPN)$/.test(tokens[from - 1]!.pos) && reducedRelativeAt(tokens, from, last)) from = pastReducedRelative(tokens, from, last);
    if (lemma === 'tell' && hearerOfQuotation(tokens, frame, from, lo, last)) return null;
    // "told the story fifty times at parties": the thing told stands where a hearer would, and what
    // follows is how often or where, not a clause reported.
    // (Not before what the story is: "told the story of the summit: …".)
    if (lemma === 'tell' && !/^(?::|of|about)$/.test(tokens[from]?.normal ?? '') && tokens.slice(cueLast + 1, from).some((t) => t.pos === 'NOUN' && cueLexicon().toldThingNouns.has(t.normal))) return null;
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
      // ("added to a body of evidence that …": the noun's own clause, and the cue reports nothing.)
      if (tokens[k]!.normal === 'that' && thatOfFactNoun(tokens, k)) return null;
      if (tokens[k]!.normal === 'that' && tokens[k]!.pos === 'SCONJ' && !relativeOnAdverbialNoun(tokens, from, k)) return [k + 1, last];
      // "said after the meeting she would …": a subject pronoun and its verb open the content.
      // … "it" too, past the preposition's own object and with no verb before it: "said in practice it
      // takes months" (not "said in it", nor "said in May after Acme announced it was …", Acme's words).
      // (Not after a conjunction of time: "said in Spanish as she took the stage" tells when, not what.)
      const ofTime = /^(as|while|when|before|after|until|once)$/.test(tokens[k - 1]!.normal);
      if ((PERSONAL_SUBJECTS.test(tokens[k]!.normal) || itOpensContent(tokens, from, k)) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') && !ofTime) return [k, last];
      // "said in 2008 the bridge would …", "said at the time the plan was …": a noun phrase right after the
      // adverbial's last noun, with a verb of its own, is the content's subject.
      if (subjectAfterAdverbial(tokens, from, k, last)) return [k, last];
      // "said on the podcast, which was released on Tuesday": a relative clause after the phrase's noun
      // describes it; the content, if any, comes after it.
      if (tokens[k]!.text === ',' && RELATIVE_PRONOUNS.has(tokens[k + 1]?.normal ?? '')) continue;
      // "said on his podcast, “Late with Ana Ruiz,” that …": the programme's title, set off after its kind
      // word, belongs to the adverbial; the content, if any, comes after it.
      const title = tokens[k]!.text === ',' && PROGRAMME_KINDS.has(tokens[k - 1]?.normal ?? '') ? programmeTitleAfter(tokens, k - 1) : null;
      if (title?.quoted) {
        // ("… “Late Lane,” the mayor had resigned": a clause right after the title is the content.)
        const c = title.end;
        if (tokens[c]?.normal !== 'that' && !RELATIVE_PRONOUNS.has(tokens[c]?.normal ?? '') && c <= last) {
          return hasVerb(tokens, c, last) && !circumstanceOfQuotation(tokens, frame, c, lo, last) && !participleAside(tokens, c, last) && !absolutePhrase(tokens, c, last) && !subordinateClauseOnly(tokens, c, last) ? [c, last] : null;
        }
        k = c - 1;
        continue;
      }
      // "agreed on Thursday to chair the panel through the spring, a role that …": an infinitive ends the
      // adverbial; what follows a later comma hangs on the infinitive's phrase, not on the cue.
      // (A base form only: "in a talk to volunteers in Dayton, …" has a plural noun the tagger may call a verb.)
      // (Only within the adverbial, before any comma: "noted, the port is able to grow" is a clause;
      // nor in "say for the ferry to survive they will need …", whose "for" opens a clause with a subject.)
      if (tokens[k]!.normal === 'to' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') && tokens[k + 1]!.normal === tokens[k + 1]!.lemma && tokens[from]!.normal !== 'for' && !tokens.slice(from, k).some((t) => t.text === ',')) return null;
      if (tokens[k]!.text === ',' && tokens[k + 1]?.pos !== 'PROPN' && !accountOfFrame(tokens, k + 1)) {
        // "said in Leeds, soon after the networks projected the result, that she had lost": past a clause of time
        // or cause, the that-clause is the content.
        const thatAfter = thatAfterSubordinateClause(tokens, k + 1, last);
        if (thatAfter > 0) return thatAfter <= last ? [thatAfter, last] : null;
        // (A conjunction after the comma and the speaker's next act join a clause of the writer's, no content:
        // "insisted on singing it himself, and he laughed when …"; "said in the minutes, but it wanted …" is.)
        if (tokens[k + 1]?.pos === 'CCONJ' && nextActAt(tokens, SPEAKER_PRONOUN.test(tokens[k + 2]?.normal ?? '') ? k + 3 : k + 2)) return null;
        const c = tokens[k + 1]?.normal === 'that' ? k + 2 : k + 1;
        // (A finite verb right after the comma has no subject of its own: it is the sentence's predicate resuming
        // after a relative clause, "X, who has testified in copyright cases, told …"; nothing was testified.)
        if (/^(who|which|that)$/i.test(frame.speaker.text) && predicateResumes(tokens, c)) return null;
        return hasVerb(tokens, c, last) && !circumstanceOfQuotation(tokens, frame, c, lo, last) && !participleAside(tokens, c, last) && !absolutePhrase(tokens, c, last) && !subordinateClauseOnly(tokens, c, last) ? [c, last] : null;
      }
    }
    return null;
  }
  // "agreed last week to sell …": a time phrase and an infinitive are an object cue's (object-cues.ts), as
  // the infinitive alone is ("agreed to sell …").
  if (infinitiveAfterTime(tokens, from, last)) return null;
  if (from > last || tokens[from]!.pos === 'PUNCT' || (tokens[from]!.pos === 'ADP' && !opensSubject(tokens, from)) || tokens[from]!.pos === 'PART') return null;
  if (participleAside(tokens, from, last)) return null;
  if (objectGivenToOutlet(tokens, frame, from, last)) return null;
  if (amountObject(tokens, from, last)) return null;
  return [from, last];
}

/** A verb (no "-ing" participle) opening the words after an adverbial's comma: a predicate, no clause of its own. */
export function predicateResumes(tokens: Token[], c: number): boolean {
  const t = tokens[c];
  return !!t && /^(VERB|AUX)$/.test(t.pos) && !/ing$/.test(t.normal) && tokens[c - 1]?.text === ',';
}

/**
 * "said little as he left", "said nothing about the vote", "said more than he meant to": an amount word
 * is the object of the cue, not the subject of a clause said ("said little had changed" has its verb).
 */
function amountObject(tokens: Token[], from: number, last: number): boolean {
  if (!SAID_AMOUNT_WORDS.has(tokens[from]!.normal)) return false;
  const next = tokens[from + 1];
  if (!next || from + 1 > last) return true;
  // ("said little about the plan", "said much over the years about …": the topic after "about" or "of" is
  // what it reports, as PolNeAR marks it.)
  if (next.normal === 'of') return false;
  for (let k = from + 1; k <= Math.min(last, from + 6) && !/^(VERB|AUX|PUNCT)$/.test(tokens[k]!.pos); k++) if (tokens[k]!.normal === 'about') return false;
  // ("said more than 10,000 jobs were lost": an amount after "than" opens the clause's subject.)
  if (next.normal === 'than') return tokens[from + 2]?.pos === 'PRON';
  // ("said something in the water had made them sick": a verb after the phrase makes the amount its subject.)
  if (next.pos === 'ADP' && verbBeforeClauseEnd(tokens, from + 2, last)) return false;
  return /^(ADP|SCONJ|PUNCT)$/.test(next.pos);
}

/**
 * A finite verb from tokens[from] before a comma, a subordinator or the end: "… in the water had made …".
 * (hasVerb also counts a past form the tagger read as an adjective after a subject: "… in the water sickened …".)
 */
function verbBeforeClauseEnd(tokens: Token[], from: number, last: number): boolean {
  // (Eight words at most: the clause's first comma or subordinator, or the eighth word, ends the search.)
  const to = Math.min(last, from + 7);
  let end = from;
  while (end <= to && tokens[end]!.pos !== 'PUNCT' && tokens[end]!.pos !== 'SCONJ') end++;
  return hasVerb(tokens, from, end - 1);
}

/** A time phrase at tokens[from] ("last week", "earlier this month"), then "to" and a verb. */
function infinitiveAfterTime(tokens: Token[], from: number, last: number): boolean {
  const k = afterTimePhrase(tokens, from, last);
  return k > from && k < last && tokens[k]!.normal === 'to' && /^(VERB|AUX)$/.test(tokens[k + 1]!.pos);
}

/**
 * "wrote in a post that has since been deleted": a "that" right after the noun of a prepositional phrase
 * right after the cue, with a finite verb straight after it and no subject between, opens a relative clause on
 * the noun, not the content (a that-clause has a subject of its own: "wrote in a post that she …").
 */
function relativeOnAdverbialNoun(tokens: Token[], from: number, k: number): boolean {
  if (k <= from + 1 || tokens[k - 1]?.pos !== 'NOUN') return false;
  // The preposition opens what follows the cue (`from`), its noun phrase runs up to the "that".
  for (let p = from + 1; p < k; p++) if (!/^(NOUN|ADJ|DET|NUM|PROPN)$/.test(tokens[p]!.pos)) return false;
  if (!cueLexicon().relativeAfterPrepositions.has(tokens[from]!.normal)) return false;
  const verb = tokens[k + 1];
  return !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && verb.normal !== verb.lemma && !/ing$/.test(verb.normal)));
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
 * "said at a rally on the quay, the wind whipping at his coat" / "…, rain dripping from his hat as he
 * waved": a noun phrase and a
 * participle with no finite verb of their own describe the speaker while speaking (an absolute phrase);
 * they report nothing. (A clause has a finite verb: "…, her voice was fine".)
 */
function absolutePhrase(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  while (k <= last && k < from + 4 && /^(DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k++;
  if (k === from || k > last || tokens[k - 1]!.pos !== 'NOUN' || tokens[k]!.pos !== 'VERB' || !/ing$/.test(tokens[k]!.normal)) return false;
  // The participle's own phrase runs to the end or to a subordinate clause ("as he waved"), with no
  // finite verb of the noun phrase's: not "the pier closing will hurt trade".
  for (let j = k + 1; j <= last; j++) {
    const t = tokens[j]!;
    if (t.pos === 'SCONJ' || SUBORDINATORS.has(t.normal) || /^[,;]$/.test(t.text)) return true;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.normal) && t.normal !== t.lemma)) return false;
  }
  return true;
}

/**
 * "testified at the inquiry in Leeds, soon after the union called off the strike": what follows the
 * comma is a clause of time or cause (an adverb may lead it) running to the sentence's end, which says
 * when or why the speaker spoke, not what. (One followed by a comma and a main clause, "…, if the levy
 * passes, fares will rise", is left to the content.)
 */
function subordinateClauseOnly(tokens: Token[], from: number, last: number): boolean {
  const k = subordinatorAt(tokens, from, last);
  if (k < 0) return false;
  for (let j = k + 1; j <= last; j++) if (/^[,;:]$/.test(tokens[j]!.text)) return false;
  // (… nor one whose main clause follows with no comma: "once the vote is counted the pier will close".)
  return !mainClauseAfter(tokens, k + 1, last);
}

/** The subordinator opening a clause at tokens[from], past up to two adverbs ("shortly after"); -1 when none. */
function subordinatorAt(tokens: Token[], from: number, last: number): number {
  let k = from;
  while (k <= last && k < from + 2 && tokens[k]!.pos === 'ADV' && !SUBORDINATORS.has(tokens[k]!.normal)) k++;
  return k <= last && SUBORDINATORS.has(tokens[k]!.normal) ? k : -1;
}

/**
 * After the verb of a subordinate clause that starts at tokens[from], a new subject and its finite verb
 * open a main clause: "(once) the vote is counted | the pier will close". Not after a verb that takes a
 * clause itself ("because the union said the strike was over" is one clause).
 */
function mainClauseAfter(tokens: Token[], from: number, last: number): boolean {
  let v = from;
  while (v <= last && !/^(VERB|AUX)$/.test(tokens[v]!.pos)) v++;
  while (v <= last && /^(VERB|AUX|PART|ADV)$/.test(tokens[v]!.pos)) v++;
  if (v > last || cueAt(tokens, v - 1, 'clause')) return false;
  return bareClauseAt(tokens, v, last);
}

/**
 * ", soon after the networks projected the result, that …": a clause of time or cause at tokens[from] closed by
 * a comma and "that"; where the that-clause starts, or -1.
 */
function thatAfterSubordinateClause(tokens: Token[], from: number, last: number): number {
  const k = subordinatorAt(tokens, from, last);
  if (k < 0) return -1;
  for (let j = k + 1; j < last; j++) {
    if (tokens[j]!.text === ',' && tokens[j + 1]!.normal === 'that') return j + 2;
    if (/^[,;:]$/.test(tokens[j]!.text)) return -1;
  }
  return -1;
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
 * A short noun phrase or object pronoun at tokens[from], then "to" and a verb: "the board to raise
 * fares", "it to pass", "Ms. Vale to be named" (not "a big crowd", nor "to attend").
 */
export function actorThenInfinitive(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  while (k <= last && k < from + 6 && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) || /^(it|him|her|them|us|['’]s)$/.test(tokens[k]!.normal))) k++;
  return k > from && k < last && tokens[k]!.normal === 'to' && /^(VERB|AUX)$/.test(tokens[k + 1]!.pos);
}

/** tokens[k] is the verb of a clause of time opened by its subject pronoun: "as she left", "after they voted". */
function pronounClauseOfTime(tokens: Token[], k: number, from: number): boolean {
  return k - 2 >= from && PERSONAL_SUBJECTS.test(tokens[k - 1]!.normal) && TIME_SUBORDINATORS.has(tokens[k - 2]!.normal);
}

/** How far the closing comma of an aside after the cue may be: "says, win or lose in the spring primary against the mayor, he …". */
const ASIDE_WINDOW = 17;

/**
 * The content after an aside set off by commas right after the cue (tokens[open] is the first comma):
 * "says, win or lose, he is staying" keeps the aside, which is part of what was said; a circumstance
 * ("said, in a letter, that …", "said, however, the …") is stepped over. The aside is at most sixteen
 * words (a condition may run long: "win or lose in the spring primary against …") and holds
 * no quotation; a clause (a subject and its verb, or "that") follows it. Not ", and …"; after a participle
 * (", adding …", ", smiling, that …") only a that-clause.
 */
function clauseAfterCommaAside(tokens: Token[], open: number, last: number, thatOnly: boolean): [number, number] | null {
  let close = open + 1;
  while (close <= last && close < open + ASIDE_WINDOW && tokens[close]!.text !== ',' && !isQuoteMark(tokens[close]!)) close++;
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
    // ("and" or "or" between two nouns joins them in one phrase: "that at least 600 judges and magistrates would …",
    // "that two doctors or nurses would …".)
    if (/^(and|or)$/.test(t.normal) && tokens[j - 1]!.pos === 'NOUN' && tokens[j + 1]?.pos === 'NOUN') continue;
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
 * tokens[k] is the "and" of two named hearers before a question: "asked Becker and Sandell whether …".
 * (Only before whether/if: "told Becker and Sandell agreed" has a clause of its own after "and".)
 */
function secondNamedHearer(tokens: Token[], k: number, last: number): boolean {
  if (!/^(and|or)$/.test(tokens[k]!.normal) || tokens[k - 1]?.pos !== 'PROPN') return false;
  const end = nameRunEnd(tokens, k + 1, Math.min(last + 1, k + 5));
  return end > k + 1 && end <= last && /^(whether|if)$/.test(tokens[end]!.normal);
}

/**
 * What "asked" asks, besides a question (handled by the caller): a topic ("asked Reyes about the
 * budget") or an act requested with its hearer ("asked Hale to send the files"), each up to the clause's
 * end; null for a thing requested ("asked for a recount"); undefined when none of these follows.
 */
function requestOrTopic(tokens: Token[], cue: number, from: number, last: number): [number, number] | null | undefined {
  if (anonymityRequest(tokens, cue)) return null;
  if (thingAskedOfHearer(tokens, cue, last)) return null;
  // "asked for a recount", "has asked for her name to be removed", "replied asking for refunds": a thing requested
  // is no words reported (no gold set annotates one); the request's own that-clause or quotation is read elsewhere.
  if (tokens[cue + 1]?.normal === 'for') return null;
  let start = -1;
  // (A topic without a hearer, "when Reuters asked about them", is often the writer's own question,
  // and the clause after it no answer: nothing is reported.)
  if (tokens[from]?.normal === 'about') {
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
 * "asked her father for his blessing", "asked the council for a recount": a thing requested of a
 * hearer is no words reported, whatever clause hangs on it ("…, which he gave").
 */
function thingAskedOfHearer(tokens: Token[], cue: number, last: number): boolean {
  for (let k = cue + 1; k <= Math.min(last, cue + 6); k++) {
    if (tokens[k]!.normal === 'for') return k > cue + 1;
    if (!/^(PRON|DET|NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/**
 * "asked not to be named", "asked to be identified only by her first name": the source's condition for
 * speaking, nothing reported.
 */
function anonymityRequest(tokens: Token[], cue: number): boolean {
  const not = tokens[cue + 1]?.normal === 'not' ? 1 : 0;
  const participle = cue + 3 + not;
  if (tokens[cue + 1 + not]?.normal !== 'to' || tokens[cue + 2 + not]?.normal !== 'be' || !cueLexicon().anonymityParticiples.has(tokens[participle]?.normal ?? '')) return false;
  // (Without "not", only a name cut short: "asked to be identified only by …", "by her first name";
  // "asked to be named to the board" asks for a post.)
  return not === 1 || /^(only|solely|just|by)$/.test(tokens[participle + 1]?.normal ?? '');
}

/**
 * "asked that her name not be used", "asked that he not be identified": the anonymity condition put as a clause,
 * its subject the name (withheld_name_participles) or the source (anonymity_participles), within three words.
 */
function withheldNameRequest(tokens: Token[], cue: number): boolean {
  if (tokens[cue + 1]?.normal !== 'that') return false;
  const lexicon = cueLexicon();
  for (let k = cue + 2; k <= cue + 4 && k < tokens.length; k++) {
    if (tokens[k]!.normal !== 'not' || tokens[k + 1]?.normal !== 'be') continue;
    const participle = tokens[k + 2]?.normal ?? '';
    // (The clause ends there, or gives its reason: "not be used on the plaque" asks something else.)
    const after = tokens[k + 3];
    if (after && after.pos !== 'PUNCT' && !/^(because|since|as|for)$/.test(after.normal)) return false;
    const subject = tokens.slice(cue + 2, k).map((t) => t.normal);
    return subject.some((w) => w === 'name' || w === 'names') ? lexicon.withheldNameParticiples.has(participle) : lexicon.anonymityParticiples.has(participle);
  }
  return false;
}

/**
 * A word tagged as a preposition that opens the content's subject rather than an adverbial: an
 * approximation before a number or share ("said nearly half the growth came from …", "nearly 40
 * percent", "at least 40 towns"), or the first part of a compound ("said down-ballot races could …").
 */
function opensSubject(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  if (hyphenInWord(tokens, k + 1)) return true;
  // "said at least 40 towns had …", "at most two": the set phrase qualifies the count that opens the subject.
  if (tokens[k]!.normal === 'at' && /^(least|most)$/.test(next.normal) && tokens[k + 2]?.pos === 'NUM') return true;
  // ("over a dozen", "about a third": after "a" only a count, not "argued over a prenuptial agreement".)
  const countAfterA = (t: Token | undefined) => !!t && (t.pos === 'NUM' || cueLexicon().countNouns.has(t.normal) || cueLexicon().fractionWords.has(t.normal));
  return /^(about|around|nearly|almost|over|under|roughly)$/.test(tokens[k]!.normal) && (next.pos === 'NUM' || /^(half|one|two|three)$/.test(next.normal) || (next.normal === 'a' && countAfterA(tokens[k + 2])));
}

/** "that" at tokens[k] right after a noun of evidence or likelihood (cues.json fact_nouns), which the clause completes. */
function thatOfFactNoun(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1];
  return !!noun && noun.pos === 'NOUN' && cueLexicon().factNouns.has(noun.normal);
}

/**
 * tokens[from, end] are a noun phrase headed by a report noun that opens the content: "the claim", "his
 * repeated claim", "Okafor's earlier warning" (no preposition first: "said in a statement that …").
 */
function reportNounPhrase(tokens: Token[], from: number, end: number): boolean {
  if (end < from || end - from > 6 || tokens[end]!.pos !== 'NOUN' || !cueLexicon().reportNouns.has(tokens[end]!.lemma)) return false;
  for (let k = from; k < end; k++) if (!/^(DET|PRON|PROPN|NOUN|ADJ|ADV|PART|NUM)$/.test(tokens[k]!.pos)) return false;
  return /^(DET|PRON|PROPN)$/.test(tokens[from]!.pos);
}

/**
 * Where a clause opened by a proper name and its finite verb starts, at tokens[k] ("Harris was ahead") or
 * after a day there ("Friday Ruiz would resign": the day is when it was told, no part of the content); -1 if none.
 */
function namedSubjectFrom(tokens: Token[], k: number, last: number): number {
  const named = (j: number) => tokens[j]?.pos === 'PROPN' && !isDayWord(tokens[j]!.normal) && bareClauseAt(tokens, j, last);
  if (named(k)) return k;
  return isDayWord(tokens[k]?.normal ?? '') && named(k + 1) ? k + 1 : -1;
}

/** A noun phrase at tokens[from] naming a declared state: "an emergency", "a state of emergency", "a local disaster". */
function declaredState(tokens: Token[], from: number, last: number): boolean {
  const states = cueLexicon().declaredStates;
  for (let k = from; k <= last && k < from + 6; k++) {
    const t = tokens[k]!;
    // ("declared the drought over" declares something of it: a word going on after the state is content.)
    if (t.pos === 'NOUN' && states.has(t.normal)) return k === last || (/^(?:PUNCT|CCONJ|ADP)$/.test(tokens[k + 1]!.pos) && tokens[k + 1]!.normal !== 'over');
    if (!/^(DET|ADJ|NOUN|PROPN)$/.test(t.pos) && t.normal !== 'of') return false;
  }
  return false;
}

/**
 * "declared Lee (of the Harbour Party) the winner": a name or noun phrase, then a title from
 * declared_results, with no verb between — a small clause naming a result, not a clause said.
 * A title that a verb follows (maybe after its "of …" phrase) is the subject of a clause said:
 * "declared the winners would receive their prizes", "declared the champions of 2019 were finished".
 */
function declaredResult(tokens: Token[], from: number, last: number): boolean {
  const results = cueLexicon().declaredResults;
  for (let k = from; k <= last && k < from + 14; k++) {
    const t = tokens[k]!;
    if (k > from && /^(NOUN|PROPN)$/.test(t.pos) && results.has(t.normal)) return !verbAfterTitle(tokens, k, last);
    // ("the ruling party": a participle before a noun modifies it.)
    const modifier = t.pos === 'VERB' && /ing$/.test(t.normal) && /^(NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
    if (!/^(DET|ADJ|NOUN|PROPN|ADP|NUM)$/.test(t.pos) && !modifier && !hyphenInWord(tokens, k)) return false;
  }
  return false;
}

/** The token after a declared title, past its "of …" phrase, is a verb: the title is a clause's subject. */
function verbAfterTitle(tokens: Token[], title: number, last: number): boolean {
  let k = title + 1;
  if (tokens[k]?.normal === 'of') {
    k++;
    while (k <= last && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k++;
  }
  return k <= last && /^(VERB|AUX)$/.test(tokens[k]!.pos);
}

/** Words that open a wh-clause as the content: "how much of that …", "which of those …". */
const WH_OPENERS: ReadonlySet<string> = new Set(['how', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'whether']);
