/**
 * The speaker named before the cue: the reader that walks back from the cue to the subject ("Ana Ruiz said",
 * "A spokesman for the council, Tom Reese, said", "the report, which was leaked, found") and the noun phrase
 * ending at a token (phraseEndingAt). What a phrase is lives in classify-phrase.ts; the speaker after the cue
 * ("said Ana Ruiz") in speaker-after-cue.ts.
 */
import { initialWordOpensBody } from '../nlp/initial-body-word.js';
import { groupAdjectives } from '../lexicon/group-adjectives.js';
import type { Token } from '../types.js';
import { spanAnswers } from './span-answers.js';
import { beforeAge, beforeHomeTown } from '../nlp/home-towns.js';
import { civicBodyStart } from './civic-body-names.js';
import { firstNameOnlyBefore } from '../nlp/first-name-only.js';
import { isOutletKindWord, isTownAndNewspaperWord, lookupOutlet } from '../lexicon/outlets.js';
import { bodyWordAfterPossessive, possessiveInOfBodyName } from './body-name-possessives.js';
import { alternatives, NOT_NAMES, POSSESSIVES, PRONOUN_GENDER, SUBJECT_PRONOUNS, SUBORDINATORS, THIRD_PERSON_POSSESSIVES, THIRD_PERSON_REFLEXIVES } from '../nlp/words.js';
import { genderOfFirstName, isParticle } from '../nlp/names.js';
import { isOutletKindAlsoPersonJob } from '../lexicon/outlet-kind-words.js';
import { possessiveShopName } from './possessive-shop-names.js';
import { isDayWord, isMonth, isTimeWord } from '../nlp/time-words.js';
import { placeOfficeBeforePlace } from '../nlp/constituency.js';
import { cueLexicon } from '../lexicon/cues.js';
import { initialBeforePeopleNoun } from '../nlp/initial-sentence-end.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { subjectBeforeParticiple } from './participle-phrases.js';
import { isStateOrCountry, kindHeadNamesBody, nameAfterKindNoun, namesKindBefore, placeClosingDescription, placeInDescription } from './apposition-heads.js';
import { insideBodyName } from './body-names.js';
import { andJoiningBodies } from './joint-bodies.js';
import { andJoiningOutlets } from './joint-outlets.js';
import { documentBeforeParticiple } from './document-subjects.js';
import { publicationBeforeWhich } from './publication-relative.js';
import { closingRelativeSpeaker, openingRelativeSpeaker } from './closing-relative-speaker.js';
import { requestsAnonymity } from './anonymity-clause.js';
import { nameAfterWhoseRole } from './whose-role-name.js';
import { describedBeforeRelative, descriptionHead, documentLike, evidenceLike, isEvidenceWord, personLike, pluralOfRole } from './described-speakers.js';
import { appositionIsBodyKind } from './body-speakers.js';
import { description, isQuoteMark, sourceText, tokenAt, verblessPrepositionOpening, type SpeakerPhrase } from './speaker-phrase.js';
import { isShareWord, quantifiedHead, quantifiedSpeaker } from './quantified-speakers.js';
import { isCap, surnameAfterGivenName, wordPiece, placeNames, classify, ampersandInName, andInKnownOutlet, hyphenInWord, roleOf, nicknameInName } from './classify-phrase.js';
import { hyphenatedGivenNameAt } from '../nlp/name-shapes.js';
import { NP_POS, personBeforeOn } from './speaker-after-cue.js';
import { namingVerbAlternation } from '../lexicon/naming-verbs.js';
import { thatAfterHearer } from './hearer-that.js';
import { beforePartyTag } from './party-tag-commas.js';
import { beforePlaceAfterBody } from './body-place-comma.js';
import { isIndefiniteDescription } from './roles.js';
import { adjectiveAside } from './adjective-asides.js';
import { oneWordBodyName } from './one-word-body-names.js';
import { headBeforeSpeakingAside, speakingAside } from './speaking-aside.js';
import { bodyBeforeWhichClause } from './body-which-clause.js';

// (Moved to speaker-phrase.ts and described-speakers.ts; kept importable from here for the files that read them from speaker.ts.)
export { descriptionHead, documentLike, evidenceLike, isEvidenceWord, personLike };
export { description, isQuoteMark, sourceText, tokenAt, type SpeakerPhrase };
// (Moved to classify-phrase.ts and speaker-after-cue.ts; kept importable from here likewise.)
export { ampersandInName, classify, hyphenatedCapitalAt, hyphenInWord, roleOf, surnameAfterGivenName, wordPiece } from './classify-phrase.js';
export { subjectAfter } from './speaker-after-cue.js';

// A head owned by someone: "his firm", "Dara's union".
const OWNED_HEAD = new RegExp(String.raw`^(?:${alternatives(THIRD_PERSON_POSSESSIVES)}|\p{Lu}[\p{L}.-]*['’]s)\s`, 'iu');

// A description ending in "for/of/at" and a common noun: "a spokeswoman for the council", also one owned by
// another common noun ("a spokeswoman for the team's owner").
const DESCRIBED_BY_PLACE = new RegExp(String.raw`^(.*?)\s(?:for|of|at)\s+(?:the|${alternatives(THIRD_PERSON_POSSESSIVES)})\s+(?:\p{Ll}[\p{L}-]*\s?['’]s\s+)?\p{Ll}[\p{L}-]*$`, 'u');

const SKIP_BEFORE_CUE = new Set(['ADV', 'AUX']);

/** Possessive determiners, which open a noun phrase as an article does: "her most famous role". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * The subject's last token before a time adverbial between it and the cue ("The Ledger on Monday wrote",
 * "Ortiz on Friday said", "a survey published in early May found"), or `i` when there is none.
 */
export function skipTimeAdverbial(tokens: Token[], i: number, lo: number): number {
  if (!isTimeWord(tokens[i]!.normal) && !yearAt(tokens, i)) return i;
  let k = i;
  while (k > lo && (isTimeWord(tokens[k]!.normal) || /^(late|early|last|this|next|the|mid|than|less|more|about|nearly|just|only|almost|a|few)$/.test(tokens[k]!.normal) || tokens[k]!.pos === 'NUM')) k--;
  // "Reed later Thursday told": a name (not a thing: "the tide tables earlier Thursday said") before "later"/"earlier".
  if (k > lo && /^(later|earlier)$/.test(tokens[k]!.normal) && /^(PROPN|PRON)$/.test(tokens[k - 1]!.pos)) k--;
  if (/^(on|in|at|during|since|by)$/.test(tokens[k]!.normal)) k--;
  if (k >= lo && tokens[k]!.pos === 'VERB' && /ed$/.test(tokens[k]!.normal) && k > lo && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) k--;
  if (k >= lo && k < i && /^(NOUN|PROPN|PRON)$/.test(tokens[k]!.pos)) return k;
  // "Quill, who chairs the board, on Friday said": the comma before the time phrase closes the subject's aside.
  if (k > lo && k < i && tokens[k]!.text === ',') return k;
  // "Dana Reyes (D-Ore.) last month said": the party label closes the name.
  if (k >= lo && k < i && tokens[k]!.text === ')') return skipParenthesis(tokens, k, lo);
  return i;
}

/**
 * The subject's last token before a time phrase between a perfect's "have" and its participle ("Economists have
 * for decades written", "The board has this week said", "Critics have over the years argued"), or `i`: the
 * time phrase is no speaker.
 */
function skipTimeAfterAuxiliary(tokens: Token[], i: number, lo: number): number {
  const w = tokens[i]!.normal;
  if (!isTimeWord(w) && !DURATION_WORD.test(w)) return i;
  let k = i - 1;
  while (k > lo && k > i - 4 && (tokens[k]!.pos === 'NUM' || /^(the|this|that|last|past|recent|many|several|few|a)$/.test(tokens[k]!.normal))) k--;
  if (k > lo && /^(for|over|in|during|since)$/.test(tokens[k]!.normal)) k--;
  // (A bare time word after "have" is its object: "have days left".)
  if (k <= lo || k === i - 1) return i;
  if (!/^(have|has|had|'ve|’ve)$/.test(tokens[k]!.normal) || tokens[k]!.pos !== 'AUX') return i;
  k--;
  while (k > lo && tokens[k]!.pos === 'ADV') k--;
  return k >= lo && /^(NOUN|PROPN|PRON)$/.test(tokens[k]!.pos) ? k : i;
}

/** A year after "in" or a month: "in 2010", "in March 2010" (not "the class of 2010"). */
function yearAt(tokens: Token[], i: number): boolean {
  // (The length first: this is asked of the word before most cues, and few are four characters long.)
  return tokens[i]!.text.length === 4 && /^(1[89]|20)\d\d$/.test(tokens[i]!.text) && (tokens[i - 1]?.normal === 'in' || isMonth(tokens[i - 1]?.normal ?? ''));
}

/**
 * The name an apposition ending in `head` follows: "Hana Brill, a director …" when the head is that
 * description, or "Hana Brill, a director of the Harbour Party" when it is a body after a preposition.
 */
function nameBeforeApposition(tokens: Token[], head: SpeakerPhrase, first: number, lo: number): SpeakerPhrase | null {
  const objectOfPreposition = afterPreposition(tokens, first, lo);
  if ((head.kind === 'organization' || head.kind === 'outlet') ? !objectOfPreposition : head.kind !== 'anonymous') return null;
  let comma = first - 1;
  if (objectOfPreposition) while (comma >= lo && comma > first - 25 && tokens[comma]!.text !== ',') comma--;
  if (comma - 1 < lo || tokens[comma]?.text !== ',') return null;
  const name = phraseEndingAt(tokens, comma - 1, lo);
  // ("In an interview with Variety, the actress, who …": a name closing an opening phrase's preposition is
  // the phrase's object, not the one the description follows.)
  if (name && openingPrepositionObject(tokens, tokenAt(tokens, name.start, comma), lo)) return null;
  return name?.kind === 'person' ? name : null;
}

/** tokens[first] opens the object of a preposition in a phrase that opens the sentence at `lo`: "In an interview with [Variety]". */
function openingPrepositionObject(tokens: Token[], first: number, lo: number): boolean {
  // (… also a letter's addressee: "In a letter to Lena Park, the senator, who …".)
  const k = tokens[first - 1]?.pos === 'DET' ? first - 2 : first - 1;
  if (!afterPreposition(tokens, first, lo) && !(k > lo && tokens[k]!.normal === 'to')) return false;
  // (No comma before the name either: the phrase runs on to it.)
  for (let k = lo; k < first; k++) if (tokens[k]!.text === ',') return false;
  return verblessPrepositionOpening(tokens, lo, first);
}

/**
 * The person a description set off by commas follows, with the description as their role: "Okafor,
 * the council leader,", "Okafor, now the council leader," (an adverb may open it); null otherwise.
 */
function appositionOfName(tokens: Token[], head: SpeakerPhrase, lo: number): SpeakerPhrase | null {
  if (head.kind !== 'anonymous') return null;
  let first = tokenAt(tokens, head.start, tokens.length - 1);
  if (first - 1 > lo && tokens[first - 1]!.pos === 'ADV') first--;
  const named = nameBeforeApposition(tokens, head, first, lo);
  return named && { ...named, role: named.role ?? head.role };
}

/**
 * The person named right before an indefinite description set off by a comma: "Ines Moreau, a ferry
 * mechanic" (only "a"/"an" opening it, so "Acme, the hospital trust" stays a body's; the name must open
 * the clause or follow a comma, not close a preposition's object). Null otherwise.
 */
function indefiniteAppositionName(tokens: Token[], described: SpeakerPhrase, lo: number): SpeakerPhrase | null {
  if (described.kind !== 'anonymous' && described.kind !== 'organization') return null;
  const first = tokenAt(tokens, described.start, tokens.length - 1);
  if (!/^(a|an)$/.test(tokens[first]!.normal) || first - 2 < lo || tokens[first - 1]!.text !== ',') return null;
  const name = phraseEndingAt(tokens, first - 2, lo);
  if (!name || name.kind !== 'person') return null;
  const before = tokenAt(tokens, name.start, first) - 1;
  if (before >= lo && !/^[,;:]$/.test(tokens[before]!.text)) return null;
  return { ...name, role: name.role ?? described.role };
}

/** The phrase opens its clause: nothing but a comma, semicolon or colon before it since `lo`. */
function headOpensClause(tokens: Token[], head: SpeakerPhrase, lo: number): boolean {
  const before = tokenAt(tokens, head.start, tokens.length - 1) - 1;
  return before < lo || /^[,;:]$/.test(tokens[before]!.text);
}

/** The phrase follows a name and its comma: it is that name's apposition ("Ana Ruiz, the minister, …"). */
function appositionToName(tokens: Token[], head: SpeakerPhrase, lo: number): boolean {
  const comma = tokenAt(tokens, head.start, tokens.length - 1) - 1;
  if (comma - 1 < lo || tokens[comma]!.text !== ',') return false;
  const before = phraseEndingAt(tokens, comma - 1, lo);
  return before?.kind === 'person' || before?.kind === 'organization' || before?.kind === 'outlet';
}

/** tokens[from, to] is an age alone, as set off by commas after a person: "41" in "The complainant, 41, said". */
function ageApposition(tokens: Token[], from: number, to: number): boolean {
  return from === to && /^\d{1,3}$/.test(tokens[from]!.text) && Number(tokens[from]!.text) <= 120;
}

/** A preposition (a determiner between) right before tokens[first]: the phrase is its object ("director of the Party"). */
function afterPreposition(tokens: Token[], first: number, lo: number): boolean {
  let k = first - 1;
  if (k > lo && tokens[k]!.pos === 'DET') k--;
  return k >= lo && /^(of|for|at|from|with)$/.test(tokens[k]!.normal);
}

/**
 * A name set off by commas right after "first name" or "name", ending before the comma tokens[comma]:
 * "…, who gave only his first name, Idris,", "a cook who asked to be identified by his first name,
 * Tomas,". The person gave it to be called by: it is the speaker, not the description before it.
 */
function nameGiven(tokens: Token[], comma: number, lo: number): SpeakerPhrase | null {
  let open = comma - 1;
  while (open > lo && open > comma - 4 && tokens[open]!.text !== ',') open--;
  if (open <= lo || tokens[open]!.text !== ',' || open === comma - 1 || tokens[open - 1]!.normal !== 'name') return null;
  const named = classify(tokens, open + 1, comma);
  return named && named.kind === 'person' && named.start === tokens[open + 1]!.start && named.end === tokens[comma - 1]!.end ? named : null;
}

/**
 * A name of one to three tokens ending before the comma tokens[comma], after words saying only a first name
 * follows (nlp/first-name-only): "The fan, identified only as Marco, said". The article calls the speaker so.
 */
function nameOnlyAs(tokens: Token[], comma: number, lo: number): SpeakerPhrase | null {
  // (Sixteen tokens back reach the phrase's head across "who asked to be named only as": "A manager at the firm, who …".)
  for (let start = comma - 1; start > lo && start >= comma - 3; start--) {
    if (!firstNameOnlyBefore(sourceText(tokens, Math.max(lo, start - 16), start) + ' ', sourceText(tokens, start, comma))) continue;
    const named = classify(tokens, start, comma);
    return named && named.kind === 'person' && named.start === tokens[start]!.start && named.end === tokens[comma - 1]!.end ? named : null;
  }
  return null;
}

/** The document phrase at tokens[start] is the object of a citing verb (cues.json document_citing_verbs): "cited a memo", "pointed to a study". */
function citedDocument(tokens: Token[], start: number, lo: number): boolean {
  let k = start - 1;
  if (k > lo && /^(to|at)$/.test(tokens[k]!.normal)) k--;
  return k >= lo && tokens[k]!.pos === 'VERB' && cueLexicon().documentCitingVerbs.has(tokens[k]!.lemma);
}

/**
 * The subject phrase ending just before tokens[cue] (walking left, at most back to `lo`). `relative`: a "who"
 * right before stands for the phrase before it; `documentRelative`: so does a "that"/"which" after a document.
 */
/** The person described before the body `body` (ending at tokens[end]) after "at", "in" or "with": "a musicologist at X" (any description: "who" makes it a person). */
function personBeforeWorkplace(tokens: Token[], body: SpeakerPhrase, end: number, lo: number): SpeakerPhrase | null {
  let k = tokenAt(tokens, body.start, end);
  if (tokens[k - 1]?.normal === 'the') k--;
  if (k - 2 <= lo || !/^(at|in|with)$/.test(tokens[k - 1]!.normal)) return null;
  const person = phraseEndingAt(tokens, k - 2, lo);
  return person && (person.kind === 'person' || (person.kind === 'anonymous' && !documentLike(person))) ? person : null;
}

export function subjectBefore(tokens: Token[], cue: number, lo: number, relative = false, documentRelative = false): SpeakerPhrase | null {
  // "A letter sent to Okafor demands …": a document described by a participle phrase speaks, not the phrase's object.
  const document = documentBeforeParticiple(tokens, cue, lo);
  if (document) return document;
  // "…, the company that operates it said.": the description with its "that" clause speaks, not the clause's object.
  const described = closingRelativeSpeaker(tokens, cue, lo, (end) => phraseEndingAt(tokens, end, lo));
  if (described) return described;
  // "The company that operates it said …": so too when the description opens the sentence.
  const opening = openingRelativeSpeaker(tokens, cue, lo, (end) => phraseEndingAt(tokens, end, lo));
  if (opening) return opening;
  let i = cue - 1;
  // … and a floating quantifier: "the three senators all said", also after a perfect's "have" ("Reyes and
  // Lee have both argued", credited like any coordinated subject to its nearer name, "Lee"; not a
  // passive's "were both told" nor "we can all agree").
  while (i >= lo && ((SKIP_BEFORE_CUE.has(tokens[i]!.pos) && !surnameAfterGivenName(tokens, i, lo) && !outletKindAdverb(tokens, i, lo)) || tokens[i]!.normal === 'not' || (/^(all|both)$/.test(tokens[i]!.normal) && i > lo && (/^(NOUN|PROPN|PRON|PUNCT)$/.test(tokens[i - 1]!.pos) || /^(have|has|had)$/.test(tokens[i - 1]!.normal))))) i--;
  i = skipParenthesis(tokens, i, lo);
  // (Only an aside set off by commas, ", for example,", marks an apposition before it; a time phrase skipped
  // later, "officials briefed on Sunday said", does not.)
  const afterAside = skipCommaAdverb(tokens, i, lo);
  const asideSkipped = afterAside !== i;
  // … and a parenthesis before the aside: "Fenwick (D-Ore.), however, said".
  i = asideSkipped ? skipParenthesis(tokens, afterAside, lo) : afterAside;
  // "the first councillor to back Voss": the infinitive's marker is no part of the phrase before it.
  // (A verb's object before it, "persuaded the mayor to back …", is left as it was: the object_control
  // rules decide who acts there.)
  if (i > lo && tokens[i]!.normal === 'to' && tokens[i]!.pos === 'PART' && !objectOfVerb(tokens, i - 1, lo)) i--;
  if (i < lo) return null;
  // A time adverbial between the subject and the cue is no speaker: "Ortiz on Friday said".
  i = skipTimeAdverbial(tokens, i, lo);
  i = skipTimeAfterAuxiliary(tokens, i, lo);
  // "Hartwell's said …": a shop named with a possessive (its "'s" read as a possessive's, or as an auxiliary and skipped above).
  const shop = possessiveShopName(tokens, /^['’]s$/.test(tokens[i]!.text) ? i - 1 : i, cue, lo);
  if (shop) return shop;
  // "those questioned say", "residents polled said": a participle after "those" or a plural noun describes people.
  if (tokens[i]!.pos === 'VERB' && /ed$/.test(tokens[i]!.normal) && i > lo && (tokens[i - 1]!.normal === 'those' || (tokens[i - 1]!.pos === 'NOUN' && /s$/.test(tokens[i - 1]!.normal) && PARTICIPLE_PEOPLE.test(tokens[i]!.normal)))) {
    const head = tokens[i - 1]!.normal === 'those' ? null : phraseEndingAt(tokens, i - 1, lo);
    const start = head ? head.start : tokens[i - 1]!.start;
    const phrase = sourceText(tokens, head ? tokenAt(tokens, head.start, i) : i - 1, i + 1);
    return { start, end: tokens[i]!.end, text: phrase, kind: 'anonymous', name: phrase, role: null, title: null };
  }
  // "Acme itself said": the reflexive repeats the subject before it.
  if (REFLEXIVES.test(tokens[i]!.normal) && i > lo) i--;
  // "… a retired nurse, who said she …": the relative pronoun stands for the phrase before it (for reported
  // speech only: a quotation near "who said" is more often the main clause's).
  if (relative && tokens[i]!.normal === 'who' && tokens[i]!.pos === 'PRON' && i > lo) {
    const j = skipParenthesis(tokens, tokens[i - 1]!.text === ',' ? i - 2 : i - 1, lo);
    let described = phraseEndingAt(tokens, j, lo);
    // "a retired teacher from Ohio who said …": a place after "from" is where the person comes from, never
    // the person; "who" stands for the phrase before "from". (Only a place, or after a role: "an endorsement
    // from Mike Lee, who declared" names the one who speaks.)
    if (described && described.kind === 'person') {
      const k = tokenAt(tokens, described.start, j);
      const origin = k - 1 > lo && tokens[k - 1]!.normal === 'from' ? phraseEndingAt(tokens, k - 2, lo) : null;
      if (origin && origin.kind === 'anonymous' && (origin.role || cueLexicon().placeNames.has(described.name))) described = origin;
    }
    // "a musicologist at the Berklee College of Music who has argued …": "who" stands for a person, so a body
    // after "at"/"in"/"with" is where the person described before it works, and that person is meant.
    if (described && described.kind === 'organization') described = personBeforeWorkplace(tokens, described, j, lo) ?? described;
    if (!described) return null;
    // "Ines Moreau, a ferry mechanic who said …": an indefinite description right after a person's name is
    // that person's, whatever its head noun (one no list holds, or one the tagger reads as a modifier of a
    // body's word, "a hospital cleaner").
    const namedBefore = indefiniteAppositionName(tokens, described, lo);
    if (!namedBefore && !personLike(described)) return null;
    // "Okafor, now the council leader, who said …": a description set off by commas after a name is
    // that person's (their role).
    const head = namedBefore ?? appositionOfName(tokens, described, lo) ?? described;
    // "who" is the mention (like a pronoun's), the phrase it stands for the speaker. A description keeps
    // its start as the phrase's ("the 40 percent of ferry riders who say …" is reported from there).
    const who = tokens[i]!;
    return { ...head, start: who.start, end: who.end, text: who.text, phraseStart: head.kind === 'anonymous' ? head.start : undefined };
  }
  // "…, according to the Ledger, which reported that …": ", which" after an outlet stands for the outlet,
  // which reports (for reported speech only, as with "who").
  if (relative && tokens[i]!.normal === 'which' && tokens[i - 1]?.text === ',' && i - 1 > lo) {
    const described = phraseEndingAt(tokens, skipParenthesis(tokens, i - 2, lo), lo);
    // ("which" is the mention, like "who"'s; the outlet it stands for is the speaker.)
    const which = tokens[i]!;
    if (described?.kind === 'outlet') return { ...described, start: which.start, end: which.end, text: which.text };
    // ("surfaced on Harbor Wire, which reported …": a name the lists do not know, where something appeared.)
    const publication = publicationBeforeWhich(tokens, described, i - 1, lo);
    if (publication) return { ...publication, start: which.start, end: which.end, text: which.text };
  }
  // "She referred to a report that called the deal “…”": "that" or "which" after a document someone
  // cites stands for it, and the document speaks (as "A report called the deal “…”" does).
  if (documentRelative && /^(that|which)$/.test(tokens[i]!.normal) && i > lo) {
    const described = phraseEndingAt(tokens, tokens[i - 1]!.text === ',' ? i - 2 : i - 1, lo);
    if (described && documentLike(described) && citedDocument(tokens, tokenAt(tokens, described.start, i), lo)) return described;
  }
  // "Pilots who met the Gazette said": a relative clause with no commas ends the subject; the
  // last words before the cue are the clause's, the speaker is the noun phrase "who" follows. (Only in
  // place of the phrase those last words make: where they make none, the cue is left without a speaker,
  // as before; measured, new reports found that way met gold about half the time.)
  // A participle or infinitive cue ("suits challenging the laws", "to vote for") may sit inside the clause.
  const finite = !/ing$/.test(tokens[cue]!.normal) && tokens[wordBefore(tokens, cue - 1, lo)]?.normal !== 'to';
  // … and where they make none, when they close a short subordinate clause inside the relative clause:
  // "Residents who fled because the smoke was thick said".
  // … or when they end in a pronoun subject of that subordinate clause, its verb skipped before the cue:
  // "Residents who fled when they could said" ("they" is no subject of "said").
  const ending = !finite || tokens[i]!.text === ',' ? null : phraseEndingAt(tokens, i, lo);
  const subordinatePronoun = ending?.kind === 'pronoun' && i < cue - 1 && i > lo && (tokens[i - 1]!.pos === 'SCONJ' || SUBORDINATORS.has(tokens[i - 1]!.normal));
  const restricted = !finite || tokens[i]!.text === ',' ? null : ending && !subordinatePronoun ? headOfRelativeClause(tokens, i, lo, cue - 1) : headOfRelativeClause(tokens, cue - 1, lo, cue - 1, true);
  if (restricted) return restricted;
  // "Vale, the host of “Tides,” said": the comma inside a title's closing mark ends the apposition.
  // … and so does the quotation closing a relative clause: "Oduro, whose nickname is “the Closer,” told …".
  const title = tokens[i - 1]?.text === ',' ? quotedTitleOpen(tokens, i, lo) : -1;
  const inRelative = title < 0 && tokens[i - 1]?.text === ',' ? quotationClosingRelativeClause(tokens, i, lo) : -1;
  if (title >= 0 || inRelative >= 0) i--;
  // "A neighbour, who gave only his first name, Idris, said": the name given is the speaker's.
  // … and so is one after "identified only as": "The fan, identified only as Marco, said".
  const given = tokens[i]!.text === ',' ? nameGiven(tokens, i, lo) ?? nameOnlyAs(tokens, i, lo) : null;
  if (given) return given;
  // "The report, titled “Open Doors”, said": a thing's name in apposition is skipped like any apposition.
  const nameApposed = tokens[i]!.text === ',' ? headBeforeNamedApposition(tokens, i, lo) : null;
  if (nameApposed) return nameApposed;
  // "Silver Lake, whose trainer, Paul Dunne, said": the cue is the whose-clause's, its apposed name speaks.
  const whoseRole = tokens[i]!.text === ',' ? nameAfterWhoseRole(tokens, i, lo) : null;
  if (whoseRole) return whoseRole;
  // A relative clause: "Mr Hale, who also produced the band's first album, as well as …, said".
  // "whose" opens one too, and its own commas hold a name that is not the speaker: "Ines Duarte, whose
  // firm, Tidewell, runs the ferries, said".
  if (tokens[i]!.text === ',') {
    for (let w = i - 1; w > lo && w > i - 40; w--) {
      if (quoteMarkAt(tokens, w) && w !== title && w !== inRelative) {
        // "Ana Ruiz, whose album “Tides” was snubbed, posted": a work's name quoted inside the relative
        // clause is no quotation the search must stop at; read on back to the clause's "whose".
        const work = quotedTitleOpen(tokens, w, lo);
        if (work < 0) break;
        w = work;
        continue;
      }
      // "An engineer who inspected it, and who requested anonymity, said": a second relative clause
      // joined to a first with no commas; the speaker is the noun the first belongs to.
      if (tokens[w]!.normal === 'who' && tokens[w - 1]!.normal === 'and' && tokens[w - 2]?.text === ',' && w - 3 > lo) {
        const head = headOfRelativeClause(tokens, w - 3, lo, w - 3);
        if (head) return head;
        // The first clause may be set off by commas itself ("The director, who …, and who …, said"):
        // read on back to its ", who".
        continue;
      }
      if (/^(who|whom|which|whose)$/.test(tokens[w]!.normal) && tokens[w - 1]!.text === ',') {
        // "Donna Reyes, 61, of Elton, Md., who …, said": step back over short comma-separated
        // details (an age, a home town) to the name.
        let end = w - 2;
        for (let hop = 0; hop < 4 && end >= lo; hop++) {
          const head = phraseEndingAt(tokens, skipParenthesis(tokens, end, lo), lo);
          let first = end;
          while (first > lo && head && tokens[first - 1]!.start >= head.start) first--;
          // A home town or state ("of Elton", "Md.") is a detail, not the speaker.
          // (So is the place a description sits in: "Cardinal Ana Ruiz, the archbishop of Elton, Spain, who …".)
          const place = head?.kind === 'person' && ((!/\s/.test(head.text) && (/\.$/.test(head.text) || /^(of|from|in)$/.test(tokens[first - 1]?.normal ?? ''))) || placeInDescription(tokens, first, lo));
          // "Hana Brill, a director of the Harbour Party, whose …": the phrase before "whose" closes an
          // apposition; the speaker is the name before it.
          const named = head ? nameBeforeApposition(tokens, head, first, lo) : null;
          if (named) return { ...named, role: named.role ?? roleOf(sourceText(tokens, tokenAt(tokens, named.end, end) + 2, end + 1)) };
          // ("One steward, whose name was withheld, told …": a thing has no name to withhold; the head is a person.)
          const nameWithheld = tokens[w]!.normal === 'whose' && /^(name|identity)$/.test(tokens[w + 1]?.normal ?? '') && tokens.slice(w + 2, w + 6).some((t) => /^(withheld|not|undisclosed|concealed|redacted|protected)$/.test(t.normal));
          // ("One major donor, who requested anonymity, said …": only a person asks not to be named.)
          // ("The composer, Theo Marchetti, who wrote the score, said": the description opening the clause before the name is its role.)
          if (head && !place && head.kind === 'person' && !head.role && hop === 0) {
            const role = roleOpeningBefore(tokens, head, lo);
            if (role) return { ...head, role };
          }
          if (head && !place && (head.kind === 'person' || head.kind === 'pronoun' || head.kind === 'outlet' || head.kind === 'organization' || (head.kind === 'anonymous' && (head.role || personLike(head) || nameWithheld || (hop === 0 && requestsAnonymity(tokens, w)))))) return whichBody(tokens[w]!, head);
          // ("The operator, which runs lifts in Zermatt, said": a body's description before its which-clause speaks, not a name inside it.)
          const body = head && !place && hop === 0 ? bodyBeforeWhichClause(tokens[w]!, head) : null;
          if (body) return body;
          // ("One of them, who asked not to be named, said …": one picked out of a group before "who" is a person.)
          const picked = !head && hop === 0 && tokens[w]!.normal === 'who' ? quantifiedSpeaker(tokens, end, lo) : null;
          if (picked) return picked;
          let c = end;
          while (c >= lo && c > end - 5 && tokens[c]!.text !== ',') c--;
          if (c < lo || tokens[c]!.text !== ',') break;
          end = c - 1;
        }
        break;
      }
    }
  }
  // Apposition: "X, the film's director, said" → take X, keep the apposition as the role.
  if (tokens[i]!.text === ',') {
    // "Other senators, like Ana Ruiz and Tom Bell, said": the names are examples; the group speaks.
    const group = headBeforeExamples(tokens, i, lo);
    if (group) return group;
    // "Maria Lane (D-Norfolk), said": the party label closes the name, the comma only ends it.
    const nameEnd = skipParenthesis(tokens, i - 1, lo);
    let j = i - 1;
    // ("Vale, the host of “Tides”, said": a title closing the apposition before its comma is read over too.)
    const closedTitle = title < 0 ? quotedTitleOpen(tokens, i - 1, lo) : -1;
    while (j >= lo && j > i - 25 && tokens[j]!.text !== ',' && (!quoteMarkAt(tokens, j) || j === title || (closedTitle >= 0 && (j === closedTitle || j === i - 1)))) j--;
    if (nameEnd < i - 1 && !(j >= lo && tokens[j]!.text === ',')) {
      const head = phraseEndingAt(tokens, nameEnd, lo);
      return head && (head.kind === 'person' || head.kind === 'organization') ? head : null;
    }
    if (j >= lo && tokens[j]!.text === ',') j = beforeHomeTown(tokens, j, lo);
    if (j >= lo && tokens[j]!.text === ',') j = beforePartyTag(tokens, j, lo);
    if (j >= lo && tokens[j]!.text === ',') j = beforeAdverbialPlace(tokens, j, i, lo);
    if (j >= lo && tokens[j]!.text === ',') j = beforePlaceAfterBody(tokens, j, i, lo);
    if (j >= lo && tokens[j]!.text === ',') {
      let headEnd = skipParenthesis(tokens, j - 1, lo);
      // "Okafor himself, speaking to the Courier from his home in Reno, said": the reflexive repeats the name.
      if (headEnd > lo && REFLEXIVES.test(tokens[headEnd]!.normal)) headEnd--;
      const named = classify(tokens, j + 1, nameEnd + 1);
      // ("The host of “Cold Harbour”, Jamie Lockhart, said": the description before the quoted title gives the named person's role.)
      const head = phraseEndingAt(tokens, headEnd, lo) ?? (named?.kind === 'person' ? descriptionOfQuotedTitle(tokens, headEnd, lo) : null);
      // (Only an apposition that is the name or description whole: not "…, attending the Tide Convention," nor a clause.)
      const whole = named && named.start === tokens[j + 1]!.start && named.end === tokens[nameEnd]!.end && !clauseHasVerb(tokens, j + 1, nameEnd) ? named : null;
      // "The owner, asked whether she would sell to Ruiz, replied", "A luthier in Cremona, speaking on condition of
      // anonymity, said": an aside of the subject's own speaking or being asked; the subject speaks (past a
      // restrictive "who" clause closing it), never a name inside the aside or a place in the description.
      if (speakingAside(tokens, j + 1)) {
        const spoke = headBeforeSpeakingAside(tokens, headOfRelativeClause(tokens, headEnd, lo, headEnd) ?? head, headEnd, lo, (end) => phraseEndingAt(tokens, end, lo));
        if (spoke) return spoke;
      }
      // "Marta Velez, 52, a baker in Fresno, said": the place a description sits in is no speaker; the name
      // heading the subject (before an age, if any) is.
      if (named?.kind === 'person' && named.start > tokens[j + 1]!.start && placeInDescription(tokens, tokenAt(tokens, named.start, i), j + 1)) {
        const heading = nameHeadingDetails(tokens, j, lo);
        if (heading) return { ...heading, role: heading.role ?? roleOf(sourceText(tokens, j + 1, nameEnd + 1)) };
      }
      // "Jorge Ruiz, 36, a roofer from Tulsa, Okla., said": a state or country closes the town the description
      // sits in; the name heading the subject, before the description, speaks.
      if (isStateOrCountry(tokens, j + 1, nameEnd) && placeInDescription(tokens, j + 1, lo)) {
        let c = j - 1;
        while (c > lo && c > j - 25 && tokens[c]!.text !== ',') c--;
        const heading = tokens[c]?.text === ',' ? nameHeadingDetails(tokens, c, lo) : null;
        if (heading) return { ...heading, role: heading.role ?? roleOf(sourceText(tokens, c + 1, j)) };
      }
      // "The owner of the farmhouse above Dunmore, Tom Ashby, said": a place closes the description; the name speaks.
      const placed = whole?.kind === 'person' ? placeClosingDescription(tokens, headEnd, lo) : -1;
      const described = placed > lo ? phraseEndingAt(tokens, placed - 1, lo) : null;
      // ("The head of the festival in Galway, Harbour Nights, said": the name is the festival's, past its place.)
      if (described && namesKindBefore(tokens, placed - 1, j + 1, nameEnd)) {
        const text = sourceText(tokens, tokenAt(tokens, described.start, i), headEnd + 1);
        return { ...described, end: tokens[headEnd]!.end, text, name: described.kind === 'anonymous' ? text : described.name };
      }
      if (whole && described) return { ...whole, role: whole.role ?? roleOf(described.text), phraseStart: described.start };
      // "The director of the festival, Harbour Nights, said": the name is the festival's; the description speaks.
      if (head && whole?.kind === 'person' && namesKindBefore(tokens, headEnd, j + 1, nameEnd)) return head;
      // "“…,” Save Our Rivers, an advocacy group, said": the capitalised run before a body's description is its
      // whole name, whatever the tagger reads its words as ("Save" a verb, "Our" a pronoun).
      const body = /^(?:a|an)$/.test(tokens[j + 1]!.normal) && appositionIsBodyKind(tokens, j + 1, nameEnd) ? bodyNameRunBefore(tokens, headEnd, head, lo) : null;
      if (body) return body;
      // "The sponsor, a sportswear company, said": a definite noun opening the clause, then what kind of body it is;
      // the head speaks, as "The owner, a local firm, said" does (a noun no list knows had left the report with no
      // speaker, and so no report at all).
      if (head?.kind === 'anonymous' && /^the\s+\p{Ll}+$/iu.test(head.text) && named?.kind === 'organization' && /^(?:a|an)\s/i.test(named.text) && appositionIsBodyKind(tokens, j + 1, nameEnd) && headOpensClause(tokens, head, lo)) return head;
      // "Van Oord, the Dutch dredging firm, said": a name that reads as a person's, said to be a firm or a brand, is the body.
      // (Not a given name before a kind that is also a person's job: "Mark Ellery, the veteran broadcaster, said" is a man.)
      if (head?.kind === 'person' && appositionIsBodyKind(tokens, j + 1, nameEnd) && !personsJobAfterGivenName(tokens, head, nameEnd)) return { ...head, kind: 'organization', role: null, title: null };
      const completed = appositionCompletingDescription(tokens, head, named, j, nameEnd, lo) ?? nameAfterPlaceDescription(tokens, head, whole, headEnd, lo);
      if (completed) return completed;
      // "Another resident, a schoolteacher, said": an unnamed person, then what they are by trade; the head the
      // article brought them in by speaks (the apposition is their role, as after a name). Not a relation that
      // says more than the head, "A second source, a friend of Castellanos, told …": that stays the mention.
      // ("The sponsor, a nurse, said": a definite noun no list takes for a person, said to be one by trade, is one.)
      const headOfPerson = !!head && (personLike(head) || (/^the\s+\p{Ll}+$/iu.test(head.text) && !documentLike(head)));
      if (head?.kind === 'anonymous' && whole?.kind === 'anonymous' && /^(?:a|an)\s/i.test(whole.text) && whole.role && !/\sof\s/i.test(whole.text) && headOfPerson && personLike(whole) && headOpensClause(tokens, head, lo)) return { ...head, role: whole.role };
      // "The complainant, 41, said" / "The complainant, a developer who lives nearby, told …": a definite person
      // opening the clause, then an age or an indefinite description: the head speaks, whatever the description's noun.
      // (Not a description that is itself in apposition to a name: "Ana Ruiz, the minister of France, a member of …, said".)
      if (head?.kind === 'anonymous' && /^the\s/i.test(head.text) && personLike(head) && headOpensClause(tokens, head, lo) && !appositionToName(tokens, head, lo) && (ageApposition(tokens, j + 1, nameEnd) || (/^(?:a|an)$/.test(tokens[j + 1]!.normal) && named?.kind !== 'person' && named?.kind !== 'organization' && named?.kind !== 'outlet'))) return head;
      // (A body too, described but not named again: "The Stroke Association, a charity, said"; also by a
      // description read as a body's, "…, an advocacy group, said".)
      // (… and by a definite one in small letters, no one else's: "Krona Energy, the Swedish utility, said";
      // not "…, the region's largest dockers union, backed the strike", where "backed" reports nothing.)
      const describedBody = (named?.kind === 'anonymous' || named?.kind === 'organization') && (/^(?:a|an)\s/i.test(named.text) || /^the\s[^'’]*\s\p{Ll}+$/iu.test(named.text));
      if (head && (head.kind === 'person' || head.kind === 'pronoun' || head.kind === 'outlet' || (head.kind === 'organization' && describedBody))) {
        // (Read as the tagger folds the words, as a role before a name is: "the Harbour Master" is the fixed title "harbor master".)
        const apposition = tokens.slice(j + 1, i).map((t) => t.normal).join(' ');
        return { ...head, role: head.role ?? roleOf(apposition) };
      }
      // "The senator, unopposed in Ohio, said": an adjective's aside tells how the head stands; the name in it is no speaker.
      if (head && adjectiveAside(tokens, j + 1, nameEnd)) return head;
      // "An Ohio official, speaking privately, said": a participle phrase describes the head.
      // (… also a participle of speaking the tagger read as a noun: "An aide, briefing journalists without being named, said".)
      // (… and a body too: "A forecast by the firm Harbour Economics, prepared for the council, predicted".)
      // (… an irregular participle too: "The strikers, known locally as the Forty, said".)
      // (… a document too, by any past participle, the agent of its passive no speaker: "The letter, sent to
      // the board and published by the Ledger, described".)
      // (… also one the tagger reads as an adjective before its preposition: "The indictment, unsealed in federal
      // court in Manhattan, alleges" — the court's place is no speaker.)
      const pastForm = (tokens[j + 1]!.pos === 'VERB' && tokens[j + 1]!.lemma !== tokens[j + 1]!.normal && !/ing$/.test(tokens[j + 1]!.normal)) || (tokens[j + 1]!.pos === 'ADJ' && /^\p{Ll}+ed$/u.test(tokens[j + 1]!.text) && tokens[j + 2]?.pos === 'ADP');
      // "A nurse who works on the ward, speaking to WFAA …, said": a restrictive "who" clause before the
      // participle phrase closes the subject; the noun it follows speaks, not the clause's last words.
      const speakingParticiple = (tokens[j + 1]!.pos === 'VERB' && /ing$/.test(tokens[j + 1]!.normal)) || SPEAKING_PARTICIPLES.has(tokens[j + 1]!.normal);
      const relativeHead = speakingParticiple ? headOfRelativeClause(tokens, headEnd, lo, headEnd) : null;
      if (relativeHead && (relativeHead.kind === 'person' || (relativeHead.kind === 'anonymous' && personLike(relativeHead)))) return relativeHead;
      if (head?.kind === 'anonymous' && documentLike(head) && pastForm) return head;
      // (… and any "-ing" word the tagger read as a noun, right before a preposition, no article before it:
      // "The council, meeting in Kingston, said" — "a meeting in Kingston" would need its article.)
      const ingBeforePreposition = /^\p{Ll}+ing$/u.test(tokens[j + 1]!.text) && tokens[j + 2]?.pos === 'ADP';
      // (… an unnamed body too when the participle places it: "The panel, sitting in Lausanne, found" — the place is no speaker.)
      // (Only an "-ing" participle and a preposition of place: "introduced by Sanders" names the bill's author, no place.)
      const placedBody = /ing$/.test(tokens[j + 1]!.normal) && /^(in|at|near|outside|from)$/.test(tokens[j + 2]?.normal ?? '');
      if (head && ((head.kind === 'anonymous' && (personLike(head) || placedBody)) || head.kind === 'organization') && ((tokens[j + 1]!.pos === 'VERB' && /(?:ing|ed|wn|en|rn)$/.test(tokens[j + 1]!.normal)) || SPEAKING_PARTICIPLES.has(tokens[j + 1]!.normal) || ingBeforePreposition)) return head;
      // "the transport minister, Ines Duarte, said": the name is the apposition, the head its role (not
      // an apposition holding a title: "the aides, fans of “Tides,” said" names no one "Tides").
      if (title >= 0) return head && personLike(head) ? head : null;
      // "The grievance, the text of which the Ledger saw, accuses …": a relative clause inside the
      // apposition ("of which", "some of whom") describes the head; a name in it (the outlet that saw
      // the copy) is no speaker, the head is.
      if (head && relativeAfterPreposition(tokens, j + 1, i)) return head;
      // "One neighbour, a friend of Ruiz, said": a description of a person in apposition to another
      // tells who the source is; the nearer, fuller description speaks.
      // (Only after an indefinite head, which the apposition then identifies: "The witness, a retired
      // teacher, said" keeps "The witness". Also after one picked out of a group: "One of them, a former
      // driver, said".)
      const picked = head ? null : quantifiedSpeaker(tokens, headEnd, lo);
      const indefinite = head?.kind === 'anonymous' && personLike(head) && isIndefiniteDescription(head.text) ? head : picked;
      if (indefinite && whole?.kind === 'anonymous' && personLike(whole) && /^(?:a|an)\s/i.test(whole.text)) return { ...whole, phraseStart: indefinite.start };
      // "Another nurse, a midwife who lives in Leeds, said": a name inside the apposition's relative clause is a
      // place or body it mentions, not the speaker; the description the apposition opens with speaks.
      if (indefinite && describedBeforeRelative(tokens, j + 1, nameEnd, classify)) return indefinite;
      // "A union official, Lena Courier, said": a person's role, then a name ending in a paper's word the gazetteer
      // does not know: a person, not an outlet, in apposition to a role.
      if (head?.kind === 'anonymous' && personLike(head) && named?.kind === 'outlet' && !/^the\s/i.test(named.text) && isTownAndNewspaperWord(named.text) && !lookupOutlet(named.text)) return { ...named, kind: 'person', role: roleOf(head.text), phraseStart: head.start };
      const oneWordBody = oneWordBodyName(head, named);
      if (oneWordBody) return { ...oneWordBody, phraseStart: head!.start };
      // "The manufacturer, Arcadia Surgical, said": a name after a kind of body is that body, whatever its words look like.
      // ("The bookmaker that flagged the bets, Stakeline, said": the kind opens the clause, a relative clause after it.)
      if (head && named?.kind === 'person' && named.title === null && (kindHeadNamesBody(head.text, named.name) || kindHeadNamesBody(sourceText(tokens, lo, headEnd + 1), named.name))) return { ...named, kind: 'organization', role: null, phraseStart: head.start };
      if (head && named?.kind === 'person') return { ...named, role: named.role ?? roleOf(head.text), phraseStart: head.start };
      // "Her publisher, Wexley Books, said": a possessive description of a company, then its proper name.
      // (Also a body's own head noun and a name's possessive: "Vell's label, Dunmore Records, said"; and an outlet
      // named so: "Achebe's broadcaster, Channel 4, said".)
      if ((head?.kind === 'anonymous' || head?.kind === 'organization') && OWNED_HEAD.test(head.text) && (named?.kind === 'organization' || named?.kind === 'outlet') && named.start === tokens[j + 1]!.start && /^\p{Lu}/u.test(named.text) && !/^(?:A|An|The)\s/.test(named.text)) return { ...ownedBody(named), phraseStart: head.start };
      // "The mill's former owners, the Brandt family, said": a description of people, then a body's proper name
      // after "the" in apposition: the body named speaks.
      // (Also a role in the plural: "The bakery's founders, the Marrow family, said".)
      if (head?.kind === 'anonymous' && (personLike(head) || pluralOfRole(descriptionHead(head))) && named?.kind === 'organization' && named.start === tokens[j + 1]!.start && /^the\s+\p{Lu}/u.test(named.text)) return { ...named, phraseStart: head.start };
      // "The ferry line's owner, the Danish shipping company Norvik Holdings, said": a definite description,
      // then the body's kind and proper name in apposition: the body named speaks.
      const kindName = head?.kind === 'anonymous' && /^the\s/i.test(head.text) ? nameAfterKindNoun(tokens, j + 1, nameEnd) : -1;
      const kindNamed = kindName > 0 ? classify(tokens, kindName, nameEnd + 1) : null;
      if (kindNamed && (kindNamed.kind === 'organization' || kindNamed.kind === 'outlet') && kindNamed.end === tokens[nameEnd]!.end) return { ...ownedBody(kindNamed), phraseStart: head!.start };
      // (A name no list knows, read as a person's for want of a given name, is the body its kind noun says: "The
      // contractor, Swiss firm Chronaxis, said".)
      if (kindNamed?.kind === 'person' && kindNamed.end === tokens[nameEnd]!.end && kindNamed.title === null && genderOfFirstName(kindNamed.name.split(/\s+/)[0]!) === 'unknown') return { ...kindNamed, kind: 'organization', role: null, phraseStart: head!.start };
      // "A spokesperson for his label, Greyhound Records, said": the name is the complement's ("his label"),
      // the description speaks; its mention runs through the name.
      if (head?.kind === 'anonymous' && named?.kind === 'organization' && complementNamedAfter(head, named)) {
        const text = sourceText(tokens, tokenAt(tokens, head.start, i), nameEnd + 1);
        return { ...head, end: named.end, text, name: text };
      }
      // "The tour's promoter, Harbor Events Group, said": a definite description, then a body's proper name in
      // apposition: the body named speaks, as after an owned head above (an outlet too: "the film's distributor, Channel 4").
      if ((head?.kind === 'anonymous' || head?.kind === 'organization') && /^the\s/i.test(head.text) && (named?.kind === 'organization' || named?.kind === 'outlet') && named.start === tokens[j + 1]!.start && /^\p{Lu}/u.test(named.text) && !/^(?:A|An|The)\s/.test(named.text)) return { ...ownedBody(named), phraseStart: head.start };
      // "The hospital's union, the Allied Nurses Federation, said": a body described by its kind, then its proper
      // name after "the" in apposition: the body named speaks (an unnamed body's "the largest in the region" is no name).
      // (… and an indefinite one, the kind of body the name is: "A fans group, the Supporters Trust, said", "A local
      // charity, the Oak Foundation, said" — a kind noun the classifier leaves undecided.)
      const bodyKindHead = head?.kind === 'organization' || (head?.kind === 'anonymous' && /^(?:a|an)\s/i.test(head.text) && appositionIsBodyKind(tokens, tokenAt(tokens, head.start, headEnd), headEnd));
      if (head && bodyKindHead && (/^(?:the|a|an)\s/i.test(head.text) || OWNED_HEAD.test(head.text)) && named?.kind === 'organization' && tokens[j + 1]!.normal === 'the' && named.start === tokens[j + 2]?.start && /^\p{Lu}/u.test(named.text)) return { ...named, phraseStart: head.start };
      // "one of the family's lawyers, Justin Bamberg, said": a description with no head noun of its own.
      // (Not a participle's phrase: "…, speaking from his home in Reno, said" names a place, no speaker.)
      if (!head && named?.kind === 'person' && !(tokens[j + 1]!.pos === 'VERB' && /ing$/.test(tokens[j + 1]!.normal))) return named;
      // "Ana Ruiz, director of parks, recreation, and culture, said": an apposition holding a list.
      const listed = nameBeforeListApposition(tokens, j, lo);
      if (listed) return { ...listed, role: listed.role ?? roleOf(tokens.slice(tokenAt(tokens, listed.end, i) + 1, i).map((t) => t.text).join(' ')) };
      // "A spokesperson for Tallis Studios, one of the firms named in the claim, said": an apposition that
      // describes the complement (a clause of its own, no name) leaves the description of the person to speak.
      // (… and when that description is itself in apposition to a name, the name speaks: "Ana Ruiz, a
      // spokeswoman for Tallis Studios, the largest firm in the claim, said" → Ana Ruiz, role spokeswoman.)
      if (head?.kind === 'anonymous' && personLike(head) && /\s(?:for|at|of|with)\s+\S/.test(head.text) && /^(one|a|an|the)$/.test(tokens[j + 1]!.normal) && named?.kind !== 'person') return appositionOfName(tokens, head, lo) ?? head;
    }
    return null;
  }
  // "a grip on the crew of the film “Tides” told …": a description that ends in a quoted title.
  const titled = descriptionThroughTitle(tokens, i, lo);
  if (titled) return titled;
  // "“…,” one of them said", "Another said …": one of a group named before speaks.
  // (An ordinal may be read as an adverb and skipped above: "a third said".)
  const phrase = phraseEndingAt(tokens, i, lo);
  // "Tom Vick, the chairman of the party in Kent, for example, said": the aside follows an apposition, whose name speaks.
  // (… also when the phrase read is the body the description's preposition takes: "the head of the Tenants Forum".)
  const named = phrase && asideSkipped ? (phrase.kind === 'anonymous' ? appositionOfName(tokens, phrase, lo) : nameBeforeApposition(tokens, phrase, tokenAt(tokens, phrase.start, i), lo)) : null;
  if (named) return named;
  return (phrase && (subjectBeforeMotionPlace(tokens, cue, phrase, lo) ?? subjectBeforeParticiple(tokens, cue, phrase, lo) ?? phrase)) ?? quantifiedSpeaker(tokens, i, lo) ?? quantifiedSpeaker(tokens, cue - 1, lo);
}

/**
 * The person's name opening the subject before the comma tokens[comma], over an age set off by commas:
 * "Jorge Ruiz, 36, …" → Jorge Ruiz. Null when the words before are no name or do not open the subject.
 */
function nameHeadingDetails(tokens: Token[], comma: number, lo: number): SpeakerPhrase | null {
  const end = beforeAge(tokens, comma) - 1;
  const name = phraseEndingAt(tokens, end, lo);
  if (name?.kind !== 'person') return null;
  // (The phrase whole up to the comma, opening its clause: not the object of a verb before it.)
  let first = tokenAt(tokens, name.phraseStart ?? name.start, end);
  while (first > lo && tokens[first - 1]!.pos !== 'PUNCT' && first > end - 6) first--;
  // (Only capitalised words, a title, may come before the name: not "At a fair in Harlow, …".)
  const nameFirst = tokenAt(tokens, name.start, end);
  return subjectOpensAt(tokens, first, lo) && tokens.slice(first, nameFirst).every(isCap) ? name : null;
}

/**
 * "AEG Presents, which promoted the tour, said": ", which" follows a thing or a body, never a person, so a
 * name read as a person's that opens with no given name is a body's. (", which" after a given name is left as read.)
 */
function whichBody(relative: Token, head: SpeakerPhrase): SpeakerPhrase {
  if (relative.normal !== 'which' || head.kind !== 'person' || !head.name || genderOfFirstName(head.name.split(/\s+/)[0]!) !== 'unknown') return head;
  return { ...head, kind: 'organization', role: null, title: null };
}

/** "of which", "some of whom", "to whom" among tokens[from, to): a relative clause opened after a preposition. */
function relativeAfterPreposition(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (/^(which|whom)$/.test(tokens[k]!.normal) && tokens[k - 1]!.pos === 'ADP') return true;
  return false;
}

/**
 * "The mayor of Elton, Ohio, Dana Reyes, said": `head` (ending at tokens[headEnd]) is the state after a
 * town that closes a description of a person; the name in the apposition after it (`named`) speaks, the
 * description is its role. With a name before the town and a description after the state, the name
 * speaks. Null otherwise.
 */
function nameAfterPlaceDescription(tokens: Token[], head: SpeakerPhrase | null, named: SpeakerPhrase | null, headEnd: number, lo: number): SpeakerPhrase | null {
  if (head?.kind !== 'person' || !named) return null;
  const first = tokenAt(tokens, head.start, headEnd);
  if (first - 2 < lo || !placeAfterComma(tokens, first)) return null;
  const described = phraseEndingAt(tokens, first - 2, lo);
  // "Dana Reyes of Elton, Ohio, a retired nurse, said": the person before the town, the apposition their role.
  // (Not a place after a preposition: "at a fair in Elton, Ohio, …".)
  const describedFirst = described ? tokenAt(tokens, described.start, first) : -1;
  if (described?.kind === 'person' && named.kind === 'anonymous' && !(describedFirst > lo && tokens[describedFirst - 1]!.pos === 'ADP')) return { ...described, role: described.role ?? roleOf(named.text) };
  if (!described || described.kind !== 'anonymous' || !personLike(described) || named.kind !== 'person') return null;
  return { ...named, role: named.role ?? roleOf(described.text), phraseStart: described.start };
}

/** Reflexives that repeat the subject before them: "Acme itself said", "Okafor himself, …, said". */
export const REFLEXIVES = new RegExp(`^(${alternatives(THIRD_PERSON_REFLEXIVES)})$`);

/**
 * The speaker when a name in apposition (tokens after the comma j, through nameEnd) completes the
 * description before it, or null:
 * - "The president of the Stage Guild of Ireland, Ines Duarte, said": the name after "of" inside the
 *   description is no speaker; the apposition names the one described (the description its role).
 * - "The mayor of Elton, Ohio, said": a state or country after a town completes the description's
 *   place; the one described speaks.
 */
function appositionCompletingDescription(tokens: Token[], head: SpeakerPhrase | null, named: SpeakerPhrase | null, j: number, nameEnd: number, lo: number): SpeakerPhrase | null {
  if (!head || named?.kind !== 'person') return null;
  // (The body after "of" may read as a body's name too: "The chief of Valais Tours, Ana Ruiz, said".)
  const owner = head.kind === 'person' || head.kind === 'organization' ? descriptionOwning(tokens, head, lo) : -1;
  const first = head.kind === 'anonymous' && personLike(head) ? tokenAt(tokens, head.start, j) : owner;
  // (Only after a town, a capitalised word before the comma: "His daughter, Georgia," is a person.)
  if (first >= 0 && j > 0 && isCap(tokens[j - 1]!) && cueLexicon().placeNames.has(named.name)) {
    const described = description(tokens, first, nameEnd + 1);
    // "Tom Hale, the mayor of Elton, Ohio, said": the whole description is an apposition to the name before it.
    // (Only a name the subject opens with: "At a fair in Harlow, the mayor of …" names a place.)
    const holder = nameBeforeApposition(tokens, described, first, lo);
    if (holder && subjectOpensAt(tokens, tokenAt(tokens, holder.start, first), lo)) return { ...holder, role: holder.role ?? roleOf(described.text) };
    // (… also over an age or a title before the name: "Cardinal Ana Ruiz, 61, the archbishop of Elton, Spain, said".)
    const heading = tokens[first - 1]?.text === ',' ? nameHeadingDetails(tokens, first - 1, lo) : null;
    if (heading) return { ...heading, role: heading.role ?? roleOf(described.text) };
    return { ...described, role: head.role ?? roleOf(described.text) };
  }
  return owner >= 0 ? { ...named, role: named.role ?? ownedDescriptionRole(tokens, owner, j), phraseStart: tokens[owner]!.start } : null;
}

/**
 * The role of a description owning a body's name (tokens owner..j): its role words, or else the office heading a
 * body ("The boss of Harlow Foods" → "boss"), which is no role word alone.
 */
function ownedDescriptionRole(tokens: Token[], owner: number, j: number): string | null {
  const role = roleOf(sourceText(tokens, owner, j));
  if (role) return role;
  const ofAt = tokens.slice(owner, j).findIndex((t) => /^(of|for|at)$/.test(t.normal));
  const headWord = ofAt > 0 ? tokens[owner + ofAt - 1]!.normal : '';
  return BODY_HEAD_OFFICES.test(headWord) ? headWord : null;
}

/** Most words a body's capitalised name runs to before its description. */
const MAX_BODY_NAME_WORDS = 6;

/**
 * The body named by the capitalised words ending at tokens[end], when they reach further back than the phrase
 * `head` read there and open their clause (after a quotation mark, a punctuation mark or "the"), or null.
 */
function bodyNameRunBefore(tokens: Token[], end: number, head: SpeakerPhrase | null, lo: number): SpeakerPhrase | null {
  if (!head || end < lo) return null;
  let k = end;
  while (k >= lo && k > end - MAX_BODY_NAME_WORDS && isCap(tokens[k]!) && !isQuoteMark(tokens[k]!) && !isDayWord(tokens[k]!.normal) && !isTimeWord(tokens[k]!.normal)) k--;
  if (k >= lo && !(isQuoteMark(tokens[k]!) || tokens[k]!.pos === 'PUNCT' || tokens[k]!.normal === 'the')) return null;
  // (A capitalised "The" opening the sentence is the article, left out as elsewhere: "The Kestrel Trust" → "Kestrel Trust".)
  const first = tokens[k + 1]!.normal === 'the' ? k + 2 : k + 1;
  if (first >= tokenAt(tokens, head.start, end + 1) || first > end) return null;
  const name = sourceText(tokens, first, end + 1);
  return { start: tokens[first]!.start, end: tokens[end]!.end, text: name, kind: 'organization', name, role: null, title: null };
}

/** tokens[k] opens its clause: the sentence's start, or after a comma, a conjunction or a quotation mark. */
function subjectOpensAt(tokens: Token[], k: number, lo: number): boolean {
  return k <= lo || /^(CCONJ|PUNCT)$/.test(tokens[k - 1]!.pos);
}

/**
 * The first token of a description a name hangs on through a preposition, or -1: "The president of the
 * Stage Guild of Ireland" for the name "Ireland" (a person noun in small letters, then "of/for/at" and the
 * capitalised words of a body's name). Such a name is the description's complement, not who it is.
 */
/** Offices named as the head of a body, that are a role only before "of" and the body: "the boss of Harlow Foods". */
const BODY_HEAD_OFFICES = /^(?:head|chief|boss)$/;

function descriptionOwning(tokens: Token[], name: SpeakerPhrase, lo: number): number {
  let k = tokenAt(tokens, name.start, tokens.length - 1) - 1;
  const stop = k - 12;
  while (k > lo && k > stop && (isCap(tokens[k]!) || /^(of|for|at|the|and|&)$/.test(tokens[k]!.normal))) k--;
  // ("the head of the Harbour Museum", "the chief of Valais Tours": "head", "chief", "boss" are offices only before a
  // body's name, so no person nouns at large; the tagger may read "chief" as an adjective.)
  const bodyHead = BODY_HEAD_OFFICES.test(tokens[k]?.normal ?? '') && /^(NOUN|ADJ|PROPN)$/.test(tokens[k]!.pos);
  if (k < lo || !/^(for|of|at)$/.test(tokens[k + 1]?.normal ?? '') || !(tokens[k]!.pos === 'NOUN' || bodyHead) || isCap(tokens[k]!) || !(isPersonNoun(tokens[k]!.normal) || bodyHead)) return placeOfficeOwning(tokens, name, lo);
  while (k > lo && /^(DET|ADJ)$/.test(tokens[k - 1]!.pos)) k--;
  return k;
}

/**
 * The first token of a place office whose "of" takes the name, capitalised or not, or -1: "The Governor of
 * Norland" for the name "Norland" (nlp/constituency.ts place offices). The place is no one's name.
 */
function placeOfficeOwning(tokens: Token[], name: SpeakerPhrase, lo: number): number {
  const first = tokenAt(tokens, name.start, tokens.length - 1);
  const from = Math.max(lo, first - 4);
  const office = placeOfficeBeforePlace(tokens.slice(from, first).map((t) => t.text));
  if (!office) return -1;
  const ofAt = tokens[first - 1]!.normal === 'the' ? first - 2 : first - 1;
  let k = ofAt - office.split(' ').length;
  while (k > lo && tokens[k - 1]!.pos === 'DET') k--;
  return k;
}

/**
 * Whether an organisation's name in apposition names a description's complement: "a spokesperson for his
 * label" then "Greyhound Records". The description is headed by a role of one who speaks for another
 * (go_between_roles) with a lower-case complement after "for/of/at", whom the capitalised name names
 * ("The new owner of the pier, Greyhound Records" is the company itself, left as it was).
 */
function complementNamedAfter(head: SpeakerPhrase, named: SpeakerPhrase): boolean {
  const described = DESCRIBED_BY_PLACE.exec(head.text);
  if (!described || !/^\p{Lu}/u.test(named.text)) return false;
  return cueLexicon().goBetweenRoles.has(described[1]!.toLowerCase().split(/\s+/).pop()!);
}

/**
 * The noun phrase a restrictive relative clause ending at tokens[end] belongs to: "Ferry riders who
 * use the pier daily said", "Many of the wardens who backed Ruiz argued". The clause opens with "who"
 * as its subject (a verb follows it) right after a noun, with no comma, quotation mark or clause
 * boundary between it and the cue; the leftmost such "who" heads it ("riders who met the men who …").
 * ("who" says the phrase stands for people, whatever its head word: "Many of the wardens". "that" is
 * left alone: after a noun it more often opens a reported clause, "a report that the mayor said …".)
 */
function headOfRelativeClause(tokens: Token[], end: number, lo: number, cueBefore: number, closesSubordinate = false): SpeakerPhrase | null {
  let head: SpeakerPhrase | null = null;
  // The subordinate clause passed nearest the cue, and the "who" of the head found: the clause must lie
  // between that "who" and the cue.
  let passed = -1;
  let headWho = -1;
  // ("X, a pollster who …, said" is left to the apposition rules, its comma ending the search; "… who
  // lost a son and said" to the relative clause's own "who", whose second verb the cue is.)
  for (let w = end; w > lo && w > end - 25; w--) {
    const t = tokens[w]!;
    // A clause of another kind ends the search: "… who rose to fame when she sang", as does a pronoun
    // subject right before the cue ("when he yelled").
    // A subordinate clause complete before the cue ("who asked not to be named because she is still
    // working on a series said") lies inside the relative clause: the search goes on past it.
    const subordinate = t.pos === 'SCONJ' || SUBORDINATORS.has(t.normal);
    // (Its verb may be among the words skipped before the cue: "because the smoke was thick said".)
    // (… or a subject pronoun and words after it, whatever their tags: "although they disliked her plan".)
    if (subordinate && w < end && (clauseHasVerb(tokens, w + 1, cueBefore) || (SUBJECT_PRONOUNS.test(tokens[w + 1]!.normal) && w + 2 <= cueBefore))) {
      if (end - w > MAX_SUBORDINATE_TOKENS) break;
      // (Only an adverbial clause's opener counts: "who feel that the pier should stay were annoyed"
      // closes a complement, and what ends it is rarely a cue.)
      if (passed < 0 && SUBORDINATORS.has(t.normal)) passed = w;
      continue;
    }
    // "since dawn", "until noon": a subordinator before a short phrase with no verb nor subject pronoun is a
    // preposition inside the relative clause ("fans who had waited since dawn said"): the search goes on.
    if (subordinate && /^(since|until|till|before|after)$/.test(t.normal) && w < end && end - w <= 3 && !SUBJECT_PRONOUNS.test(tokens[w + 1]!.normal) && tokens.slice(w + 1, end + 1).every((x) => /^(NOUN|DET|ADJ|NUM)$/.test(x.pos) || POSSESSIVE_DETERMINER.test(x.normal))) continue;
    if (isQuoteMark(t) || (t.pos === 'PUNCT' && !hyphenInWord(tokens, w)) || subordinate || (w === end && (t.pos === 'CCONJ' || PRONOUN_GENDER.has(t.normal)))) break;
    // ("who" right before the cue is the cue's own subject, "officials who said": see antecedentOfWho.)
    if (w === end || !/^(who|whose)$/.test(t.normal) || !/^(NOUN|PROPN)$/.test(tokens[w - 1]!.pos)) continue;
    // ("whose" opens the clause with the noun it owns, the verb after that: "a farmer whose land borders the
    // site said".)
    let v = t.normal === 'whose' ? ownedNounEnd(tokens, w + 1, end) : w + 1;
    while (v < end && tokens[v]!.pos === 'ADV') v++;
    if (!/^(VERB|AUX)$/.test(tokens[v]!.pos)) continue;
    const phrase = phraseEndingAt(tokens, w - 1, lo);
    if (!phrase || phrase.kind === 'pronoun') continue;
    const first = tokenAt(tokens, phrase.start, w);
    // "Supporters of Tomas Ruiz who gathered …": a name that is the object of a preposition is not the
    // subject of the cue; the noun the preposition hangs on is ("Supporters"). After a verb ("a firm
    // that employs pilots who …") the subject lies further back, left to the rules after this one.
    const before = first > lo ? tokens[first - 1]! : null;
    if (before?.pos === 'VERB') continue;
    if (before?.pos === 'ADP') {
      const outer = phraseEndingAt(tokens, first - 2, lo);
      if (outer && outer.kind !== 'person' && outer.kind !== 'pronoun') {
        head = outer;
        headWho = w;
      }
      continue;
    }
    if (!placeAfterComma(tokens, first)) {
      head = phrase;
      headWho = w;
    }
  }
  // (A clause saying the source may not speak marks an unnamed source, whose cue follows: "A team official who
  // was not authorized to speak publicly told …".)
  return closesSubordinate && passed < headWho && !requestsAnonymity(tokens, headWho) ? null : head;
}

/** The token after the noun phrase "whose" owns, from tokens[k] ("land", "two sons", "family home"): where its verb should stand. */
function ownedNounEnd(tokens: Token[], k: number, end: number): number {
  const from = k;
  while (k < end && k < from + 4 && /^(ADJ|NUM|NOUN)$/.test(tokens[k]!.pos)) k++;
  return k > from && tokens[k - 1]!.pos === 'NOUN' ? k : end;
}

/**
 * "The composer, Theo Marchetti, who …": the role of a description opening the clause (after "the") and set off
 * right before the name by a comma; null otherwise.
 */
function roleOpeningBefore(tokens: Token[], head: SpeakerPhrase, lo: number): string | null {
  const first = tokenAt(tokens, head.start, tokens.length - 1);
  if (first - 2 < lo || tokens[first - 1]!.text !== ',') return null;
  const described = phraseEndingAt(tokens, first - 2, lo);
  if (!described || described.kind !== 'anonymous' || !/^the\s/i.test(described.text) || !headOpensClause(tokens, described, lo)) return null;
  return roleOf(described.text);
}

/** A possessive pronoun as a determiner, which the tagger reads as a pronoun: "since its pilot", "until their arrival". */
const POSSESSIVE_DETERMINER = /^(its|his|her|their|our|my|your)$/;

/** The longest subordinate clause passed inside a relative clause before its cue: "because the smoke was thick". */
const MAX_SUBORDINATE_TOKENS = 12;

/** Whether tokens[from, to] hold a verb or auxiliary: a clause with a verb of its own. */
function clauseHasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/**
 * "The French sports daily reported": an outlet's kind word the tagger reads as an adverb ("daily", "weekly"), after
 * a noun or an adjective describing it, is the subject's head noun, no adverb to step over before the cue.
 * (… also right after "the": "The daily reported".)
 */
function outletKindAdverb(tokens: Token[], k: number, lo: number): boolean {
  return k > lo && tokens[k]!.pos === 'ADV' && isOutletKindWord(tokens[k]!.normal) && (/^(NOUN|ADJ|PROPN)$/.test(tokens[k - 1]!.pos) || tokens[k - 1]!.normal === 'the');
}

/** The index of the nearest word at or before k that is no adverb, going no further left than lo ("to quickly vote for"). */
export function wordBefore(tokens: Token[], k: number, lo: number): number {
  while (k > lo && tokens[k]!.pos === 'ADV') k--;
  return k;
}

/** tokens[k] opens the second name of "Elton, Ohio": a state or country after a town, no speaker of its own. */
function placeAfterComma(tokens: Token[], k: number): boolean {
  const before = tokens[k - 2];
  return tokens[k - 1]?.text === ',' && isCap(tokens[k]!) && !!before && before.pos === 'PROPN' && isCap(before);
}

/** Participles that give a thing its name: ", titled “…”,". */
const NAMING_PARTICIPLES = new RegExp(`^(${namingVerbAlternation('named_apposition_head')})$`);

/**
 * The thing before ", named “X”," ending at the comma tokens[comma] (the closing mark right before it),
 * or null. Only a thing (a document or a body): a person's nickname is handled with the person.
 */
function headBeforeNamedApposition(tokens: Token[], comma: number, lo: number): SpeakerPhrase | null {
  const close = comma - 1;
  if (close <= lo || !quoteMarkAt(tokens, close)) return null;
  // (The comma may sit inside the marks too: ", titled “Open Doors,” said".)
  for (let k = close - 2; k >= lo + 3 && k > close - 12; k--) {
    if (!quoteMarkAt(tokens, k)) continue;
    if (!NAMING_PARTICIPLES.test(tokens[k - 1]!.normal) || tokens[k - 2]!.text !== ',') return null;
    const head = phraseEndingAt(tokens, k - 3, lo);
    return head && head.kind === 'anonymous' && documentLike(head) ? head : null;
  }
  return null;
}

/**
 * The opening mark of a short quoted title whose closing mark is tokens[close], after a word of a noun
 * phrase ("the host of “Tides,”", "the captain known as “Storm,”"), or -1. A quotation opened after a
 * verb or punctuation ("she said “Never,” adding") is speech, not a title.
 */
function quotedTitleOpen(tokens: Token[], close: number, lo: number): number {
  if (!quoteMarkAt(tokens, close)) return -1;
  for (let k = close - 2; k >= lo && k > close - 9; k--) {
    if (!quoteMarkAt(tokens, k)) continue;
    const before = tokens[k - 1];
    // (… or an owner's possessive: "appearing on CNN's “State of the Union,”".)
    const opensPhrase = !!before && k > lo && (/^(DET|ADJ|NOUN|PROPN|ADP)$/.test(before.pos) || /^['’]s$/.test(before.text));
    // ("known as “the Forty,”": a name with its article inside the marks.)
    const named = isCap(tokens[k + 1]!) || (tokens[k + 1]!.normal === 'the' && k + 2 < close - 1 && isCap(tokens[k + 2]!));
    return opensPhrase && named ? k : -1;
  }
  return -1;
}

/**
 * The opening mark of a quotation, its closing mark at tokens[close], that ends a relative clause opened
 * by ", whose" / ", who" / ", which" a few words before it: "Oduro, whose nickname is “the Closer,”",
 * "the ferry company, which bills itself as “…,”", "Reyes, who called the plan “a disgrace,”". Whatever the
 * quotation is (a slogan, a nickname, the subject's own words), the clause describes the subject before
 * it, who is the subject of the cue after it. -1 when none.
 */
export function quotationClosingRelativeClause(tokens: Token[], close: number, lo: number): number {
  if (!quoteMarkAt(tokens, close)) return -1;
  let open = close - 2;
  while (open >= lo && open > close - 14 && !quoteMarkAt(tokens, open)) open--;
  if (open < lo || !quoteMarkAt(tokens, open)) return -1;
  for (let k = open - 1; k > lo && k > open - 8; k--) {
    if (tokens[k]!.pos === 'PUNCT') return -1;
    if (/^(whose|who|whom|which)$/.test(tokens[k]!.normal)) return tokens[k - 1]!.text === ',' ? open : -1;
  }
  return -1;
}

/**
 * A description of a person whose last words are a quoted title, its closing mark at tokens[close]: "a
 * caterer on the set of the film “Tides”", "a dancer in the musical “Low Tide”". The phrase runs through
 * the closing mark. Null when no person-like description stands before the title ("the film “Tides”").
 */
function descriptionThroughTitle(tokens: Token[], close: number, lo: number): SpeakerPhrase | null {
  const open = quotedTitleOpen(tokens, close, lo);
  if (open < 1) return null;
  // ("The producers of “Harbour Lights”": the title right after the preposition, no kind noun before it.)
  const afterPreposition = /^(of|on|in|at|for|from)$/.test(tokens[open - 1]!.normal) && open - 2 >= lo;
  if (!afterPreposition && !/^(NOUN|ADJ|PROPN)$/.test(tokens[open - 1]!.pos)) return null;
  const head = phraseEndingAt(tokens, afterPreposition ? open - 2 : open - 1, lo);
  // (A body's word for people who make a work counts too: "The producers of “Harbour Lights”".)
  if (!(head?.kind === 'anonymous' || (afterPreposition && head?.kind === 'organization')) || !personLike(head) || (!afterPreposition && !/\s(?:of|on|in|at|for|from)\s/.test(head.text))) return null;
  const text = sourceText(tokens, tokenAt(tokens, head.start, open), close + 1);
  // (People described through a work are unnamed, as "The producers of Harbour Lights" without marks is.)
  return { ...head, end: tokens[close]!.end, text, name: text, kind: 'anonymous' };
}

/** "Wednesday", "last week", "two weeks ago", "early May". */
export function isTimePhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  // A phrase without a time word is none, whatever else holds: asked first, as most phrases are names
  // (the outlet look-up below cost more than everything else here).
  if (!words.some((w) => isTimeWord(w) || DURATION_WORD.test(w))) return false;
  // A month alone may be a name ("said May"); an outlet's name is no time ("The Week").
  if (words.length === 1 && isMonth(words[0]!)) return false;
  if (lookupOutlet(phrase)) return false;
  // … and a time is written in lower case but for its day and month names ("The Week" is a title).
  if (phrase.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !isMonth(w.toLowerCase()) && !isTimeWord(w.toLowerCase()))) return false;
  return words.every((w) => isTimeWord(w) || DURATION_WORD.test(w) || /^(last|this|next|early|late|mid|the|a|few|several|two|three|four|five|\d+|ago|earlier|later)$/.test(w));
}

const DURATION_WORD = /^(years|decades|months|weeks|days|hours|minutes|centuries|ages)$/;

const PARTICIPLE_PEOPLE = /^(surveyed|polled|interviewed|questioned|asked|contacted|sampled)$/;

/**
 * The name before an apposition whose own commas separate a list: comma j is the list's, the
 * name ends at an earlier comma. The words between hold no verb and no quotation mark.
 */
function nameBeforeListApposition(tokens: Token[], j: number, lo: number): SpeakerPhrase | null {
  for (let hop = 0, c = j - 1; hop < 3; hop++) {
    while (c >= lo && c > j - 25 && tokens[c]!.text !== ',') {
      if (/^(VERB|AUX)$/.test(tokens[c]!.pos) || quoteMarkAt(tokens, c)) return null;
      c--;
    }
    if (c < lo || tokens[c]!.text !== ',') return null;
    // ("In an interview with Rolling Stone, the singer, 41, said": the comma closes an opening phrase with no
    // verb, whose name is the preposition's object, no member of an apposition.)
    if (firstCommaAfter(tokens, lo) === c && verblessPrepositionOpening(tokens, lo, c)) return null;
    const head = phraseEndingAt(tokens, skipParenthesis(tokens, c - 1, lo), lo);
    if (head && (head.kind === 'person' || head.kind === 'pronoun' || head.kind === 'outlet')) return head;
    c--;
  }
  return null;
}

/** The first comma at or after tokens[lo]. */
function firstCommaAfter(tokens: Token[], lo: number): number {
  let k = lo;
  while (k < tokens.length && tokens[k]!.text !== ',') k++;
  return k;
}

/** Words opening a list of examples after a noun phrase: "like …", "including …", "such as …", "among them …". */
export function opensExamples(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.normal ?? '';
  return w === 'like' || w === 'including' || w === 'especially' || (w === 'such' && tokens[k + 1]?.normal === 'as') || (w === 'among' && /^(them|those)$/.test(tokens[k + 1]?.normal ?? ''));
}

/**
 * The phrase before ", like A and B," / ", including A, B and C," ending at the comma tokens[close]:
 * the examples, though they are names, only illustrate the group that speaks (its name; the mention
 * holds both).
 */
function headBeforeExamples(tokens: Token[], close: number, lo: number): SpeakerPhrase | null {
  for (let w = close - 1; w > lo && w > close - 25; w--) {
    if (quoteMarkAt(tokens, w) || (tokens[w]!.pos === 'AUX') || (tokens[w]!.pos === 'VERB' && tokens[w]!.normal !== 'including')) return null;
    if (tokens[w - 1]!.text === ',' && opensExamples(tokens, w)) {
      const head = phraseEndingAt(tokens, skipParenthesis(tokens, w - 2, lo), lo);
      // (A group not known as people, "most states, including Ohio", leaves the names to the rules below.)
      if (!head || head.kind === 'pronoun' || !personLike(head)) return null;
      // The mention runs through the examples, which name members of the group; the group is the name.
      const first = tokenAt(tokens, head.start, w);
      return { ...head, end: tokens[close - 1]!.end, text: sourceText(tokens, first, close) };
    }
  }
  return null;
}

/** The noun phrase ending at tokens[end] follows a verb, as its object: "persuaded the mayor". */
function objectOfVerb(tokens: Token[], end: number, lo: number): boolean {
  let k = end;
  while (k > lo && k > end - 6 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k--;
  // "asked each of the four pilots to …": a share of the object is the object too.
  if (k < end && tokens[k]!.normal === 'of' && k - 1 > lo && (tokens[k - 1]!.pos === 'NUM' || quantifiedHead(tokens[k - 1]!.normal) || isShareWord(tokens[k - 1]!.normal))) {
    k -= 2;
    while (k > lo && tokens[k]!.pos === 'DET') k--;
  }
  return k < end && tokens[k]!.pos === 'VERB';
}

/**
 * Step left over an adverb set off by commas ending at tokens[i]: "The two wardens, however, argue"
 * → "wardens". A single adverb, or a linking set phrase of the data's subject_asides ("for instance", "in
 * turn"): any other longer aside may be an apposition ("Reyes, the mayor, said").
 */
function skipCommaAdverb(tokens: Token[], i: number, lo: number): number {
  if (i - 2 < lo || tokens[i]!.text !== ',') return i;
  if (tokens[i - 1]!.pos === 'ADV' && tokens[i - 2]!.text === ',') return i - 3;
  // … or a linking set phrase of a few words: "Ferry operators, for instance, say".
  // … or where the subject is: "Ferry operators, in Harlow, say", "…, in Harlow and Elton, say" (the place speaks no words).
  for (let c = i - 2; c >= lo && c >= i - 6; c--) {
    if (tokens[c]!.text !== ',') continue;
    const phrase = tokens.slice(c + 1, i).map((t) => t.normal).join(' ');
    const place = cueLexicon().subjectPlacePrepositions.has(tokens[c + 1]!.normal) && c + 2 < i && placeNames(tokens.slice(c + 2, i));
    return c > lo && (cueLexicon().subjectAsides.has(phrase) || place) ? c - 1 : i;
  }
  return i;
}

/** Step left over a parenthesis ending at tokens[i]: "Rep. Ann Marsh (R-Ohio) said". */
function skipParenthesis(tokens: Token[], i: number, lo: number): number {
  if (i < lo || tokens[i]!.text !== ')') return i;
  let k = i - 1;
  while (k >= lo && k > i - 12 && tokens[k]!.text !== '(') k--;
  return k >= lo && tokens[k]!.text === '(' ? k - 1 : i;
}

/** phraseEndingAt's answers, by end and lo. */
const phrasesEndingAt = spanAnswers(findPhraseEndingAt);

/** Articles that open a noun phrase of their own. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Nouns of amount that take an article after them in one phrase: "half the staff", "twice the size". */
const ARTICLE_QUANTITIES: ReadonlySet<string> = new Set(['half', 'quarter', 'third', 'twice', 'all', 'both']);

/**
 * The noun phrase that ends at tokens[end], reaching back no further than tokens[lo]. Its answer depends on the
 * tokens alone, and the frames ask for the same phrase again and again (a cue's subject, then a resumed cue's,
 * then the sentence's subject: about three asks in five repeat one), so each is worked out once per article.
 */
export function phraseEndingAt(tokens: Token[], end: number, lo: number): SpeakerPhrase | null {
  if (end < lo) return null;
  // (A negative lo would make two questions share a key; none is asked, but such a one is simply not kept.)
  if (lo < 0) return findPhraseEndingAt(tokens, end, lo);
  return phrasesEndingAt(tokens, end, lo);
}

function findPhraseEndingAt(tokens: Token[], end: number, lo: number): SpeakerPhrase | null {
  // ("a claim the agency at the time dismissed as …": "at the time" after a noun places the act, no part of who did it.)
  if (end - 3 >= lo && tokens[end - 2]!.normal === 'at' && tokens[end - 1]!.normal === 'the' && /^(time|moment)$/.test(tokens[end]!.normal) && /^(NOUN|PROPN)$/.test(tokens[end - 3]!.pos)) return findPhraseEndingAt(tokens, end - 3, lo);
  let s = end;
  // A capitalised word after a name is part of it whatever its tag ("Dana R. Lynch", Lynch as a verb).
  // So is one right before the cue ("“…,” Lynch said"): two verbs in a row make no clause.
  const capAfterName = (k: number) => isCap(tokens[k]!) && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'X') && ((k > lo && tokens[k - 1]!.pos === 'PROPN' && isCap(tokens[k - 1]!)) || (k === end && !NOT_NAMES.has(tokens[k]!.normal)));
  // "the Committee on Ethics": a preposition between capitalised words is part of a name.
  // … and "on" after a noun for a person in small letters (or opening the sentence): "a producer on the
  // show", "Critics on the left".
  const inName = (k: number) => tokens[k]!.normal === 'on' && k > lo && ((isCap(tokens[k - 1]!) && !!tokens[k + 1] && isCap(tokens[k + 1]!)) || personBeforeOn(tokens, k - 1, lo));
  // "Dockline+", "Apple TV+": a plus sign glued to a capitalised word ends a streamer's name.
  const plusInName = (k: number) => tokens[k]!.text === '+' && k > lo && tokens[k - 1]!.end === tokens[k]!.start && isCap(tokens[k - 1]!);
  // "the oil-producing countries", "a fast-growing firm": the word after a hyphen inside a compound
  // modifier is part of it whatever its tag (the tagger reads "producing" as a verb).
  const afterWordHyphen = (k: number) => k - 1 > lo && hyphenInWord(tokens, k - 1) && /^\p{L}/u.test(tokens[k]!.text) && NP_POS.has(tokens[k - 2]!.pos);
  // "the collapsed exchange": a past participle between an article and a noun modifies the noun.
  // … or between "of" and a noun before a name: "a neighbour of slain grocer Ana Ruiz" (no finite verb follows "of").
  const participleModifier = (k: number) => k > lo && tokens[k]!.pos === 'VERB' && tokens[k + 1]?.pos === 'NOUN' && k + 1 <= end && ((/ed$/.test(tokens[k]!.normal) && tokens[k - 1]!.pos === 'DET') || (k - 1 > lo && participleBeforeNoun(k) && adverbAfterArticle(k - 1)) || (tokens[k - 1]!.normal === 'of' && /^\p{Ll}/u.test(tokens[k]!.text) && k + 2 <= end && isCap(tokens[k + 2]!)));
  // … and an "-ing" word between an owner or an article and a noun: "the company's lobbying efforts", "the
  // marketing team", "its streaming service" (the tagger reads it as a verb; after a determiner it names a kind of the noun).
  const gerundModifier = (k: number) => k > lo && k + 1 <= end && tokens[k]!.pos === 'VERB' && /^\p{Ll}+ing$/u.test(tokens[k]!.text) && tokens[k + 1]!.pos === 'NOUN' && opensNounPhrase(k - 1);
  // "Voices of Hope Foundation said": a capitalised word between "of" and a capitalised one is inside a body's
  // name whatever its tag (the tagger reads "Hope" as a verb).
  const capInOfName = (k: number) => k - 2 >= lo && k + 1 <= end && isCap(tokens[k]!) && tokens[k]!.pos === 'VERB' && tokens[k - 1]!.normal === 'of' && isCap(tokens[k - 2]!) && isCap(tokens[k + 1]!);
  // "one of the injured said": a group's adjective after "the" ends the phrase whatever its tag (a verb here).
  const groupAdjective = (k: number) => k === end && k > lo && tokens[k - 1]!.normal === 'the' && groupAdjectives().has(tokens[k]!.text);
  // "the nearby primary school": a word tagged an adverb between an article and an adjective modifies the noun.
  // (Not before a noun: "the only councillor to endorse" keeps its own mention.)
  // … or between an owner and an adjective: "the actor behind one of gaming's most beloved villains", "her most famous role".
  // (The adjective may be a participle the tagger reads as a verb: "the city's most admired theatres".)
  const opensNounPhrase = (k: number) => tokens[k]!.pos === 'DET' || /^['’]s?$/.test(tokens[k]!.text) || POSSESSIVE_DETERMINERS.has(tokens[k]!.normal);
  const participleBeforeNoun = (k: number) => tokens[k]!.pos === 'VERB' && /\p{Ll}ed$/u.test(tokens[k]!.text) && k + 1 <= end && tokens[k + 1]!.pos === 'NOUN';
  const adverbAfterArticle = (k: number) => k > lo && k + 1 <= end && tokens[k]!.pos === 'ADV' && opensNounPhrase(k - 1) && (tokens[k + 1]!.pos === 'ADJ' || participleBeforeNoun(k + 1));
  // "The studios’ group said": a plural possessive's apostrophe inside a description is no quotation mark.
  // (… and inside a capitalised name: "the Harwick Rovers Supporters' Trust said", or after a body's head and
  // "of": "the Central Association of the Harbour Pilots’ Guild said".)
  const pluralPossessive = (k: number) => k > lo && k < end && isQuoteMark(tokens[k]!) && !quoteMarkAt(tokens, k) && (tokens[k - 1]!.pos === 'NOUN' || (tokens[k - 1]!.end === tokens[k]!.start && bodyWordAfterPossessive(tokens[k - 1]!, tokens[k + 1]!)) || possessiveInOfBodyName(tokens, k));
  // "a store outside Pittsburgh", "workers outside the plant": "outside" before a name or an article places the noun (not "an outside group").
  // (A people noun capitalised as the sentence opens counts though the tagger reads it as a name: "Workers outside the plant".)
  const placeOutside = (k: number) => tokens[k]!.normal === 'outside' && k > lo && (tokens[k - 1]!.pos === 'NOUN' || (isCap(tokens[k - 1]!) && isPersonNoun(tokens[k - 1]!.normal))) && !!tokens[k + 1] && (tokens[k + 1]!.pos === 'DET' || isCap(tokens[k + 1]!));
  // "current and former staff members": "and"/"or" between two adjectives before the head joins them, in one phrase.
  const adjectivesJoined = (k: number) => k > lo && k < end && /^(and|or)$/.test(tokens[k]!.normal) && tokens[k - 1]!.pos === 'ADJ' && tokens[k + 1]!.pos === 'ADJ';
  // "Planned Parenthood Great Rivers said": a body's name opening the sentence, its first word tagged a verb.
  const bodyOpener = (k: number) => k === lo && k < end && initialWordOpensBody(tokens, k, end + 1);
  const ok = (k: number) => { const t = tokens[k]!; return pluralPossessive(k) || bodyOpener(k) || adjectivesJoined(k) || ((NP_POS.has(t.pos) || (k === end && outletKindAdverb(tokens, k, lo)) || participleModifier(k) || gerundModifier(k) || adverbAfterArticle(k) || groupAdjective(k) || capInOfName(k) || isParticle(t.text) || t.text === '-' || plusInName(k) || afterWordHyphen(k) || hyphenatedGivenNameAt(tokens, k) || (t.pos === 'ADP' && /^(of|for|at|from|with|in|to|across|among|around|behind|near)$/.test(t.normal)) || placeOutside(k) || inName(k) || capAfterName(k) || (k > lo && (ampersandInName(tokens, k, lo) || andInKnownOutlet(tokens, k, lo) || insideBodyName(tokens, k, lo, end + 1) || andJoiningBodies(tokens, k, end) || andJoiningOutlets(tokens, k, end))) || surnameAfterGivenName(tokens, k, lo) || (k > lo && wordPiece(tokens, k))) && !isQuoteMark(t)); };
  // A phrase ending in a preposition is no subject ("the gap in pledged seats": "pledged" is an adjective).
  if (!ok(end) || tokens[end]!.pos === 'ADP') return null;
  // "a vote that analysts said could …": a relative "that" after a noun ends the phrase; the noun after it speaks.
  // (Its cue right after the phrase only: "the weaknesses that Republicans like to cite" keeps its head.)
  // (Nor a relative clause's own verb read as a noun after a name: "The charity that Ana Ruiz chairs said".)
  const speechNext = tokens[end + 1]?.pos === 'VERB' && tokens[end + 2]?.normal !== 'to' && !(tokens[end]!.pos === 'NOUN' && tokens[end - 1]?.pos === 'PROPN');
  const relativeThat = (k: number) => speechNext && tokens[k]!.normal === 'that' && (tokens[k]!.pos === 'PRON' || (tokens[k]!.pos === 'DET' && /s$/.test(tokens[k + 1]!.normal) && tokens[k + 1]!.pos === 'NOUN')) && k < end && k > lo && tokens[k - 1]!.pos === 'NOUN';
  // ("…, a claim the agency dismissed as “…”", "missed a launch date the studio now says was …": a noun in small letters
  // right before an article heads a relative clause without "that"; the clause's subject, from the article on, speaks.
  // "half the staff" and "last week the board" stay one phrase.)
  const contactRelative = (k: number) => k < end && ARTICLES.has(tokens[k + 1]!.normal) && tokens[k]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k]!.text) && !ARTICLE_QUANTITIES.has(tokens[k]!.normal) && !isShareWord(tokens[k]!.normal) && !isTimeWord(tokens[k]!.normal);
  // ("in what its studio described as …": "what" opens a clause whose subject follows it; it is no word of the speaker.)
  while (s - 1 >= lo && ok(s - 1) && !relativeThat(s - 1) && !thatAfterHearer(tokens, s - 1, lo) && tokens[s - 1]!.normal !== 'what' && !contactRelative(s - 1)) s--;
  // "Residents Against the Incinerator said", "the Stop the Bypass Campaign said": a civic group's name runs back
  // past its "Against" or its call to act (civic-body-names.ts).
  const civic = civicBodyStart(tokens, end, lo);
  if (civic >= 0 && civic < s) s = civic;
  // A pronoun ends the phrase on its own ("he", "she"), unless it is the object of a preposition in a
  // description: "a friend close to her", "an aide to him".
  const objectOfDescription = end - 2 >= s && tokens[end - 1]!.pos === 'ADP' && /^(him|her|them)$/.test(tokens[end]!.normal);
  if (tokens[end]!.pos === 'PRON' && !objectOfDescription) return classify(tokens, end, end + 1);
  // Trim a leading preposition chain that belongs to the previous clause.
  const trimmed = s;
  // (A possessive opening the phrase is its determiner: "…, her friend said" is said by "her friend".)
  while (s < end && (tokens[s]!.pos === 'ADP' || (tokens[s]!.pos === 'PRON' && !possessiveOpening(tokens, s, trimmed, end)) || tokens[s]!.pos === 'PART')) s++;
  // … with the time it governs: "for years critics said" → "critics".
  if (s > trimmed) {
    let k = s;
    while (k < end && (tokens[k]!.pos === 'NUM' || /^(many|several|some|the|a|few|past|last)$/.test(tokens[k]!.normal))) k++;
    if (k < end && (DURATION_WORD.test(tokens[k]!.normal) || isTimeWord(tokens[k]!.normal))) s = k + 1;
  }
  if (opensWithFrontedPhrase(tokens, trimmed, lo)) {
    s = lastArticlePhrase(tokens, s, end);
    // The day of an opening "On Tuesday" is no part of the name after it: "On Tuesday Ana Ruiz said".
    if (s < end && isDayWord(tokens[s]!.normal) && isCap(tokens[s + 1]!)) s++;
  }
  // "… known only as Agent K. Officers said": an initial before a plural noun for people ends the sentence
  // before it (no name goes on with "Officers"; "Michael J. Fox", "J. Edgar Hoover" go on with names).
  if (end > s && initialBeforePeopleNoun(tokens, end)) s = end;
  return withNicknameBefore(tokens, s, lo, classify(tokens, s, end + 1));
}

/**
 * "Crowds marched down Elm Street chanting …", "Students gathered outside the ministry singing …": the
 * place after a verb of moving or gathering is where the subject went; a participle cue ("chanting")
 * takes the clause's subject. Null when the phrase before the cue is no such place.
 */
function subjectBeforeMotionPlace(tokens: Token[], cue: number, place: SpeakerPhrase, lo: number): SpeakerPhrase | null {
  if (!/ing$/.test(tokens[cue]!.normal) || tokens[cue]!.pos !== 'VERB') return null;
  const lex = cueLexicon();
  let k = tokenAt(tokens, place.phraseStart ?? place.start, cue) - 1;
  while (k > lo && tokens[k]!.pos === 'DET') k--;
  if (k <= lo || !lex.motionPrepositions.has(tokens[k]!.text.toLowerCase())) return null;
  const verb = k - 1;
  if (tokens[verb]!.pos !== 'VERB' || !lex.motionVerbs.has(tokens[verb]!.lemma) || /ing$/.test(tokens[verb]!.normal)) return null;
  return phraseEndingAt(tokens, verb - 1, lo);
}

/**
 * Whether the phrase at tokens[s] opens its sentence or clause with a preposition or a participle, as a
 * phrase set before the subject does: "Under a banner …", "Standing at the lectern …". (Inside a clause,
 * "the sort of change the party warned about", the noun before the article is the head of a relative.)
 */
function opensWithFrontedPhrase(tokens: Token[], s: number, lo: number): boolean {
  // Step back over the phrases before it to the start of the clause: "Under a flag by the gate",
  // "Speaking to reporters". No verb may come between (then the phrase is an object, not a subject).
  let k = s;
  while (k > lo && k > s - MAX_OPENING_WORDS && !(tokens[k - 1]!.pos === 'PUNCT' && !isQuoteMark(tokens[k - 1]!))) k--;
  if (k > lo && !(tokens[k - 1]!.pos === 'PUNCT' && !isQuoteMark(tokens[k - 1]!))) return false;
  if (tokens.slice(k + 1, s).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  const opening = tokens.slice(k, k + 2).map((t) => t.normal);
  return tokens[k]!.pos === 'ADP' || /^\p{Lu}\p{Ll}+ing$/u.test(tokens[k]!.text) || opening.some(isTimeWord);
}

/** The most words an opening phrase runs before the subject it is not set off from by a comma. */
const MAX_OPENING_WORDS = 8;

/**
 * Where the subject starts when an opening phrase runs into it with no comma: "Standing at the lectern
 * the senator", "Under a banner at the rally the mayor". An article right after a common noun opens a
 * noun phrase of its own, so the subject starts at the last such article (a name's "the", "Alexander the
 * Great", follows a capital; "the Duke of the Realm" has a preposition before it).
 */
function lastArticlePhrase(tokens: Token[], s: number, end: number): number {
  for (let k = end - 1; k > s; k--) {
    if (!/^(the|a|an)$/.test(tokens[k]!.normal)) continue;
    const before = tokens[k - 1]!;
    if (before.pos === 'NOUN' && /^\p{Ll}/u.test(before.text)) return k;
    // A day or a place before it, the subject in small letters after: "On Monday the judge", "In Paris
    // the president" (not "Alexander the Great").
    if ((before.pos === 'NOUN' || before.pos === 'PROPN') && /^\p{Lu}/u.test(before.text) && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) return k;
  }
  return s;
}

/**
 * A surname after a nickname in quotation marks takes the given name before it: "Maria “Mia” Lane"
 * is Maria Lane (the nickname is no quote, see isNickname in nicknames.ts), not "Lane".
 */
function withNicknameBefore(tokens: Token[], s: number, lo: number, phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!phrase || phrase.kind !== 'person' || !/^\S+$/.test(phrase.name) || s - 4 < lo) return phrase;
  const close = s - 1;
  let open = close - 1;
  while (open > close - 3 && open > lo && !isQuoteMark(tokens[open]!)) open--;
  const first = tokens[open - 1];
  const nickname = tokens.slice(open + 1, close);
  if (!isQuoteMark(tokens[close]!) || !isQuoteMark(tokens[open]!) || !nickname.length || !nickname.every(isCap) || !first || first.pos !== 'PROPN' || !isCap(first)) return phrase;
  return { ...phrase, start: first.start, text: sourceText(tokens, open - 1, s + 1), name: `${first.text} ${phrase.name}` };
}

/**
 * A possessive determiner opening a noun phrase at tokens[k] (the phrase's first word): "his spokesman", "their lawyer",
 * also before a capitalised modifier ("its US distributor", "her Paris lawyer") when a common noun heads the phrase.
 */
function possessiveOpening(tokens: Token[], k: number, first: number, end = k + 1): boolean {
  if (k !== first || !POSSESSIVES.has(tokens[k]!.normal)) return false;
  const next = tokens[k + 1]?.pos ?? '';
  return /^(NOUN|ADJ)$/.test(next) || (next === 'PROPN' && end > k + 1 && tokens[end]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[end]!.text));
}

/**
 * "Ana Ruiz, during a town hall in Dover, Delaware, said": the comma at `j` closes a place's state after an
 * adverbial phrase set off by commas (opening with a preposition); the speaker comes before that phrase,
 * so the comma opening it is returned. Otherwise `j`.
 */
function beforeAdverbialPlace(tokens: Token[], j: number, i: number, lo: number): number {
  // (After `j`, one or two capitalised words: the state.)
  if (i - j - 1 < 1 || i - j - 1 > 2 || !tokens.slice(j + 1, i).every((t) => isCap(t))) return j;
  let c = j - 1;
  while (c > lo && c > j - 12 && tokens[c]!.text !== ',') c--;
  const opener = tokens[c + 1];
  if (c <= lo || tokens[c]!.text !== ',' || !opener || !(opener.pos === 'ADP' || /^\p{Ll}+ing$/u.test(opener.text)) || !isCap(tokens[j - 1]!)) return j;
  return c;
}

/** A quotation mark in its context: the apostrophe of a plural possessive ("the nurses’ children") is none. */
function quoteMarkAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  // (Nor a nickname's marks inside a name: "Thomas “Tommy” Reyes".)
  if (!isQuoteMark(t) || nicknameInName(tokens, k)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // (… also inside a body's capitalised name, before its kind word: "Supporters' Trust", "Teachers' Union"; not
  // a name's possessive before a person, "Reuters' Ana Ruiz".)
  const pluralPossessive = /^[’']$/.test(t.text) && !!prev && prev.end === t.start && /s$/i.test(prev.text) && (!next || (next.start > t.end && (/^\p{Ll}/u.test(next.text) || bodyWordAfterPossessive(prev, next) || possessiveInOfBodyName(tokens, k))));
  return !pluralPossessive;
}

/** Participles of speaking that open an apposition and that the tagger may read as nouns: "briefing reporters", "speaking privately". */
const SPEAKING_PARTICIPLES: ReadonlySet<string> = new Set(['briefing', 'speaking', 'talking', 'testifying', 'commenting', 'responding', 'addressing', 'writing']);

/**
 * "…, drew a reply from the Harbor Trust, which runs the mill and said it was never asked": a cue after
 * "and"/"but" (tokens[conjunction]) coordinated inside a relative clause that opens with ", which"/", who"
 * shares the relative pronoun's subject — the phrase right before that comma — not the sentence's. Only
 * when no comma, colon or quotation mark stands between the pronoun and the conjunction (the clause is
 * still open). Null otherwise.
 */
export function relativeClauseAntecedent(tokens: Token[], conjunction: number, lo: number): SpeakerPhrase | null {
  // (Speech verbs only: "…, who inherit a farm and discover that …" tells a story, not what they said.)
  const cue = tokens[conjunction + 1];
  if (!cue || !cueLexicon().speech.has(cue.lemma)) return null;
  for (let k = conjunction - 1; k > lo; k--) {
    const t = tokens[k]!;
    if (/^[,;:.!?]$/.test(t.text) || isQuoteMark(t)) return null;
    if (!/^(who|which)$/.test(t.normal) || tokens[k - 1]!.text !== ',') continue;
    // The relative clause needs a verb of its own before the conjunction: "which runs the mill and said".
    if (!tokens.slice(k + 1, conjunction).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return null;
    const antecedent = subjectBefore(tokens, k - 1, lo);
    if (!antecedent || antecedent.kind === 'pronoun') return null;
    // (Not the last of two joined names: "June Mott and Carla Mott, who …" are both the subject.)
    if (/^(and|or)$/.test(tokens[tokenAt(tokens, antecedent.start, k) - 1]?.normal ?? '')) return null;
    if (!(t.normal === 'who' ? personLike(antecedent) : antecedent.kind === 'organization' || antecedent.kind === 'outlet')) return null;
    // The reported clause's own pronoun must fit the antecedent, else the main subject is meant (when in
    // doubt keep it): "praised the Trust, which feeds … and said she would …" — a body is not "she";
    // "thanked Ana Ruiz, who treated him … and said he would …" — "him" is the main subject, and so is "he".
    const pronoun = reportedPronoun(conjunction + 2);
    if (pronoun) {
      if (t.normal === 'which' && /^(he|she|i)$/.test(pronoun)) return null;
      const objectOf: Record<string, string> = { he: 'him', she: 'her', they: 'them', i: 'me', we: 'us' };
      const object = objectOf[pronoun];
      if (object && tokens.slice(k + 1, conjunction).some((w) => w.normal === object)) return null;
      const given = antecedent.kind === 'person' ? antecedent.name.split(/\s+/)[0] ?? '' : '';
      const gender = given ? genderOfFirstName(given) : 'unknown';
      if ((pronoun === 'he' && gender === 'female') || (pronoun === 'she' && gender === 'male')) return null;
    }
    return antecedent;
  }
  return null;

  /** The subject pronoun opening the reported clause after the cue ("said [that] she …"), if any. */
  function reportedPronoun(from: number): string | null {
    for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
      const w = tokens[j]!;
      if (SUBJECT_PRONOUNS.test(w.normal)) return w.normal;
      if (w.normal !== 'that') return null;
    }
    return null;
  }
}

/**
 * The body named after a possessive description ("Achebe’s broadcaster, Channel 4"): an outlet the gazetteer knows
 * stays one; a name only shaped like an outlet's ("The network, Starlight TV, announced") is the company that
 * owns the show, which reports nothing.
 */
function ownedBody(named: SpeakerPhrase): SpeakerPhrase {
  return named.kind === 'outlet' && !lookupOutlet(named.text) ? { ...named, kind: 'organization' } : named;
}

/**
 * "Mark Ellery, the veteran broadcaster,": a name opening with a given name, described by a kind of outlet that is
 * also a person's job (data/outlet-kind-words.json person_jobs) at tokens[kind], is that person's job, no body.
 */
function personsJobAfterGivenName(tokens: Token[], head: SpeakerPhrase, kind: number): boolean {
  return isOutletKindAlsoPersonJob(tokens[kind]?.text ?? '') && /\s/.test(head.name) && genderOfFirstName(head.name.split(/\s+/)[0]!) !== 'unknown';
}

/**
 * "The host of “Cold Harbour”": a description ending in "of" and a title in quotation marks (its closing mark at
 * tokens[close]), read up to "of" ("The host"), as the same words without the marks would give it. Null otherwise.
 */
function descriptionOfQuotedTitle(tokens: Token[], close: number, lo: number): SpeakerPhrase | null {
  if (!tokens[close]) return null;
  const open = quotedTitleOpen(tokens, close, lo);
  if (open <= lo + 1 || tokens[open - 1]!.normal !== 'of') return null;
  const head = phraseEndingAt(tokens, open - 2, lo);
  return head?.kind === 'anonymous' ? head : null;
}
