import type { Token } from '../../types.js';
import { whichReportTailAt } from './which-tail.js';
import { isPassiveCue, permissionOnly, sentenceSubject, type Frame, type TokenView } from '../frame.js';
import { evidenceLike, hyphenInWord, isQuoteMark, personLike, subjectBefore } from '../speaker.js';
import { demandedObject } from './demanded-objects.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isPartyMemberNoun } from '../../lexicon/party-tags.js';
import { isPersonNoun } from '../../lexicon/person-nouns.js';
import { namesWithComplement } from '../naming.js';
import { REGARDING_VERBS, regardsAs } from '../regarding.js';
import { effortSite, startedActivity } from '../started-activity.js';
import { passiveWithAgent } from '../passive.js';
import { performedPassive } from './performed-passive.js';
import { attackAt } from '../idioms.js';
import { endOfSubordinateObject, insideSubordinateClause } from './clause-ends.js';
import { clauseOpensAt, isParticiple, participleAfterComma } from './clause-openers.js';
import { consequenceAt } from './consequence-tail.js';
import { evidenceByAgent } from './evidence.js';
import { describedToOutletAs } from './hearer-outlet.js';
import { shareOfPeople } from './groups.js';
import { objectCueLemma, particleAfter, PARTICLES, raisedConcernCueEnd } from './object-cue-verbs.js';
import { contrastOpensAt, endBeforeReport, mediumPhraseAt, opensClauseBetween, parallelVerbAt, relativeClosesAt, secondRelativeAt } from './object-ends.js';
import { antecedentOfWho, relativeAntecedent, relativeShareStart } from './relative-pronouns.js';
import { overlapsFrom, someInQuote, type IndirectQuote, type ReportSentence } from './report-sentence.js';
import { controllingSubject, coordinatedAfter, participleOfFrame, purposeOfAnonymity, withCoordinatedSubject } from './shared-subjects.js';
import { afterTimePhrase, timeAt } from './time-phrases.js';
import { isDayWord, isPartOfDay } from '../../nlp/time-words.js';
import { insideAskedQuestion } from './asked-questions.js';
import { insideHeardClause } from './heard-clauses.js';
import { finiteSpeechAfterComma } from './second-predicate.js';
import { newClauseAfterComma } from './joined-clause.js';
import { refusedComment, withheldSpeechAct } from './refused-comment.js';
import { cueObjectSenses } from '../../lexicon/cue-object-senses.js';
import { supportedPersonOnly } from './supported-people.js';
import { anonymityMotive } from './anonymity-fears.js';
import { citingAfterSpeechVerb, citingAsideBeforeVerb } from './citing-asides.js';
import { refusalInsideReport, subjectOpensReportedClause } from './inside-reported-clause.js';
import { CONTRASTING_JOINERS, POSSESSIVE_PRONOUNS } from '../../nlp/words.js';

/** Object cues: "X called for a freeze on …", "X urged voters to …"; beside, not inside, the reports `found`. */
export function addObjectCueReports(sentence: ReportSentence, found: IndirectQuote[], out: IndirectQuote[]): void {
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
    if (withheldSpeechAct(tokens, i) || wonderedAbout(tokens, i, s.tokenStart) || permissionOnly(tokens, i) || insideAskedQuestion(tokens, i, s.tokenStart) || insideHeardClause(tokens, i, s.tokenStart) || purposeOfAnonymity(tokens, i) || anonymityMotive(tokens, i)) continue;
    // "Reyes may want to check her figures": an intention the writer suggests is no one's report.
    // … nor one others hold of someone: "Reyes is not expected to attend".
    const auxiliary = tokens[beforeNegation(tokens, i - 1, s.tokenStart)]?.normal ?? '';
    if (INTENTIONS.has(lemma ?? '') && (/^(may|might|could|should|would)$/.test(auxiliary) || (/ed$/.test(t.normal) && /^(be|is|are|was|were|been|being|’s|'s)$/.test(auxiliary)))) continue;
    const particleAt = attack > 0 ? attack : particleAfter(tokens, lemma, i);
    const particle = particleAt > 0 ? tokens[particleAt]!.normal : null;
    // "called for" / "called on", or naming with a complement ("X called the plan a disaster"); not
    // "a group called …", "called the police", "called a vote".
    const naming = lemma === 'call' && !particle && namesWithComplement(tokens, i + 1, last);
    if (PARTICLES.has(lemma ?? '') && !particle && !naming && !bareObjectAt(tokens, lemma!, i + 1)) continue;
    // "sees the levy as a tax on renters": a verb of regarding reports only with the role it gives.
    if (REGARDING_VERBS.has(lemma ?? '') && !regardsAs(tokens, lemma!, i + 1, last)) continue;
    // "Ohio was called for Reed", "the plan was endorsed by …": a passive cue's subject did not speak.
    // … unless it names the agent: "the plan was criticized by two council members" is theirs.
    if (isPassiveCue(tokens, i, s.tokenStart)) {
      // ("The purchase was proposed by Ruiz" names who moved it, not what Ruiz said.)
      // ("The fox is voiced by a newcomer" names who played a part: performedPassive.)
      const passive = particle || cueLexicon().tabledNotSaid.has(lemma ?? '') || performedPassive(tokens, i, s.tokenStart, text.slice(tokens[s.tokenStart]!.start, tokens[last]!.end)) ? null : passiveWithAgent(tokens, i, s.tokenStart, last, scan);
      if (!passive || (quotes.length && inQuote(i))) continue;
      const start = tokens[passive.from]!.start;
      const end = tokens[passive.to]!.end;
      if (overlapsFrom(found, 0, start, end)) continue;
      out.push({ start, end, frame: passive.frame });
      break;
    }
    // "lashed out at the board": the preposition after the particle is the cue's too.
    // ("raised fears" and "raised questions about" are the cue whole: raisedConcernCueEnd.)
    const cueLast = lemma === 'raise' ? raisedConcernCueEnd(tokens, i) : particle ? particleAt + (particle === 'out' && /^(at|against)$/.test(tokens[particleAt + 1]?.normal ?? '') ? 1 : 0) : i;
    // "Hale, who declined to comment, …": "who" stands for the phrase before it.
    // "Reyes used the hearing to call for …", "Reyes opened by praising …": the verb's subject acts.
    // "The Post reported, citing two officials, that …", "…, she said, citing the audit": a source cited beside
    // the sentence's report credits that report; it is no report of its own.
    // (Not a report in a clause before: "Lee said …, while Ruiz opposed the plan, citing …" is Ruiz's own.)
    if (lemma === 'cite' && tokens[i - 1]?.text === ',' && reportInSameClause(view, found, i)) continue;
    // "X, citing the ministry, said …": the aside names the source of the report that follows.
    if (citingAsideBeforeVerb(tokens, i, last)) continue;
    // "…, Bloomberg reported, citing a draft it had seen": so too right after a closing speech tag, found report or not.
    if (citingAfterSpeechVerb(tokens, i)) continue;
    let before = controllingSubject(tokens, i, s.tokenStart) ?? subjectBefore(tokens, i, s.tokenStart) ?? antecedentOfWho(tokens, i, s.tokenStart) ?? relativeAntecedent(tokens, i, s.tokenStart);
    // "…, citing the report" / "…, calling for a ban": a participle after a comma takes the sentence's subject.
    const participle = (!before || before.start > t.start) && /ing$/.test(t.normal) && tokens[i - 1]?.text === ',';
    if (participle) {
      const subject = sentenceSubject(view, i);
      // The frame right before the comma first: "“…,” Bell said, citing …" opens with no subject of its own.
      // Then the object cue of its own clause: "Lee said …, while Ruiz opposed the plan, citing …" is Ruiz's.
      const ownClause = lastObject && lastObject.cueToken < i && !newClauseBetween(tokens, lastObject.cueToken + 1, i - 1) ? lastObject.speaker : null;
      before = participleOfFrame(view, i, s.tokenStart)?.speaker ?? ownClause ?? (subject && personLike(subject) ? subject : null);
    }
    // "X attacked A, and has called for B": a cue coordinated with the object cue before shares its speaker.
    if (lastObject && coordinatedAfter(tokens, i, s.tokenStart) && (!before || !personLike(before))) before = lastObject.speaker;
    // … and one coordinated with any verb whose subject speaks: "Lee toured the docks and criticized the levy".
    if (!before || !personLike(before)) before = withCoordinatedSubject(tokens, i, s.tokenStart, null)?.speaker ?? before;
    // "X said the team remained optimistic and declined to set a deadline": the team's refusal is X's account.
    if (before && refusalInsideReport(tokens, i, before, found)) continue;
    // "Marinova said she planned to open …": the object cue sits in the content of "said" (only with its own
    // subject right before it; a subject shared with the report cue, "said …, but pledged to", is the speaker's).
    if (before && subjectRightBefore(tokens, i, before.end) && subjectOpensReportedClause(tokens, view.tokenAtOrAfter(before.phraseStart ?? before.start), s.tokenStart, last)) continue;
    // "Fans started an online campaign calling for …": the effort started is no speaker (started-activity.ts).
    if (before && startedActivity(tokens, before, view.tokenAtOrAfter(before.phraseStart ?? before.start))) continue;
    // ("A petition on Change.org calling on …": nor is the site it is on.)
    if (before && effortSite(tokens, view.tokenAtOrAfter(before.phraseStart ?? before.start))) continue;
    if (!before || !(shows ? evidenceLike(before) || evidenceByAgent(tokens, before, i, s.tokenStart) : personLike(before) || shareOfPeople(before)) || before.start > t.start) continue;
    // "“…” — that was how Ruiz described the plan": the words described are the quotation before.
    if (afterThatWasHow(tokens, view.tokenAtOrAfter(before.phraseStart ?? before.start))) continue;
    // "the project the mayor hopes to finish by May": a subject right after the noun it describes opens a
    // relative clause with no "that", whose object is that noun, before the cue; what follows it is no object.
    if (contactRelative(tokens, view.tokenAtOrAfter(before.start), view.tokenAtOrAfter(before.end) - 1, s.tokenStart)) continue;
    // "told the Ledger that talks were “…” and that the members had criticized the offer": a second that-clause
    // is the earlier cue's report, its subject no speaker of its own.
    if (secondThatClauseSubject(tokens, view.tokenAtOrAfter(before.start), s.tokenStart)) continue;
    // "It encouraged crews to sail at night": a cause, most often a thing, not a speaker.
    if (cueLexicon().causalObjectCues.has(lemma ?? '') && /^(it|that|which)$/i.test(before.text)) continue;
    // "refused, with some grace, to answer": an aside between commas is stepped over to the infinitive.
    const fromAfterAside = infinitiveAfterAside(tokens, cueLast + 1, last);
    // A cue that ends its sentence has no object (at the article's end there is no token after it), nor
    // one that ends its clause at a semicolon: "…, Kumar noted; the board left" (the clause after it is
    // the writer's, or a report of its own).
    if (fromAfterAside > last || tokens[fromAfterAside]!.text === ';') continue;
    // "…, the records show, while a filing listed 40": a frame set off by commas has its object before
    // it; a contrast opening after the comma is the writer's next clause. (Not an aside, "described, in
    // blunt terms, a plan …", nor "as the records show, the pier …", whose object follows.)
    // A contrast that closes at a comma is an aside, and the object follows it: "proposed, though not for
    // the first time, a levy …", "criticized, but did not reject, the plan …".
    let from = fromAfterAside;
    // "When they refused, she withdrew the rights": a refusal right before a comma took no object; what follows
    // is the next clause. (An aside before its infinitive was stepped over above: "refused, with some grace, to …".)
    // (A participle after the comma gives the refusal's reason, its report: "it declined, citing legal risks".)
    if (!particle && tokens[from]!.text === ',' && cueLexicon().refusalVerbs.has(lemma ?? '') && !/ing$/.test(tokens[from + 1]?.normal ?? '')) continue;
    if (!particle && tokens[from]!.text === ',' && CONTRASTING_JOINERS.has(tokens[from + 1]?.normal ?? '')) {
      const close = commaBetween(tokens, from + 2, last);
      if (close < 0) continue;
      from = close + 1;
    }
    // "“Not guilty,” the foreman announced, as the accused wept": a clause of time or manner after the cue's
    // comma is the writer's circumstance, no object; one closed by a comma is an aside the object follows
    // ("announced, as expected, a freeze …").
    // (A time may stand before that comma: "the company announced on Tuesday, as staff …".)
    const pastTime = particle ? from : afterTimePhrase(tokens, from, last);
    if (pastTime > from && tokens[pastTime]?.text === ',' && CIRCUMSTANCE_OPENERS.has(tokens[pastTime + 1]?.normal ?? '')) from = pastTime;
    if (!particle && tokens[from]!.text === ',' && CIRCUMSTANCE_OPENERS.has(tokens[from + 1]?.normal ?? '')) {
      const close = commaBetween(tokens, from + 2, last);
      if (close < 0) continue;
      from = close + 1;
    }
    // "a show that critics praised but that struggled …": a coordinator and a relative pronoun right after the cue
    // join a second relative clause to the one the cue ends; the cue's object was the noun before, nothing after is.
    // (A coordinator alone may join a second verb sharing the object: "endorsed and has fundraised for her rival".)
    if (!particle && tokens[from]!.pos === 'CCONJ' && /^(that|which|who)$/.test(tokens[from + 1]?.normal ?? '')) continue;
    // "…, its producers announced, ending a run …": a participle of consequence right after the cue's comma is the
    // writer's note on what the act led to (data/consequence-participles.json), no object of the cue. (Only those:
    // PolNeAR reads "Twitter announced, gaining 22,000 followers" as part of what was announced.)
    if (!particle && tokens[from]!.text === ',' && consequenceAt(tokens, from + 1, last)) continue;
    // "Documents reviewed by the Ledger show that …": what evidence shows is the clause after "that", as after a
    // report cue ("Memos show that …" reads so).
    if (shows && tokens[from]!.normal === 'that' && tokens[from]!.pos === 'SCONJ' && from < last) from++;
    // "the plan Reyes voted against, and …", "nothing to apologize for and …": a stranded particle has no object.
    if (particle && !objectAfterParticle(tokens, from, last, particle)) continue;
    if (particle === 'to' && !contentAfterTo(tokens, lemma ?? '', from)) continue;
    // "The referee pointed to the spot": a gesture at a place, no point made.
    if (lemma === 'point' && particle === 'to' && pointedPlace(tokens, from, last)) continue;
    // "what staff described to the Ledger as months of …": a description given to an outlet, its content after "as".
    const givenToOutlet = !particle ? describedToOutletAs(text, tokens, from, last) : null;
    if (givenToOutlet && relativeBeforeSubject(tokens, i, s.tokenStart)) from = givenToOutlet.from;
    // "A, the Speaker announced to loud cheers from the benches": after a cue that already reported the clause
    // before it, "to" and a noun phrase name the hearers or the mood of the telling, no second object. (Only
    // then: "agreed to a 30-minute interview" is an object; "described to Reuters as …" stepped past its outlet above.)
    if (!particle && tokens[from]!.normal === 'to' && tokens[from]!.pos === 'ADP' && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[from + 1]?.pos ?? '') && found.some((q) => q.frame.cueToken === cueLast)) continue;
    // "what he described as a voice memo", "which she called a stunt": the thing named stands before the
    // cue; the words after "as" label it, nobody's report.
    if (!particle && tokens[from]!.normal === 'as' && relativeBeforeSubject(tokens, i, s.tokenStart)) continue;
    // ("When asked whom she supported, Lee smiled …": the object fronted as "whom", the clause closed by its
    // comma; what follows is the main clause, no object.)
    if (!particle && tokens[from]!.text === ',' && relativeBeforeSubject(tokens, i, s.tokenStart)) continue;
    // "has voiced characters in forty series": the verb's other sense, by its object.
    if (!particle && otherSenseObject(tokens, lemma ?? '', from, last)) continue;
    // "ordered a plate of oysters": a command's object is an act, or someone told to act.
    if (!particle && !commandObject(tokens, lemma ?? '', from, last)) continue;
    // "agreed on Friday to buy the studio": a deal struck, no position stated.
    if (lemma === 'agree' && agreedTransaction(tokens, from, last)) continue;
    let to = last;
    // The object ends before a coordinated verb or participle: "X criticized the plan and said …";
    // in a relative clause, at its closing comma: "Hale, who declined to comment, proposes …", "the
    // union, which endorsed Kale in May, hosts …", "a group that opposed the levy, then left".
    // (Not a word opening the sentence: "Which group supported …" asks, "That group opposed …" points.)
    const subjectAt = view.tokenAtOrAfter(before.start);
    const relative = subjectAt > s.tokenStart && (/^(who|which|that)$/.test(tokens[subjectAt]?.normal ?? '') || relativeShareStart(tokens, view.tokenAtOrAfter(before.end) - 1, s.tokenStart) === subjectAt);
    // (A one-word object too: "supports Lee, asking not to be named" ends at "Lee".)
    if (participleAfterComma(tokens, from + 2)) to = from;
    // (… and at the comma closing a relative clause right after it: "Lee, who backed Voss, met …".)
    else if (relative && tokens[from + 1]?.text === ',' && relativeClosesAt(tokens, from + 2, last)) to = from;
    else for (let k = from + 2; k <= last; k++) {
      if (objectEndsBefore(tokens, from, k, last, relative)) {
        to = k - 1;
        break;
      }
    }
    // … and, in a subordinate clause, where the main clause resumes: "Though Reed never mentioned the levy
    // by name, she said …", "While the board praised the plan, the mayor …".
    if (insideSubordinateClause(tokens, i, s.tokenStart, from)) to = endOfSubordinateObject(tokens, from, to);
    // … and before a report found after it: "X attacked Voss, saying she …", "X criticized the board, which he argued …".
    to = endBeforeReport(view, from, to, found);
    // (A relative pronoun left dangling before a frame set off inside its clause ends no object:
    // "praised the bridge, which, he added, had cost …" keeps "the bridge".)
    while (to > from && (tokens[to]!.pos === 'PUNCT' || (/^(who|whom|which)$/.test(tokens[to]!.normal) && tokens[to - 1]?.text === ','))) to--;
    // A short object is content only as a name ("X endorsed Tom Reed") or as the refused act itself
    // ("X declined to comment").
    const refusal = /^(decline|refuse)$/.test(lemma ?? '') && tokens[from]!.normal === 'to' && tokens[to]!.pos === 'VERB';
    // "defended him on social media": a person supported, with only when or where after, is no position stated; a
    // name stays the object as "who backed Okafor" is, without the when or where ("backed Dowd last week").
    const person = particle ? -1 : supportedPersonOnly(tokens, lemma ?? '', from, to);
    if (person >= 0 && tokens[from]!.pos !== 'PROPN') continue;
    if (person >= 0) to = person;
    // … or a name given in two words ("called him divisive", "calling them thieves").
    // … or a short object right after the verb that names its target ("endorsed Voss", "questioned his
    // sincerity"); after a particle it says too little ("Neighbours complained about the noise").
    // … or what a demand asks for ("called for calm", "pushed for his dismissal": demanded-objects.ts).
    if (to - from < 2 && !(tokens[to]!.pos === 'PROPN' && tokens[from]!.pos === 'PROPN') && !refusal && !naming && attack < 0 && !(!particle && shortTarget(tokens, from, to)) && !demandedObject(tokens, lemma ?? '', particle, from, to)) continue;
    if (quotes.length && (inQuote(i) || someInQuote(inQuote, from, to))) continue;
    // "declined to comment on the lawsuit": a refusal to speak reports no words.
    if (refusedComment(tokens, lemma ?? '', from, to, i)) continue;
    const cue = text.slice(t.start, tokens[cueLast]!.end);
    const frame: Frame = { cueStart: t.start, cueEnd: tokens[cueLast]!.end, cue, cueToken: cueLast, speaker: before, outlet: givenToOutlet && from === givenToOutlet.from ? givenToOutlet.outlet : null, according: false, distant: participle };
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

// (Loops, not found.some or tokens.findIndex with a closure: a closure over the token loop's variables
// made V8 allocate them anew for every token.)

/**
 * The object starting at tokens[from] ends before tokens[k]: at a coordinated verb ("criticized the plan and said"),
 * a second relative clause, a contrast, a semicolon, or after a comma at a participle, the close of its relative
 * clause, or a new clause ("Asked about her calling him a liar, Reed said …").
 */
function objectEndsBefore(tokens: Token[], from: number, k: number, last: number, relative: boolean): boolean {
  const word = tokens[k]!;
  if (/^(and|but)$/.test(word.normal) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') && !parallelVerbAt(tokens, from, k + 1)) return true;
  if ((relative && secondRelativeAt(tokens, k)) || contrastOpensAt(tokens, k, last)) return true;
  // ("rejected the idea that A, which critics had suggested": the tail names A's source, no part of the object.)
  if (whichReportTailAt(tokens, k, last)) return true;
  // ("defended the film in a statement": the medium of the words ends what they were about.)
  if (mediumPhraseAt(tokens, k)) return true;
  if (word.text === ',') {
    if (isParticiple(tokens[k + 1]) || (relative && relativeClosesAt(tokens, k + 1, last))) return true;
    if (clauseOpensAt(tokens, k + 1, last) && !opensClauseBetween(tokens, from, k)) return true;
    // "denied the claims at first, later said …": the speaker's next act, joined without "and".
    if (finiteSpeechAfterComma(tokens, k, last + 1, true)) return true;
    // "announced the list on Friday, and within hours fans were posting": a clause of its own after ", and".
    if (newClauseAfterComma(tokens, k, last)) return true;
  }
  return word.text === ';';
}

/** A report in `found` whose cue comes before tokens[i] in the same clause. */
function reportInSameClause(view: TokenView, found: IndirectQuote[], i: number): boolean {
  const tokens = view.tokens;
  for (const q of found) if (q.frame && q.frame.cueToken < i && !newClauseBetween(tokens, Math.max(q.frame.cueToken + 1, view.tokenAtOrAfter(q.end)), i - 1)) return true;
  return false;
}

/** Subordinators opening a clause of time or manner: "as", "while", "before", "after", "when", "until", "once", "since". */
const CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'before', 'after', 'when', 'until', 'once', 'since']);

/** The first comma among tokens[from, to), or -1. */
function commaBetween(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',') return k;
  return -1;
}

/** The subject at tokens[subject] opens a that-clause joined to one before it: "… and that the members …". */
function secondThatClauseSubject(tokens: Token[], subject: number, lo: number): boolean {
  let k = subject - 1;
  // (A possessive or article of the subject's own: "and that her members", "and that the board".)
  if (k > lo && tokens[k]!.normal !== 'that' && /^(DET|PRON)$/.test(tokens[k]!.pos)) k--;
  return k - 1 > lo && tokens[k]!.normal === 'that' && /^(and|but)$/.test(tokens[k - 1]!.normal);
}

/**
 * The object of "agree" at tokens[from] is an infinitive of a transaction (data/cues.json
 * agreed_transactions), maybe after a time: "to buy the studio", "on Friday to merge with …", "last week to sell …".
 */
function agreedTransaction(tokens: Token[], from: number, last: number): boolean {
  const start = afterTimePhrase(tokens, from, last);
  return start < last && tokens[start]!.normal === 'to' && tokens[start + 1]!.pos === 'VERB' && cueLexicon().agreedTransactions.has(tokens[start + 1]!.lemma);
}

/**
 * Where the object starts when an aside set off by commas stands between the cue and its infinitive
 * ("declined, for the third time, to name the buyer"): after the second comma. Otherwise at `from`.
 */
function infinitiveAfterAside(tokens: Token[], from: number, last: number): number {
  if (tokens[from]?.text !== ',') return from;
  for (let k = from + 2; k <= last && k <= from + 7; k++) {
    if (tokens[k]!.text !== ',') continue;
    return tokens[k + 1]?.normal === 'to' && /^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? '') ? k + 1 : from;
  }
  return from;
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

/** The subject phrase ending at offset `end` stands right before the cue at tokens[cue], over adverbs and auxiliaries only. */
function subjectRightBefore(tokens: Token[], cue: number, end: number): boolean {
  let k = cue - 1;
  while (k > 0 && /^(ADV|AUX|PART)$/.test(tokens[k]!.pos)) k--;
  return tokens[k]?.end === end;
}

/**
 * A relative or free relative word opens the cue's clause, a few words before it, with no punctuation
 * between: "what he described", "which his aides call", "whom she described" (the cue's object).
 */
function relativeBeforeSubject(tokens: Token[], cue: number, lo: number): boolean {
  for (let k = cue - 1; k >= lo && k >= cue - 5; k--) {
    if (/^(what|which|whom)$/.test(tokens[k]!.normal)) return true;
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') return false;
  }
  return false;
}

/**
 * "as" at tokens[as] opens a clause of time, not a role: a subject, then its verb ("hailed a taxi as the rain
 * began", "as he left"). A participle with "by" is a role's modifier ("as a win secured by the unions").
 */
function asOpensClause(tokens: Token[], as: number): boolean {
  let k = as + 1;
  while (k < as + 5 && /^(DET|ADJ|NOUN|PROPN|PRON)$/.test(tokens[k]?.pos ?? '')) k++;
  const verb = tokens[k];
  return k > as + 1 && !!verb && /^(VERB|AUX)$/.test(verb.pos) && !/ing$/.test(verb.normal) && tokens[k + 1]?.normal !== 'by';
}

/**
 * The object right after the object cue `lemma` gives it a sense that is no speech (data/cues.json
 * object_cue_other_senses): its head noun is listed ("voiced characters", "voices the villain") or it is
 * a proper name ("voiced Captain Reed"). Over determiners, numbers and modifiers to the first noun.
 */
function otherSenseObject(tokens: Token[], lemma: string, from: number, last: number): boolean {
  if (cueLexicon().personObjectOtherSenses.has(lemma) && personObject(tokens, from, last)) return true;
  const nouns = cueLexicon().objectCueOtherSenses.get(lemma);
  if (!nouns) return false;
  let k = from;
  while (k <= last && k < from + 5 && /^(DET|ADJ|NUM|PRON)$/.test(tokens[k]!.pos)) k++;
  // (A name in the possessive only qualifies the noun it owns, which heads the object: "voiced Pip’s friend
  // Wren" is a part, "voiced Democrats’ frustration" a view.)
  if (k === from && tokens[k]?.pos === 'PROPN' && possessiveName(tokens, k, last)) {
    while (tokens[k + 1]!.pos === 'PROPN') k++;
    k += 2;
    const owned = k;
    while (k <= last && k < owned + 4 && /^(ADJ|NUM)$/.test(tokens[k]!.pos)) k++;
    if (k > last || tokens[k]!.pos !== 'NOUN') return false;
  }
  const head = tokens[k];
  if (!head) return false;
  // (A compound's last noun heads it too: "dismissed his finance minister"; "as" after the object keeps
  // the judgment: "dismissed the minister as a liar", "dismissed Reed as a careerist".)
  let end = k;
  while (end < last && tokens[end + 1]!.pos === head.pos) end++;
  if (tokens[end + 1]?.normal === 'as' && !asOpensClause(tokens, end + 1)) return false;
  if (k === from && head.pos === 'PROPN') return !possessiveName(tokens, k, last) && !isPartyMemberNoun(head.normal.replace(/s$/, ''));
  if (head.pos !== 'NOUN') return false;
  if (nouns.has(head.normal) || nouns.has(tokens[end]!.normal)) return true;
  // (A cue that reports only views, "voice", speaks only with a view as its object: "voiced concern", "voiced
  // support for"; "voiced the old miller in …" is a part played, whatever the animal or person.)
  const views = cueLexicon().viewPassives.get(lemma);
  return !!views && !views.has(head.normal) && !views.has(tokens[end]!.normal);
}

/**
 * The object at tokens[from] of a command cue ("order") is a command, not a purchase: a that-clause
 * ("ordered that the files be kept"), someone and an infinitive ("ordered the crew to leave"), or a noun
 * phrase whose head is not a thing bought (data/cues.json object_cue_purchases): "ordered a review of the
 * contracts", "an end to the strike", "the troops home", not "a second plate of oysters", "six new boats".
 * True for other cues.
 */
function commandObject(tokens: Token[], lemma: string, from: number, last: number): boolean {
  const purchases = cueLexicon().objectCuePurchases.get(lemma);
  if (!purchases || tokens[from]!.normal === 'that') return true;
  // The one told may be long: "ordered the mayor's office, along with the police, to release …".
  for (let j = from; j < last && j < from + 14 && !/^[;:]$/.test(tokens[j]!.text) && !/^(AUX|VERB)$/.test(tokens[j]!.pos); j++) {
    if (tokens[j]!.normal === 'to' && /^(VERB|AUX)$/.test(tokens[j + 1]!.pos)) return true;
  }
  // The noun phrase runs up to its first preposition, "a plate | of oysters"; its last noun heads it.
  let k = from;
  while (k <= last && k < from + 8 && /^(DET|ADJ|NUM|NOUN|PROPN|ADV)$/.test(tokens[k]!.pos)) k++;
  const head = tokens.slice(from, k).filter((t) => t.pos === 'NOUN').pop();
  // A thing sent somewhere is moved by command, not bought: "ordered the ships back to port".
  const sent = tokens.slice(from, k + 1).some((t) => /^(home|back|into|out|away|off|onto|toward|towards)$/.test(t.normal));
  return !head || sent || !purchases.has(head.normal);
}

/**
 * The object at tokens[from] is a person, whole: a name ("questioned Ruiz"), an object pronoun ("questioned
 * him"), or a noun for people ("questioned the driver"). Not when the person only owns or qualifies the
 * object: "questioned Ruiz's figures", "questioned her judgment", "questioned the police account".
 */
function personObject(tokens: Token[], from: number, last: number): boolean {
  const first = tokens[from]!;
  if (/^(him|them|me|us)$/.test(first.normal)) return true;
  if (first.normal === 'her') return !/^(NOUN|ADJ|PROPN|NUM)$/.test(tokens[from + 1]?.pos ?? '');
  let k = from;
  if (first.pos === 'PROPN') {
    while (k < last && tokens[k + 1]!.pos === 'PROPN') k++;
  } else {
    while (k <= last && k < from + 4 && /^(DET|ADJ|NUM)$/.test(tokens[k]!.pos)) k++;
    // (The last of a compound's nouns heads it: "the lorry driver".)
    while (k < last && tokens[k]!.pos === 'NOUN' && tokens[k + 1]!.pos === 'NOUN') k++;
    const head = tokens[k];
    if (!head || head.pos !== 'NOUN' || !isPersonNoun(head.normal)) return false;
  }
  const after = tokens[k + 1];
  return !after || !(after.normal === "'s" || after.text === '’' || after.text === "'" || after.pos === 'NOUN' || after.pos === 'PROPN');
}

/**
 * The name run at `from` ends in a possessive, so it only qualifies the object: "voiced Democrats’
 * frustration", "voiced Lina Ost's doubts" report speech; "voiced Captain Reed" names a role.
 */
function possessiveName(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  while (k < last && tokens[k + 1]!.pos === 'PROPN') k++;
  const after = tokens[k + 1];
  return !!after && k < last && (after.normal === "'s" || after.text === '’' || after.text === "'");
}

const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', ...POSSESSIVE_PRONOUNS]);

/**
 * A short object that names its target: a name ("endorsed Voss") or a noun with a definite or
 * possessive determiner ("rejected the label", "questioned his sincerity"); not an indefinite one
 * ("endorsed a candidate"), which names no one yet. (A bare pronoun, "endorsed him", stays out: three
 * on polnear_train, too few to overturn the rule that kept it out.)
 */
function shortTarget(tokens: Token[], from: number, to: number): boolean {
  if (to === from) return tokens[from]!.pos === 'PROPN';
  return to === from + 1 && NOUN_DETERMINERS.has(tokens[from]!.normal) && tokens[to]!.pos === 'NOUN';
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

/** "whether she would express her wishes": an act only wondered about, in a "whether"/"if" clause with a modal, is not reported. */
function wonderedAbout(tokens: Token[], cue: number, lo: number): boolean {
  if (!/^(would|could|might|may|should|will|can)$/.test(tokens[cue - 1]?.normal ?? '')) return false;
  for (let k = cue - 2; k >= lo; k--) {
    if (/^(whether|if)$/.test(tokens[k]!.normal)) return true;
    if (tokens[k]!.pos === 'SCONJ' || /^[,;]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** The word before tokens[k] over adverbs and a negation ("is not widely", "isn't"). */
function beforeNegation(tokens: Token[], k: number, lo: number): number {
  while (k > lo && (tokens[k]!.pos === 'ADV' || /^(not|n't|n’t)$/.test(tokens[k]!.normal))) k--;
  return k;
}

/**
 * A noun phrase right after an object cue that takes one besides its particle (data/cues.json
 * bare_object_cues), in a finite or plain form: "wants a recount", "seeks Voss's removal"; not a pronoun
 * alone ("wants it"), nor "that", which opens a relative clause as often.
 */
function bareObjectAt(tokens: Token[], lemma: string, k: number): boolean {
  const t = tokens[k];
  // (Not a participle: "candidates seeking the White House" describes them, "spoke about wanting a quiet
  // life" names a topic.)
  if (!t || !cueLexicon().bareObjectCues.has(lemma) || /ing$/.test(tokens[k - 1]!.normal) || soughtNeed(tokens, k)) return false;
  return /^(DET|PROPN|ADJ|NOUN|NUM)$/.test(t.pos) ? !/^(that|this|which|what)$/.test(t.normal) : POSSESSIVE_PRONOUNS.has(t.normal);
}

/** The noun phrase from tokens[k] names a need, no stance: "sought shelter in the gym", "wants a coffee". */
function soughtNeed(tokens: Token[], k: number): boolean {
  let head: Token | null = null;
  for (let j = k; j < tokens.length && (/^(DET|ADJ|NUM|NOUN)$/.test(tokens[j]!.pos) || POSSESSIVE_PRONOUNS.has(tokens[j]!.normal)); j++) {
    if (tokens[j]!.pos === 'NOUN') head = tokens[j]!;
  }
  return !!head && cueLexicon().bareObjectNeeds.has(head.normal);
}

/**
 * A speaker phrase tokens[from, to] (in a sentence from tokens[lo]) that is a noun phrase followed at once by the subject of a relative
 * clause without "that": "the project the mayor", "one of the measures the council". A determiner right
 * after a noun (not after "of") opens the second phrase.
 */
function contactRelative(tokens: Token[], from: number, to: number, lo: number): boolean {
  // (… or the phrase itself opens right after that noun: "a tax the Tenants Union hopes to …";
  // not after a time, "last week the mayor hopes …".)
  // (The phrase may leave its determiner out: "Tenants Union" for "the Tenants Union".)
  const opens = tokens[from - 1]?.pos === 'DET' ? from - 1 : from;
  const before = opens > lo ? tokens[opens - 1] : undefined;
  if (before && /^(NOUN|NUM)$/.test(before.pos) && !isTimeNoun(before.normal) && /^(the|a|an|this|these|those|its|his|her|their|our)$/.test(tokens[opens]!.normal)) return true;
  for (let k = from + 1; k <= to; k++) {
    if (tokens[k]!.pos === 'DET' && /^(the|a|an|this|these|those|its|his|her|their|our)$/.test(tokens[k]!.normal) && /^(NOUN|NUM)$/.test(tokens[k - 1]!.pos)) return true;
  }
  return false;
}

/** A noun of time, which may stand before a clause's subject: "last week the mayor …", "in the spring the council …". */
const isTimeNoun = (normal: string) => isDayWord(normal) || isPartOfDay(normal) || /^(week|weeks|month|months|year|years|weekend|spring|summer|autumn|fall|winter|time|times|day|days|hour|hours|moment|era|season)$/.test(normal);

/** Verbs of intention, reports only with an infinitive: "hopes to", "seeks to", "wants to", "plans to". */
const INTENTIONS = new Set(['hope', 'intend', 'aim', 'expect', 'offer', 'seek', 'want', 'plan']);

/**
 * A clause with a subject of its own opens among tokens[from..to): a semicolon, a contrasting joiner
 * ("while", "but", "whereas"), or "and" before a subject and its verb ("…, and Ruiz opposed …").
 */
function newClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || CONTRASTING_JOINERS.has(t.normal)) return true;
    if (t.normal === 'and' && subjectAndVerbAfter(tokens, k + 1, to)) return true;
  }
  return false;
}

/** A subject (a name, pronoun or noun phrase) and then its verb open at tokens[k], before `to`. */
function subjectAndVerbAfter(tokens: Token[], k: number, to: number): boolean {
  for (let j = k; j < to && j < k + 6; j++) {
    if (/^(VERB|AUX)$/.test(tokens[j]!.pos)) return j > k;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}

/** "that was how" / "this is how" right before the subject at tokens[k]. */
function afterThatWasHow(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.normal === 'how' && /^(was|is|’s|'s)$/.test(tokens[k - 2]?.normal ?? '') && /^(that|this)$/.test(tokens[k - 3]?.normal ?? '');
}

/** The object at tokens[from] is a place pointed at (data/cue-object-senses.json pointedPlaces): "the spot", "the sky". */
function pointedPlace(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  while (k < last && /^(DET|ADJ|PRON)$/.test(tokens[k]!.pos)) k++;
  // (Only the noun alone, not a compound or an "of" phrase: "the spot price of oil" is a figure cited.)
  return cueObjectSenses().pointedPlaces.has(tokens[k]!.normal) && !/^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '') && tokens[k + 1]?.normal !== 'of';
}
