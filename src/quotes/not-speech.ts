import type { Paragraph, QuoteType } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { SPOKEN_RIGHT_AFTER, type TokenView } from './frame.js';
import type { Attribution } from './attribution.js';
import { isWholeParagraph } from './paragraphs.js';
import { winkInstance } from '../nlp/analyze.js';
import { labelOnAThing } from './thing-labels.js';
import { nameGivenByGroup } from './group-names.js';
import { saidByAThing, shownOnAThing } from './shown-things.js';
import { characterisedObjectBefore, dialogueInWork, foreignNameOnOffer, listedAfterTitle, looksLikeTitle, performedTitle, predicateRightBefore, prizeForTitle, titledEarlier, venueAfterOwningVerb, workInAppositionAfter } from './titled-works.js';
import { sportsSideSubject } from './game-result.js';
import { cueLexicon, isCueVerbForm } from '../lexicon/cues.js';
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { workWords } from '../lexicon/work-words.js';
import { alternatives, isRoleWord, isTitleCase, POSSESSIVES, SUBJECT_OF_POSSESSIVE, THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';
import { followsCodeNameWord, followsNicknameWord, followsOneOf, followsPerformedWorkWord, followsSelfNamingWord } from '../lexicon/naming-words.js';

// A thing named after its opener: "the plan", "another cut", "their levy".
const THING_AFTER_OPENER = new RegExp(String.raw`\b(?:the|a|an|one|another|${alternatives(THIRD_PERSON_POSSESSIVES)})\s+([\p{L}-]+)(?=(?:\s+([\p{L}-]+))?)`, 'gu');

/**
 * A noun for a set phrase or a work's lines with the quotation in apposition to it, set off by commas,
 * and the sentence going on after it: "Her catchphrase, “…,” was voted …". (One that ends its sentence,
 * "an article that included the line, “…”", may be the words of whoever the sentence reports.)
 */
function namedSetPhrase(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = SET_PHRASE_NOUN_BEFORE.exec(text.slice(Math.max(paragraph.start, span.open - 50), span.open));
  if (!before || !cueLexicon().setPhraseNouns.has(before[1]!.toLowerCase())) return false;
  const closesApposition = /,\s*$/.test(text.slice(span.start, span.end)) || text[span.close + 1] === ',';
  return closesApposition && /^,?\s+\p{Ll}/u.test(text.slice(span.close + 1, span.close + 20));
}

/**
 * The noun right before the comma that opens the apposition, maybe with a short phrase of time or purpose
 * after it: "Her catchphrase, “…”", "the club's motto for the new season, “…”".
 */
const SET_PHRASE_NOUN_BEFORE = /\b(\p{L}[\p{L}-]*)(?:\s+(?:for|of|in|on)\s+(?:the|this|that|its|their|his|her|a)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)?\s*,\s*$/u;

/**
 * A set phrase the cue's clause only mentions as the subject of the clause it reports: "He said the
 * poster's slogan, “…,” was clumsy". The cue is before the phrase, which a verb of its own follows.
 */
function setPhraseInReportedClause(span: MarkedSpan, attribution: Attribution | null): boolean {
  return !!attribution && attribution.frame.cueEnd <= span.open;
}

/**
 * The cue sits in a later clause joined to the quotation's sentence after a comma or semicolon ("Her
 * catchphrase, “…,” became a meme, and fans shouted it"): it reports that clause, not the phrase named,
 * unless its subject is the phrase's owner ("…, and she says it nightly"), who speaks the words.
 */
function cueOfLaterClause(text: string, span: MarkedSpan, attribution: Attribution, paragraph: Paragraph): boolean {
  if (attribution.frame.cueStart <= span.close) return false;
  const between = text.slice(span.close + 1, attribution.frame.cueStart);
  if (!/(?:[,;]\s+(?:and|but|yet|so|while)|;)\s/.test(between)) return false;
  return !ownerSpeaks(text, span, attribution, paragraph);
}

/** The set phrase's owner ("Her catchphrase", "Lee's motto") is the cue's speaker. */
function ownerSpeaks(text: string, span: MarkedSpan, attribution: Attribution, paragraph: Paragraph): boolean {
  const owner = /\b(\p{L}+)(?:['’]s)?\s+(?:\p{L}+\s+)?\p{L}[\p{L}-]*\s*,\s*$/u.exec(text.slice(Math.max(paragraph.start, span.open - 50), span.open))?.[1]?.toLowerCase();
  if (!owner) return false;
  const speaker = attribution.frame.speaker;
  const pronoun = SUBJECT_OF_POSSESSIVE.get(owner);
  if (pronoun) return speaker.kind === 'pronoun' && speaker.text.toLowerCase() === pronoun;
  const names = [speaker.name, attribution.person?.name ?? ''].join(' ').toLowerCase().split(/\s+/);
  return names.includes(owner);
}

/**
 * Lines a thing holds, introduced by a colon: "which runs:", "which reads:", "which goes:" (a song, a poem,
 * a text), or a sign, banner or plaque that "read(s):". No person speaks them.
 */
function readByAThing(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 40), span.open);
  // "the chorus, which runs: …" — but "a statement, which reads: …" is someone's words.
  const work = /\b(\p{L}[\p{L}-]*)\s*,?\s+(?:which|that)\s+(?:runs|ran|reads|read|goes|went)\s*:\s*$/iu.exec(before);
  if (work) return cueLexicon().sungWorkNouns.has(work[1]!.toLowerCase()) || cueLexicon().inscriptionNouns.has(work[1]!.toLowerCase());
  const thing = /\b(\p{L}[\p{L}-]*)\s+(?:read|reads)\s*:\s*$/u.exec(before);
  return (!!thing && cueLexicon().inscriptionNouns.has(thing[1]!.toLowerCase())) || carriedByAThing(text, span, paragraph);
}

/**
 * Words a sign, banner or shirt carries, with or without a colon: "marched with placards reading “…”", "a
 * banner that read “…”", "the placard taped to the window of the bakery read only: “…”". After "reading" or a
 * relative "that/which read", the thing is within three words before; a finite "read" may come after a
 * longer subject, "the sign … read", in the same sentence. (Not before a comma: "shared a photo under a
 * caption that reads, “…”" gives the words of whoever wrote it.)
 */
function carriedByAThing(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return carriedAt(text, span.open, paragraph) || translationOfCarried(text, span.open, paragraph) || (listedAfterCarried(text, span.open, paragraph) && !soundsSpoken(text, span));
}

/**
 * Words that end on a comma inside their marks ("“we mean every word,” Okoro said") run on into the
 * sentence that attributes them: a speaker's words after a slogan, not one more slogan in the list.
 */
function soundsSpoken(text: string, span: MarkedSpan): boolean {
  return /,\s*$/.test(text.slice(span.start, span.end));
}

/**
 * A second or later slogan in a list after words a thing carries: "signs reading “Let Us Play” and
 * “Fund the Team”", "… “No”, “Never” or “Not Here”". Each is on the signs, no one's quote.
 */
function listedAfterCarried(text: string, open: number, paragraph: Paragraph): boolean {
  for (let at = open, k = 0; k < 4; k++) {
    const joint = /([”"])\s*(?:,\s*)?(?:(?:and|or)\s+)?$/u.exec(text.slice(Math.max(paragraph.start, at - 8), at));
    if (!joint || !/(?:,|and|or)\s*$/u.test(joint[0])) return false;
    const close = at - joint[0].length;
    const previousOpen = text.lastIndexOf(joint[1] === '”' ? '“' : '"', close - 1);
    if (previousOpen <= paragraph.start || close - previousOpen > 120) return false;
    if (carriedAt(text, previousOpen, paragraph)) return true;
    at = previousOpen;
  }
  return false;
}

/**
 * The words right after a dash that follows the words a thing carries, "reads “Casa nostra” — “Our
 * home,”": their translation or gloss, carried by the same thing.
 */
function translationOfCarried(text: string, open: number, paragraph: Paragraph): boolean {
  const dash = /([”"])\s*[—–]\s*$/u.exec(text.slice(Math.max(paragraph.start, open - 6), open));
  if (!dash) return false;
  const close = open - dash[0].length;
  const previousOpen = Math.max(text.lastIndexOf(dash[1] === '”' ? '“' : '"', close - 1), paragraph.start);
  return previousOpen > paragraph.start && close - previousOpen < 200 && carriedAt(text, previousOpen, paragraph);
}

function carriedAt(text: string, open: number, paragraph: Paragraph): boolean {
  const window = text.slice(Math.max(paragraph.start, open - 120), open);
  const sentence = window.slice(Math.max(0, ...[...window.matchAll(/[.!?][”"’]?\s+(?=\p{Lu})/gu)].map((m) => m.index! + m[0].length)));
  // (… or a participle of saying right after the thing: "signs warning of “…”", "a banner saying “…”".)
  const reads = /\b(reading|(?:that|which)\s+(?:read|reads)|read|reads|warning(?:\s+of|\s+against)?|saying|proclaiming|declaring)(?:\s+(?:simply|only|just|in part))?\s*:?\s*$/u.exec(sentence);
  if (!reads) return false;
  const nouns = cueLexicon().inscriptionNouns;
  const subject = sentence.slice(0, reads.index).toLowerCase();
  if (/^(?:warning|saying|proclaiming|declaring)/.test(reads[1]!)) return nouns.has(/([\p{L}-]+)\s*$/u.exec(subject)?.[1] ?? '');
  if (/^(?:reading|that|which)/.test(reads[1]!)) {
    return (/([\p{L}-]+)(?:\s+[\p{L}-]+){0,2}\s*,?\s*$/u.exec(subject)?.[0] ?? '').split(/[\s,]+/).some((w) => nouns.has(w));
  }
  // A finite "read": its subject is a thing with a determiner, "the sign …", "one banner …", heading the
  // clause right before the verb: after the last comma, its first noun phrase that is no preposition's
  // object ("Beneath a banner, the mayor read: …" and "Under a banner at the rally the mayor read: …" are
  // the mayor's reading).
  // (… or before the first comma when nothing stands after the last one: "The banner, hung by fans, reads …".)
  const afterComma = subject.slice(subject.lastIndexOf(',') + 1);
  const clause = afterComma.trim() ? afterComma : subject.slice(0, subject.indexOf(','));
  const thing = clauseSubject(clause);
  if (!thing || !(nouns.has(thing[1]!) || nouns.has(thing[2] ?? '') || nouns.has(possessedHead(clause, thing)))) return false;
  return !/\b(?:said|says|told|asked)\b/.test(clause.slice(thing.index));
}

/**
 * The noun a possessive subject owns, right before the verb: "the truck's side screens" → "screens" (the
 * first noun phrase found is "the truck"). Empty when the subject has no possessive.
 */
function possessedHead(clause: string, thing: RegExpExecArray): string {
  return /^\S+\s+[\p{L}-]+['’]s\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s*$/u.exec(clause.slice(thing.index))?.[1] ?? '';
}

/**
 * The first noun phrase with a determiner in a clause that is not the object of a preposition (its second
 * word is looked at, not taken, so that "in the square the banner" still finds "the banner").
 */
function clauseSubject(clause: string): RegExpExecArray | null {
  const prepositions = cueLexicon().objectPrepositions;
  for (const phrase of clause.matchAll(THING_AFTER_OPENER)) {
    const wordBefore = /([\p{L}-]+)\s+$/u.exec(clause.slice(0, phrase.index))?.[1];
    if (!wordBefore || !prepositions.has(wordBefore)) return phrase as RegExpExecArray;
  }
  return null;
}

/**
 * A song or poem named after a relative clause on its kind noun, set off by a comma: "the lullaby her
 * character sings in the final reel, “…”", "the hymn that they sang at the funeral, “…”". The words are the
 * work's title (or its own words), not the speech of anyone the sentence names.
 */
function namedAfterPerformance(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = PERFORMED_WORK_BEFORE.exec(text.slice(Math.max(paragraph.start, span.open - 100), span.open));
  // The kind noun is one of the few words before the verb: "the lullaby her character sings".
  return !!before && before[1]!.toLowerCase().split(/\s+/).some((w) => cueLexicon().sungWorkNouns.has(w));
}

/** Up to five words, a verb of performing a work, up to five words more, then a comma. */
const PERFORMED_WORK_BEFORE = /(?:^|\s)((?:[\p{L}'’-]+\s+){1,5})(?:sings|sang|sung|singing|sing|hums|hummed|humming|hum|recites|recited|reciting|recite|performs|performed|performing|perform|whistles|whistled)(?:\s+[\p{L}'’-]+){0,5}\s*,\s*$/u;

/** A preposition that takes a name of a work or place right before a quotation mark: "a fan of “Tides”". */
const AFTER_PREPOSITION = /\b(?:of|on|in|from|at|for)\s+$/i;

/** "known within/inside/in … as" right before the opening mark, not opening the sentence ("Known inside the ministry as “…”,"). */
const KNOWN_IN_GROUP_BEFORE = /\b([Kk])nown\s+(?:in|inside|within)\s+(?:[\p{L}'’-]+\s+){1,3}as\s*$/u;

/**
 * "The district is known within the police as “…,” Chief Lasko said.": a label a group uses, relayed by a
 * speaker's cue after it in its sentence, is that speaker's words. (Not a fronted "Known inside the ministry
 * as “…,” Moore said …": there the label describes the subject whose cue follows.)
 */
function knownAmongRelayed(text: string, span: MarkedSpan, attribution: Attribution | null, paragraph: Paragraph): boolean {
  if (!attribution?.frame.cue || attribution.frame.cueStart < span.close || !hasOwnCue(text, span, attribution)) return false;
  const m = KNOWN_IN_GROUP_BEFORE.exec(text.slice(Math.max(paragraph.start, span.open - 60), span.open));
  // (A capital "Known" opens its sentence: the fronted participle phrase.)
  return !!m && m[1] === 'k';
}

/** Reject what is not speech: scare quotes, nicknames and titles (few words, no speaker). */
export function keep(text: string, span: MarkedSpan, type: QuoteType, attribution: Attribution | null, paragraph: Paragraph, endsPhrase = false): boolean {
  const quoted = text.slice(span.start, span.end);
  const words = quoted.split(/\s+/).filter(Boolean);
  // (With a cue of its own the word is the speaker's, used or refused: "slammed the term “…”".)
  // (… but not a cue in another clause: "a clip was posted online, and the phrase “…” was trending".)
  // (… unless the named word heads the clause the cue reports: "said the word “…” in the text was …".)
  if (type === 'partial' && words.length <= 4 && !(hasOwnCue(text, span, attribution) && cueInOwnClause(text, span, attribution!) && !headsReportedClause(text, span)) && isMentionedWord(text, span, paragraph)) return false;
  // (With a cue of its own the name is the speaker's label: "claimed victory in the so-called “…”" — the
  // cue before it in its own clause, not one past a comma: "…, as a bill on so-called “…” gained backers".)
  // (Asked once for both label checks below, and only when one gets that far.)
  let cueBefore: boolean | undefined;
  const ownCueBefore = () => (cueBefore ??= hasOwnCue(text, span, attribution) && cueBeforeInClause(text, span, attribution!));
  if (type === 'partial' && words.length <= 4 && !ownCueBefore() && !knownAmongRelayed(text, span, attribution, paragraph) && followsNicknameWord(text, span, paragraph)) return false;
  // … and, whatever the cue, a labelled term that modifies a noun after it: "criticized the so-called “natural” labeling".
  if (type === 'partial' && words.length <= 4 && labelledTermBeforeNoun(text, span, paragraph)) return false;
  // … or the subject of a clause, a verb after it: "said the so-called “glut” could also be seasonal".
  if (type === 'partial' && words.length <= 4 && labelledTermBeforeVerb(text, span, paragraph)) return false;
  // … and a longer description something gives itself: "which calls itself “the bakery that never closes,”".
  if (type === 'partial' && words.length <= 10 && !ownCueBefore() && followsSelfNamingWord(text, span, paragraph)) return false;
  // … and a name a group of people gives, however long: "residents call the square “…”", "was called “…” by locals".
  if (type === 'partial' && words.length <= 10 && nameGivenByGroup(text, span, paragraph, attribution)) return false;
  // A code name is a project's, whatever cue the sentence has: "said the cuts fell on a shooter code-named “Lantern,”".
  if (words.length <= 4 && followsCodeNameWord(text, span, paragraph)) return false;
  // A set phrase named by the noun before it, "Her catchphrase, “…,” was voted …", with no cue of its own.
  // (A cue in a later clause of its own is that clause's: "…,” became a meme, and fans shouted it.)
  // (… nor one the cue's reported clause opens with: "said the poster's slogan, “…,” was clumsy".)
  if ((!hasOwnCue(text, span, attribution) || cueOfLaterClause(text, span, attribution!, paragraph) || setPhraseInReportedClause(span, attribution)) && namedSetPhrase(text, span, paragraph)) return false;
  // A short term naming the topic of a debate, with no cue in its sentence: "revived the debate over ‘carbon plates’".
  if (type === 'partial' && words.length <= 3 && !attribution?.frame.cue && topicOfDebate(text, span, paragraph)) return false;
  // Words a thing carries: "the chorus, which runs: “…”", "the sign read: “…”".
  if (readByAThing(text, span, paragraph)) return false;
  // … or shown on a thing the clause before the colon names: "posted a photo of a sign: “…”".
  if (shownOnAThing(text, span, attribution, paragraph)) return false;
  // … or a thing as the speaker: "“…,” the sign said".
  if (saidByAThing(attribution)) return false;
  // … or a label on a thing: "a folder labeled “…”", "a crate marked “…”".
  if (labelOnAThing(text, span, paragraph)) return false;
  // A song named after what is done with it: "the lullaby her character sings in the final reel, “…”".
  if (words.length <= 6 && namedAfterPerformance(text, span, paragraph)) return false;
  // A stage direction in a transcript: “(CROSSTALK.)”, “(Applause)”.
  if (/^\s*\([^()]{1,40}\)[.!]?\s*$/.test(quoted) && words.length <= 3) return false;
  // A short noun phrase quoted as the complement of "is", ending its sentence with no cue in it, is a label
  // the writer gives ("Tam is “the Boss.”"), not words spoken ("The problem is “a lack of trust,” she said" has its cue).
  if (type === 'partial' && words.length <= 4 && !attribution?.frame.cue && /^(?:the|a|an)$/i.test(words[0] ?? '') && /[.]$/.test(quoted.trim()) && /\b(?:is|was|are|were)\s+$/.test(text.slice(Math.max(paragraph.start, span.open - 6), span.open))) return false;
  if (span.single && words.length < 4 && !attribution) return false;
  if (!attribution && words.length <= 4) return false;
  if (type === 'partial' && words.length <= 2 && !attribution) return false;
  // Titles of works (TV shows, songs, films): short, every word capitalised. A title can sit in a
  // sentence with a cue ("he is a fan of “Harbour Bake-Off Nights”"), so the cue doesn't save it.
  const titleCase = isTitleCase(words);
  // A title keeps the comma American style puts inside the marks (“Fox News Sunday,”).
  // A pronoun that resolves to nobody does not make a title speech ("She rose to fame on “American Idol.”").
  const unattributed = !attribution || (attribution.pronoun && attribution.person === null);
  // … but an answer broken off by its frame is speech: “No,” she said. / “Absolutely!” said Lee.
  const answer = !!attribution && type === 'direct' && words.length <= 3 && /[,!?]$/.test(quoted) && SPOKEN_RIGHT_AFTER.test(text.slice(span.close + 1, span.close + 40));
  if (titleCase && words.length <= 8 && !answer && (unattributed || unspokenTitlePartial(text, span, quoted, words, type, attribution!, paragraph))) return false;
  // A song or piece that was played or hummed, whatever cue the sentence has: "played a few bars of “…”".
  // (Not a result a person's cue claims right past the comma: "The side played “Not Our Best Game,” coach
  // Ana Ruiz said" — "played" is then how the game went, unless a work's noun names it: "played the single …".)
  if (titleCase && words.length <= 8 && !/[!?]$/.test(quoted) && followsPerformedWorkWord(text, span, paragraph) && !playedResultClaimed(text, span, quoted, attribution, paragraph)) return false;
  // One capitalised word after a preposition, with no cue of its own, names a work or a place, not words
  // spoken: "Drew Lanno, a fan of “Tides,” said …", "a job on “Today.”" (not "called the plan “Absurd,”").
  if (titleCase && type === 'partial' && words.length === 1 && attribution && !attribution.frame.cue && AFTER_PREPOSITION.test(text.slice(Math.max(0, span.open - 6), span.open))) return false;
  // A title after someone's part in it: "after their collaboration on “Salt Roads.”", "her role in “Tidewater,”".
  if (titleCase && words.length <= 6 && !/[!?]$/.test(quoted) && followsWorkInvolvement(text, span, paragraph)) return false;
  // A title picked out of a list the sentence counts: "the rights to 12 songs, “Glass River” among them",
  // "tracks such as “Glass River”" — an example named, no words spoken.
  // (Only a list of works: "chanted several slogans, “No More Cuts” among them" are words spoken.)
  // (A title in another language keeps its small words in lower case: “Noche de Luz”.)
  const titleLike = titleCase || looksLikeTitle(words);
  if (titleLike && words.length <= 8 && !/[!?]$/.test(quoted) && (/^[,]?\s*(?:among them|included|too)\b/.test(text.slice(span.close + 1, span.close + 20)) || /\bsuch as\s*$/.test(text.slice(Math.max(paragraph.start, span.open - 10), span.open))) && countedWorksBefore(text, span.open, paragraph.start)) return false;
  // A work named by what was done with it, whatever cue the sentence has: "won best new album for “…”", "covered
  // “…” at the encore"; or in a list after such a title ("hits such as “…” and “…”"); or a title the article
  // gave these words earlier ("won … for “Salt Line,”" then "sang “Salt Line” together").
  // (A recurring title is only repeated words when no speaker frames it: "“Salt Line,” Judge Ana Ruiz said" and
  // "said her answer was simple: “Salt Line.”" are someone speaking them.)
  if (looksLikeTitle(words) && !invertedCueAfter(text, span) && !playedResultClaimed(text, span, quoted, attribution, paragraph) && (titleIntroducedAt(text, span.open, paragraph.start) || listedAfterIntroducedTitle(text, span, paragraph) || repeatedTitleNobodySpeaks(text, span, quoted, attribution))) return false;
  // … or one the kind of work follows in apposition: "for “Mar de Fondo,” a record of boleros she made at home".
  // (Two words or more: one quoted word the entity stage would then read as a film's title.)
  if (looksLikeTitle(words) && words.length >= 2 && words.length <= 8 && !/[!?]$/.test(quoted) && workInAppositionAfter(text, span)) return false;
  // A place's name after a verb of running it: "who opened “Brasa” in 2021, told The Times …". (Short and
  // with no comma inside, and not handed to a person's cue right past its comma: "closed “Every Loophole,”
  // Senator Ana Vale said" are her words.)
  if (type === 'partial' && words.length <= 4 && !/[!?]$/.test(quoted) && looksLikeTitle(words) && !handedRightPastComma(text, span, quoted, attribution) && !/,./.test(quoted.trim()) && venueAfterOwningVerb(text, span.open, span.close, paragraph.start)) return false;
  // A dish or thing named in another language: "the famous “canard au sang” at …", "its “pasta alla norma”".
  if (type === 'partial' && foreignNameOnOffer(text, span, paragraph.start)) return false;
  // A character's line in a show or film, whoever talks about it after: "In “Harbor Lights,” Nora Vance tells
  // him “…”" (recap dialogue is no quote in the sets: the characters speak, not anyone in the news).
  if (dialogueInWork(text, span.open, paragraph.start)) return false;
  // A chant of unnamed fans: "as about 2,000 fans chanted “…” from the stands" (no gold keeps one; a named
  // group's chant stays, as PolNeAR and its "Andrean High School fans also chanted" have it).
  if (unnamedFansChant(text, attribution, paragraph)) return false;
  // A title before its credits: “Steel Horizon,” starring …, is due in May.
  if (titleCase && words.length <= 8 && !/[!?]$/.test(quoted) && creditsAfter(text, span)) return false;
  // A headline cited with its byline: “Fares to rise in spring,” by the Tribune’s Lena Okafor — a title, not words spoken.
  if (!/[!?]$/.test(quoted) && bylineAfter(text, span)) return false;
  // A short title-case quotation standing as a paragraph of its own is a section heading, whoever spoke before it.
  if (titleCase && words.length <= 8 && isWholeParagraph(text, span, paragraph)) return false;
  // A title that opens its sentence as the subject of a verb: “Harbor Lights” opens in May.
  if (titleCase && words.length >= 2 && words.length <= 8 && titleAsSubject(text, span, paragraph)) return false;
  // Named right after the kind of work it is: the documentary “13th,” / his memoir, “A Long Road,”.
  // (Not before a cue verb and its speaker: "Of the album, “Sheer Delight,” gushed one critic.")
  if (words.length <= 8 && /^[\p{Lu}\d]/u.test(words[0] ?? "") && WORK_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 14), span.open)) && !invertedCueAfter(text, span)) return false;
  // … or in apposition to such a work, between commas, a verb going on: "the closing number, “Hold the Door,” was cut".
  if (titleCase && words.length <= 8 && !/[!?]$/.test(quoted) && titleInApposition(text, span, paragraph)) return false;
  // A nickname in apposition after a person's name: "Kyle Benson — “the Bulldozer” to fans — is back".
  if (words.length <= 4 && !/[!?]$/.test(quoted) && nicknameInApposition(text, span, paragraph)) return false;
  // … or after "hit" as a noun, a determiner before it: the fantasy role-playing hit “Skyreach,”, her summer hit “…”.
  // (Title case only: "Of the surprise hit, “We never saw it coming,” Okafor said" is speech.)
  if (titleCase && words.length <= 8 && HIT_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 60), span.open))) return false;
  // A name the article gave earlier, repeated in quotation marks: "remained committed to “Lantern”" after "code-named “Lantern”".
  if (words.length === 1 && namedEarlier(text, span)) return false;
  // … or right before a role in it: “Broad City” star Ana Ruiz, her “mother!” co-star. (Not “We won,” host
  // Ana Ruiz said: a quotation ends in a comma or full stop there.)
  // Nor an exclamation a speech verb follows: “Welcome back!” host Ana Ruiz told the crowd, “Lock her up!” fans chanted.
  const after = text.slice(span.close + 1, span.close + 60);
  if (words.length <= 8 && (titleCase || words.length <= 4) && !/[,.;:]$/.test(quoted) && WORK_AFTER.test(after) && !(/[!?]$/.test(quoted) && SPEECH_AFTER_ROLE.test(after))) return false;
  // A programme someone spoke on or hosts, with the full stop American style puts inside the marks: said
  // on “Meet the Press.”, the host of “Late Night.” (Not a chant or slogan: "chants of “Bobby!”", "ran on “Jobs First.”")
  if (titleCase && words.length <= 6 && !/[!?]$/.test(quoted) && PROGRAMME_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 50), span.open))) return false;
  // … or told: "“…,” Vance told “Morning Desk.”", "Vance told “Morning Desk,” adding …". Not words someone was
  // told ("she was told “No Way.”"), nor a slogan ending a sentence with no quotation before the frame.
  if (titleCase && words.length <= 6 && !/[!?]$/.test(quoted) && programmeTold(text, span, paragraph)) return false;
  // A quoted term used as a modifier: the “mother!” star, ABC’s “Live”.
  // ("he’s “excited”" is a contraction of "is", not a possessive.)
  const before = text.slice(Math.max(0, span.open - 8), span.open);
  // (A name someone gives is speech: "what he called the “secret ledger”", "called it Reed’s “folly.”";
  // not the name a thing goes by: "a group called the “…”".)
  const named = !!attribution && (attribution.person !== null || attribution.pronoun) && NAMED_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 40), span.open));
  // (Words someone used that end their noun phrase are theirs: "the plan appeals to the “worst instincts” of
  // voters", "Lee’s “only experience”".)
  const attributed = !!attribution && !(attribution.pronoun && attribution.person === null);
  const ownWords = endsPhrase && attributed && !namesThing(text, span, paragraph);
  if (type === 'partial' && words.length <= 4 && !named && !ownWords && /(?:\bthe|’s|'s)\s*$/i.test(before) && !/\b(?:he|she|it|that|there|what|who|here|where|this)['’]s\s*$/i.test(before)) return false;
  return true;
}

/** Words before "fans" that do not name the fans' team or group. */
const UNNAMING_BEFORE_FANS = /^(?:the|some|about|around|nearly|many|most|several|thousands|hundreds|dozens|home|away|their|his|her|its|of|more|than|over|as|and|while|when|[\d,]+)$/i;

/** A chant whose chanters are just "fans", maybe counted: "about 2,000 fans chanted", not "Lions fans chanted". */
function unnamedFansChant(text: string, attribution: Attribution | null, paragraph: Paragraph): boolean {
  if (!attribution || !/^chant/i.test(attribution.frame.cue) || attribution.person) return false;
  const from = Math.max(paragraph.start, attribution.frame.cueStart - 40);
  const before = text.slice(from, attribution.frame.cueStart);
  const m = /(?:^|[\s,;—–(])(?:(\S+)\s+)?fans\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?$/iu.exec(before);
  if (!m) return false;
  if (!m[1] || !/^\p{Lu}/u.test(m[1]) || UNNAMING_BEFORE_FANS.test(m[1])) return true;
  // A capital only because the sentence opens with it: "Angry fans chanted" describes the fans, as "angry
  // fans" would; "Lions fans chanted" names them.
  const ahead = text.slice(paragraph.start, from + m.index + m[0].indexOf(m[1]));
  return /(?:^|[.!?]["”’)]?\s)\s*$/.test(ahead) && describingWord(m[1].toLowerCase());
}

/** A word the tagger reads, before "fans", as describing them: an adjective ("angry", "local") or a participle ("travelling"). */
function describingWord(word: string): boolean {
  const nlp = winkInstance();
  const first = nlp.readDoc(`${word} fans chanted.`).tokens().itemAt(0);
  const pos = first.out(nlp.its.pos) as string;
  return pos === 'ADJ' || (pos === 'VERB' && /ing$/.test(word));
}

/**
 * A title-case phrase of two words or more, quoted in part of a sentence whose cue does not hand it to a
 * person as their words: "a fan of “Harbour Nights Live”, she said" names a work. (A last word ending in
 * ".", "!" or "?" closes a sentence someone spoke; "“Standing Firm,” his spokesman said" is his.)
 */
function unspokenTitlePartial(text: string, span: MarkedSpan, quoted: string, words: string[], type: QuoteType, attribution: Attribution, paragraph: Paragraph): boolean {
  // (A judgement of an object a verb of calling takes is someone's words: "Ryder called the plan “Deeply Flawed,”".)
  return type === 'partial' && words.length >= 2 && !/[.!?]$/.test(words[words.length - 1]!) && !spokenPhraseHandedToPerson(text, span, quoted, attribution, paragraph) && !characterisedObjectBefore(text, span.open, paragraph.start);
}

/** A later title in a list after one the sentence introduces as a work: "hits such as “…” and “…”". */
function listedAfterIntroducedTitle(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return listedAfterTitle(text, span, paragraph, (open) => titleIntroducedAt(text, open, paragraph.start) && looksLikeTitle(quotedAt(text, open)));
}

/**
 * A title the article introduced earlier ("won … for “Salt Line,”"), repeated with no speaker framing it
 * ("sang “Salt Line” together"): the work again, not words spoken.
 */
function repeatedTitleNobodySpeaks(text: string, span: MarkedSpan, quoted: string, attribution: Attribution | null): boolean {
  return !spokenBySpeaker(text, span, quoted, attribution) && titledEarlier(text, span, (open) => titleIntroducedAt(text, open, 0));
}

/**
 * A speaker's cue frames the quotation as words spoken: right after it, only the speaker's phrase between
 * ("“…,” Judge Ana Ruiz said", "“…,” she said, “…”", "“…,” the coach told the team"), or before it in a
 * clause the quotation completes after a colon ("said her answer was simple: “…”").
 */
// (Why two predicates and not one: this one only lifts the "title named earlier" drop, so it is broad —
// any speaker phrase of up to 50 characters, commas allowed, or a colon clause before; the one below lifts
// the drop of every title-case partial, so it is narrow — a person right past the quotation's own comma, a
// cue that closes its clause, and no word before that introduces a title. Merged, either the broad bound
// would keep work titles or the narrow one would lose repeated titles spoken.)
function spokenBySpeaker(text: string, span: MarkedSpan, quoted: string, attribution: Attribution | null): boolean {
  const frame = attribution?.frame;
  if (!frame?.cue || (attribution!.person === null && !attribution!.pronoun)) return false;
  if (frame.cueStart > span.close) {
    const between = text.slice(span.close + 1, frame.cueStart);
    return (/,$/.test(quoted.trim()) || between.startsWith(',')) && /^,?\s+[^.!?;:“”"]{0,50}$/u.test(between);
  }
  return frame.cueEnd <= span.open && /:\s*$/.test(text.slice(frame.cueEnd, span.open)) && !/[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(frame.cueEnd, span.open)) && /[.!?]$/.test(quoted.trim());
}

/**
 * A capitalised phrase handed, right past its comma, to a person who then speaks: "won praise for “Standing
 * Firm,” his spokesman said", "played “Not Our Best Game,” coach Ivan Petrov said". The person's words, unless
 * the sentence introduces them as a work's title ("the album “…,” its manager said", "a prize for “…,”").
 */
function spokenPhraseHandedToPerson(text: string, span: MarkedSpan, quoted: string, attribution: Attribution, paragraph: Paragraph): boolean {
  const frame = attribution.frame;
  if (!frame.cue || frame.cueStart <= span.close || !/,$/.test(quoted.trim())) return false;
  // The cue closes its clause, so the quotation is what was said: not "On “…,” Lee told host Ann Cole that …".
  // (An adverbial may close it instead when the quotation is a claim — a predicate, "Talks were “…,” Brandt said
  // at a briefing", or a side's result, "The side played “…,” coach Ana Ruiz said after the loss" — not when it
  // is the object of watching or voting: "Viewers voted for “…,” host Dee Lark said on Saturday".)
  const afterCue = text.slice(frame.cueEnd, frame.cueEnd + 24);
  if (!CUE_CLOSES_CLAUSE.test(afterCue) && !(ADVERBIAL_AFTER_CUE.test(afterCue) && claimBeforeMarks(text, span, paragraph))) return false;
  // The speaker's phrase alone between the comma and the cue: "…,” his spokesman said", a person or a
  // person's role ("his spokesman", not "the ministry").
  const speaker = text.slice(span.close + 1, frame.cueStart);
  if (!/^\s+[^.!?;:,“”"()]{1,50}\s$/u.test(speaker)) return false;
  if (attribution.person === null && !speaker.trim().split(/\s+/).some((w) => isPersonNounOrSingular(w.toLowerCase()))) return false;
  const before = text.slice(Math.max(paragraph.start, span.open - 60), span.open);
  return !TITLE_NAMING_BEFORE.test(before) && !WORK_BEFORE.test(before.slice(-14)) && !HIT_BEFORE.test(before) && !sungWorkRightBefore(before) && !prizeForTitle(text, span.open, paragraph.start);
}

/** A song's kind noun right before the marks, maybe with a comma: "played the anthem “…”", "their hymn, “…”". */
function sungWorkRightBefore(before: string): boolean {
  const noun = /(\p{L}+)\s*,?\s*$/u.exec(before)?.[1]?.toLowerCase();
  return !!noun && cueLexicon().sungWorkNouns.has(noun);
}

/** Right after a cue: its clause ends, maybe after the press it was told to ("told reporters."). */
const CUE_CLOSES_CLAUSE = /^(?:\s+(?:reporters|journalists|the press|the media))?\s*(?:[.;]|,\s|$)/u;

/** Right after a cue, an adverbial of time or occasion that may close its clause ("said after the loss", "said on Sunday"). */
const ADVERBIAL_AFTER_CUE = /^\s+(?:after|before|during|following|on|at|in|later|afterwards|afterward|yesterday|today|tonight|earlier)\b/u;

/** The quotation is a claim: a predicate after "was"/"called it"/"as", or a sports side's result ("The side turned in “…”"). */
function claimBeforeMarks(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return predicateRightBefore(text, span.open, paragraph.start) || sportsSideSubject(text, span.open, span.close, paragraph.start);
}

/** A quotation ending in a comma that a person's cue takes right past it: "opened “…,” Ana Vale said". */
function handedRightPastComma(text: string, span: MarkedSpan, quoted: string, attribution: Attribution | null): boolean {
  const frame = attribution?.frame;
  if (!frame?.cue || frame.cueStart <= span.close || !/,$/.test(quoted.trim())) return false;
  return /^\s+[^.!?;:,“”"()]{1,50}\s$/u.test(text.slice(span.close + 1, frame.cueStart));
}

/**
 * "played" right before the marks, a sports side its subject, the phrase handed to a person's cue right past
 * its comma: "The side played “Not Our Best Game,” coach Ana Ruiz said". How a game went, in the coach's
 * words; a band's "played “…,” its singer said" names a piece. (Only the bare
 * verb: "a cover of", "hummed" and "played a few bars of" name a piece whoever speaks.)
 */
function playedResultClaimed(text: string, span: MarkedSpan, quoted: string, attribution: Attribution | null, paragraph: Paragraph): boolean {
  if (!attribution || !/\bplay(?:ed|s|ing)\s+$/.test(text.slice(Math.max(paragraph.start, span.open - 12), span.open))) return false;
  // Only a sports side's game: what a band, an orchestra or a pianist played is a piece, whoever speaks after it.
  if (!sportsSideSubject(text, span.open, span.close, paragraph.start)) return false;
  return spokenPhraseHandedToPerson(text, span, quoted, attribution, paragraph);
}

/** A verb that names what follows: "a film titled", "a show called", "the ship named". */
const TITLE_NAMING_BEFORE = /\b(?:titled|entitled|called|named|dubbed|billed as)\s*,?\s*$/i;

/**
 * Quoted words right after a debate noun and the preposition of its topic: "the long debate over ‘super
 * shoes’", "a row about “forever chemicals”". The writer names what is argued over; no one is quoted.
 */
function topicOfDebate(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const noun = /\b([\p{L}-]+)\s+(?:over|about|around|surrounding|regarding)\s+(?:so-called\s+)?$/u.exec(text.slice(Math.max(paragraph.start, span.open - 40), span.open));
  return !!noun && cueLexicon().debateNouns.has(noun[1]!.toLowerCase());
}

/** A title after "told" is the programme told, when a quotation precedes the frame or a clause follows the title. */
function programmeTold(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 50), span.open);
  if (!TOLD_BEFORE.test(before)) return false;
  if (AFTER_PROGRAMME_TOLD.test(text.slice(span.close + 1, span.close + 30))) return true;
  // ("“We will win,” Vance told “Morning Desk.”": the words spoken are the quotation before.)
  return /[”"]/.test(before);
}

/**
 * A noun of someone's part in a work ("collaboration on", "role in") or of an event or piece of it ("the
 * launch of", "a still from"), and the preposition that takes its title.
 */
function followsWorkInvolvement(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = /\b(\p{L}+)\s+(?:on|in|of|for|from)\s*$/u.exec(text.slice(Math.max(paragraph.start, span.open - 30), span.open));
  const noun = before?.[1]!.toLowerCase() ?? '';
  return cueLexicon().workInvolvementNouns.has(noun) || cueLexicon().workEventNouns.has(noun);
}

/** Credits right after the closing mark, maybe after a comma: “Steel Horizon,” starring …, “…” directed by … */
export function creditsAfter(text: string, span: MarkedSpan): boolean {
  const after = text.slice(span.close + 1, span.close + 30).replace(/^\s*,?\s*/, '').toLowerCase();
  return cueLexicon().creditPhrases.some((phrase) => after.startsWith(phrase + ' '));
}

/** A capitalised word: a name's, or an outlet's with its possessive ("Tribune’s", "Times’"). */
const NAME_WORD = String.raw`[\p{Lu}][\p{L}.&-]*`;

/**
 * A byline right after the closing mark, the comma inside or outside it: “…,” by Lena Okafor / by the
 * Tribune’s Lena Okafor / by Times’ Lena Okafor. Two capitalised words at least, or an outlet's
 * possessive before one, so "by Tuesday" and "by all accounts" are no byline.
 */
const BYLINE_AFTER = new RegExp(String.raw`^\s*,?\s*by\s+(?:the\s+)?((?:(?:${NAME_WORD}\s+){0,3}${NAME_WORD}(?:['’]s|s['’]|['’])\s+${NAME_WORD}|${NAME_WORD}\s+${NAME_WORD})(?:[ \t]+${NAME_WORD})*)`, 'u');

/**
 * A headline cited with its writer: the quotation ends its clause (a comma) and a byline follows. The
 * byline ends its own clause (a full stop, colon, semicolon, line end or the link roundups put after it), so "by New York standards, Lee
 * said" is no byline; nor is a name after a title ("by Senator Ted Marsh"), which says who spoke the words.
 */
export function bylineAfter(text: string, span: MarkedSpan): boolean {
  const quoted = text.slice(span.start, span.end);
  const after = text.slice(span.close + 1, span.close + 120);
  if (!(/,$/.test(quoted) || /^\s*,/.test(after))) return false;
  const byline = BYLINE_AFTER.exec(after);
  if (!byline) return false;
  if (isRoleWord(byline[1]!.split(/\s+/)[0]!.toLowerCase())) return false;
  const rest = after.slice(byline.index + byline[0].length);
  const atEnd = span.close + 1 + byline.index + byline[0].length >= text.length;
  return atEnd || byline[0].endsWith('.') || /^[ \t]*(?:[.:;\n]|https?:\/\/|www\.)/.test(rest);
}

/** Words after a closing mark that are no noun the quoted term could modify: "the so-called “rebels” that …". */
const NO_HEAD_NOUN = /^(?:that|which|who|whom|whose|is|are|was|were|be|been|has|have|had|and|or|but|nor|to|of|in|on|at|for|with|as|by|from|into|would|will|could|can|may|might|should|must|do|does|did|than|then|when|while|if|because)$/;

/**
 * A term set apart by a label word (term_label_words: "so-called") right before its opening mark and followed
 * by a noun in small letters it modifies: "the so-called “natural” labeling". The writer's scare quotes.
 */
function labelledTermBeforeNoun(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  if (!followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().termLabelWords)) return false;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(span.close + 1, span.close + 40));
  return !!next && !NO_HEAD_NOUN.test(next[1]!);
}

/** Auxiliaries and modals: after a quoted term they make it a clause's subject ("the so-called “glut” could …"). */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|would|will|could|can|may|might|should|must|do|does|did)$/;

/**
 * A term set apart by a label word ("so-called") and then the verb of its clause, maybe after an adverb:
 * "said the so-called “glut” could also be seasonal". The term is the clause's subject, in the writer's
 * scare quotes, whoever the clause is reported for.
 */
function labelledTermBeforeVerb(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  if (!followsOneOf(text.slice(Math.max(paragraph.start, span.open - 40), span.open), cueLexicon().termLabelWords)) return false;
  const next = /^\s+(?:(?:\p{Ll}+ly|also|still|now|then|never|already)\s+)?(\p{Ll}[\p{L}-]*)/u.exec(text.slice(span.close + 1, span.close + 60));
  if (!next) return false;
  if (AUXILIARY.test(next[1]!)) return true;
  const nlp = winkInstance();
  const quoted = text.slice(span.start, span.end).toLowerCase();
  const tokens = nlp.readDoc(`The ${quoted} ${next[1]} it.`).tokens();
  return tokens.itemAt(tokens.length() - 3).out(nlp.its.pos) === 'VERB';
}

/**
 * The quotation's own cue comes before it in the same clause, no comma or semicolon between: "claiming
 * victory in the so-called “…”", not "pressed the witnesses, as a bill on so-called “…” gained backers".
 */
function cueBeforeInClause(text: string, span: MarkedSpan, attribution: Attribution): boolean {
  const cueEnd = attribution.frame.cueEnd;
  return cueEnd <= span.open && !/[,;:—]/.test(text.slice(cueEnd, span.open));
}

/**
 * The cue is in the quotation's own clause: before it with no clause break between ("slammed the term
 * “…”"), or after it with no new clause joined on ("the term “…”, she said"; not "the phrase “…” was
 * trending, and fans posted it").
 */
function cueInOwnClause(text: string, span: MarkedSpan, attribution: Attribution): boolean {
  const frame = attribution.frame;
  if (frame.cueStart > span.close) return !/(?:[,;]\s+(?:and|but|yet|so|while)|;)\s/.test(text.slice(span.close + 1, frame.cueStart));
  return cueBeforeInClause(text, span, attribution);
}

/** A cue in the quotation's own sentence (not one carried from a speaker before it): "she dubbed him “…”". */
function hasOwnCue(text: string, span: MarkedSpan, attribution: Attribution | null): boolean {
  if (!attribution?.frame.cue) return false;
  const between = attribution.at < span.open ? text.slice(attribution.at, span.open) : text.slice(span.close + 1, attribution.at);
  return !/[.!?]["”’]?\s+[“"‘']?\p{Lu}/u.test(between);
}

/**
 * One capitalised word in quotation marks that the article gave earlier, also in quotation marks, as a
 * name: after a code-name or nickname word or the kind of work it is ("a shooter code-named “Lantern”" …
 * "remained committed to “Lantern”"). The later mention repeats the name; nobody is quoted.
 */
/**
 * The sentence before the opening mark at `open` makes what follows a work's title: a prize won for it, a
 * verb of performing it, the kind of work or "hit" right before, or "such as" after works counted.
 */
function titleIntroducedAt(text: string, open: number, from: number): boolean {
  const before = text.slice(Math.max(from, open - 60), open);
  return prizeForTitle(text, open, from) || performedTitle(text, open, from) || WORK_BEFORE.test(before.slice(-14)) || HIT_BEFORE.test(before)
    || (/\bsuch as\s*$/.test(before) && countedWorksBefore(text, open, Math.max(from, open - 300)));
}

/** The words of the quotation whose opening mark is at `open`, split on spaces (up to 120 characters). */
function quotedAt(text: string, open: number): string[] {
  const close = text.slice(open + 1, open + 120).search(/["”]/);
  return close < 0 ? [] : text.slice(open + 1, open + 1 + close).split(/\s+/).filter(Boolean);
}

function namedEarlier(text: string, span: MarkedSpan): boolean {
  const word = text.slice(span.start, span.end).replace(/[,.]$/, '');
  if (!/^\p{Lu}[\p{L}\d-]*$/u.test(word)) return false;
  for (let i = text.lastIndexOf(word, span.open - 1); i > 0; i = text.lastIndexOf(word, i - 1)) {
    if (!OPENING_MARK.test(text[i - 1]!)) continue;
    const before = text.slice(Math.max(0, i - 61), i - 1);
    const lexicon = cueLexicon();
    if (followsOneOf(before, lexicon.codeNameWords) || followsOneOf(before, lexicon.nicknameWords) || WORK_BEFORE.test(before.slice(-14)) || HIT_BEFORE.test(before)) return true;
  }
  return false;
}

const OPENING_MARK = /["“‘']/;

/** A verb of the clause a named word opens, a few words after it with no comma between: "… in the draft was". */
// (Not past a relative or subordinate word: "said the word “…” to the man who had …" is a mention's own clause.)
const CLAUSE_VERB_AFTER = /^\s+(?:(?!(?:who|whom|whose|which|that|where|when|while|because|after|before|as|if|since|until)\b)[\p{L}'’-]+\s+){0,6}?(?:is|was|are|were|has|had|have|would|will|could|should|must|might|may|can|cannot|remains|remained|means|meant)\b/u;

/**
 * The named word is the subject of the clause a cue reports, a verb of its own after it: "said the word
 * “…” in the second clause was …". The speaker reports a claim about the word; the word itself is only
 * mentioned. (Not "criticised the term “…,” saying …": there the cue's object is the word.)
 */
function headsReportedClause(text: string, span: MarkedSpan): boolean {
  return CLAUSE_VERB_AFTER.test(text.slice(span.close + 1, span.close + 80));
}

/**
 * A word named as a word that heads the clause a cue reports ("said the word “…” in the text was “…”"):
 * no one's words, and no barrier between the later quotation and the cue before it.
 */
export function namedWordHeadingClause(text: string, span: MarkedSpan, paragraphStart: number): boolean {
  const before = /\b(?:the|this|that)\s+(\p{L}+)\s*$/u.exec(text.slice(Math.max(paragraphStart, span.open - 30), span.open));
  return !!before && cueLexicon().mentionNouns.has(before[1]!.toLowerCase()) && headsReportedClause(text, span);
}

/**
 * A word named as a word after "the word", "the term" …: "wary of the word “closure”" mentions it, quoting
 * nobody. (Not after a verb of using it: "Lee used the phrase “soft landing”" quotes Lee.)
 */
function isMentionedWord(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  // (Also opening its sentence: "The phrase “…” filled the screen".)
  const before = /(?:\b(\p{L}+)\s+(?:\p{L}+ly\s+)?)?\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(\p{L}+)\s*,?\s*$/u.exec(text.slice(Math.max(paragraph.start, span.open - 50), span.open));
  const lexicon = cueLexicon();
  if (!before || !lexicon.mentionNouns.has(before[2]!.toLowerCase())) return false;
  const verb = (before[1] ?? '').toLowerCase();
  // ("said the word “…” in the draft was …" reports a clause about the word; "said the word “sorry”" uttered it.)
  return !lexicon.wordUsingVerbs.has(verb) || (/^(?:say|says|said|saying)$/.test(verb) && headsReportedClause(text, span));
}

/**
 * Lowercase quoted words that close their noun phrase ("the “worst instincts” of voters"), not a
 * modifier of a noun after them ("the “performance capture” technique") nor a name ("the “Fox Hour”").
 */
export function endsItsNounPhrase(view: TokenView, span: MarkedSpan): boolean {
  const text = view.doc.article.text;
  const quoted = text.slice(span.start, span.end);
  if (!/^\p{Ll}/u.test(quoted)) return false;
  // ("… the “party of reform.” Lee won": a full stop ends the phrase whatever follows; not "!", which
  // titles hold: the “wow!” star.)
  if (/\.$/.test(quoted.trimEnd())) return true;
  const next = view.tokens[view.tokenAtOrAfter(span.close + 1)];
  if (!next) return true;
  // (One word before an amount modifies it: the “safe” $15 million range.)
  if (/^(NUM|SYM)$/.test(next.pos) && !/\s/.test(quoted.trim())) return false;
  return !/^(NOUN|PROPN)$/.test(next.pos);
}

/** A nickname inside a name: Maria “Mia” Lane. Not a quote, and no barrier between the name and its cue. */
export function isNickname(text: string, span: MarkedSpan): boolean {
  const quoted = text.slice(span.start, span.end);
  if (isLabelInApposition(text, span, quoted)) return true;
  return /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u.test(quoted)
    && /\p{Lu}[\p{L}.'’-]* $/u.test(text.slice(Math.max(0, span.open - 30), span.open))
    && /^ \p{Lu}/u.test(text.slice(span.close + 1, span.close + 3));
}

/**
 * A name given in an apposition set off by commas: "the strikers, known locally as “the Forty,” said". Not
 * a quote, and no barrier between the subject and its cue (the cue after it is the subject's).
 */
function isLabelInApposition(text: string, span: MarkedSpan, quoted: string): boolean {
  if (!/^(?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2},?$/u.test(quoted)) return false;
  if (!/,\s*(?:(?:known|referred to)(?:\s+\p{Ll}+){0,3}\s+as|nicknamed|dubbed|called)\s+$/u.test(text.slice(Math.max(0, span.open - 50), span.open))) return false;
  return quoted.endsWith(',') || text[span.close + 1] === ',';
}

/**
 * Quoted words that name a thing rather than quote anyone, whoever speaks nearby: the name it goes by
 * ("a group known as the “harbour friends”") or a place next to the way ("sail past the “old mill”").
 */
function namesThing(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 40), span.open);
  return GOES_BY_BEFORE.test(before) || PLACE_BEFORE.test(before);
}

/** A preposition of place, then "the": "past the", "behind the". (Not "into" or "toward", often figures of speech: "into the “abyss”".) */
const PLACE_BEFORE = /\b(?:past|beside|opposite)\s+the\s*$/i;

/** The name a thing goes by, then "the" or a possessive: "known locally as the", "a group called the", "nicknamed Reed’s". */
const GOES_BY_BEFORE = /\b(?:known\s+(?:\p{L}+\s+)?as|called|dubbed|nicknamed|named|termed|labell?ed|branded)\s+(?:the|[\p{L}.-]+['’]s)\s*$/u;

/** A naming verb, maybe its object, then "the" or a possessive: "called the", "dubbed it the", "calls Reed’s". */
const NAMED_BEFORE = /\b(?:call|calls|called|calling|dub|dubs|dubbed|term|terms|termed|label|labels|labeled|labelled|brand|brands|branded)\s+(?:(?:it|them|him|her|this|that)\s+)?(?:the|[\p{L}.-]+['’]s)\s*$/u;

const PROGRAMME_BEFORE = /(?:\b(?:said|says|told|tells|telling|appeared|appears|appearing|speaking|spoke|interview|interviewed|remarks|comments|judge|judging|compete|competed|competing|performed|performing|guest|aired|airs|airing)(?:\s+\S+)?\s+on(?:\s+[\p{Lu}][\p{L}.&-]*(?:['’]s)?){0,3}|\b(?:host|hosts|anchor|creator|star|cast|episode|tune|set) of|\b(?:interview|interviews|interviewed|appearance) with)\s*$/u;

/** "told" with no hearer before a quotation (not the passive "was told"): the programme may be the hearer. */
const TOLD_BEFORE = /(?<!\b(?:was|were|been|being|be|is|are|am|get|gets|got|getting)\s+)\b(?:told|tells|telling)\s*$/u;

/** What follows a programme told to: a participle, "that", or where and when ("told “Morning Desk,” adding …", "told “Newsline” on Sunday"). */
const AFTER_PROGRAMME_TOLD = /^\s*,?\s*(?:\p{Ll}+ing|that|on|in|last|this|earlier|after|before|during|when|while)\b/u;

/** A role, maybe a name, then a speech verb: the quotation before it was spoken ("host Ana Ruiz told", "fans chanted"). */
const SPEECH_AFTER_ROLE = /^\s*\S+(?:\s+\p{Ll}+)?(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s+(?:said|says|told|tells|asked|asks|shouted|shouts|chanted|chant|chants|yelled|cried|screamed|sang|added|replied|wrote)\b/u;

// … and the kind of work that is no film or show (data/work-words.json other_work_after_title): her “…” tour, the “…” album.
const WORK_AFTER = new RegExp(`^\\s*(?:star|stars|actor|actress|creator|co-creator|showrunner|host|cast|alum|alumna|alumnus|co-star|episode|season|premiere|finale|sequel|reboot|franchise|fans?|${workWords('other_work_after_title').join('|')})\\b`, 'i');

/** "hit" as a noun (a determiner or possessive, up to three modifiers): "the fantasy role-playing hit". Not the verb: "She hit “Reply All”". */
const HIT_BEFORE = new RegExp(String.raw`\b(?:the|a|an|${alternatives(THIRD_PERSON_POSSESSIVES)}|this|that|[\p{Lu}][\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}hit\s*,?\s*$`, 'u');

/** The kind of work right before a title (data/work-words.json before_quoted_title): "the documentary", "her memoir,". */
const WORK_BEFORE = new RegExp(`(?<!\\p{L})(?:${workWords('before_quoted_title').join('|')})\\s*,?\\s*$`, 'iu');

/** A work with its title in apposition (data/work-words.json title_in_apposition): "the big closing number, ". */
const APPOSITION_WORK_BEFORE = new RegExp(`(?<!\\p{L})(?:${workWords('title_in_apposition').join('|')})\\s*,\\s*$`, 'iu');

/**
 * The title of a song, number or other work between commas right after the work's noun, the sentence going
 * on with its verb: "her new single, “Paper Moon,” topped the charts". (Not "the song, “…,” she said": a
 * pronoun or name after the comma makes a frame; nor a cue verb with its speaker after it, "…,” recalled
 * Lee"; nor a topic fronted by a preposition, "On the closing number, “…,” …", whose quotation is speech.)
 */
function titleInApposition(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 30), span.open);
  if (!APPOSITION_WORK_BEFORE.test(before) || topicBefore(text, span, paragraph)) return false;
  const closesApposition = /,\s*$/.test(text.slice(span.start, span.end)) || text[span.close + 1] === ',';
  const next = /^,?\s+(\p{Ll}+)/u.exec(text.slice(span.close + 1, span.close + 30))?.[1];
  return closesApposition && !!next && !/^(?:he|she|they|we|i|it|you|the|a|an|said|says|told|added)$/.test(next) && !invertedCueAfter(text, span);
}

/** A sentence opened by a preposition before the quotation: "On the closing number, ", "Of Benson, ", "To Liverpool, ". */
function topicBefore(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const sentence = /(?:^|[.!?]["”’]?\s+)([^.!?]*)$/u.exec(text.slice(paragraph.start, span.open))?.[1] ?? '';
  return TOPIC_OPENER.test(sentence);
}

/** A fronted topic: a preposition, then up to six words to its comma. */
const TOPIC_OPENER = /^(?:On|Of|About|For|To|Regarding|Concerning)\s+[^,“”"]{1,60},\s*$/u;

/**
 * A cue verb right after the closing comma, its speaker after it or the sentence ending: "…,” recalled Lee",
 * "…,” gushed one reviewer", "…,” insisted the coach." (Not "…,” continued to chart", nor "…,” described the
 * singer's grief": a possessive only modifies the object.)
 */
function invertedCueAfter(text: string, span: MarkedSpan): boolean {
  const m = INVERTED_CUE.exec(text.slice(span.close + 1, span.close + 80));
  if (!m || !isCueVerbForm(m.groups!.cue!)) return false;
  if (m.groups!.words === undefined) return true; // the sentence ends, or a name follows
  return personEndsPhrase(m.groups!.words);
}

/**
 * Whether one of the first six words of `words` is a noun for people that ends the speaker's phrase: the
 * clause closes after it, maybe after a name, or an adverbial follows ("the coach.", "one reviewer on
 * Tuesday", "the band's former lead guitarist in 2019", "her younger sister Mara."); not "the singer's
 * grief" (a possessive modifier) nor "his youth". Only small-letter modifiers may come before the noun, no
 * preposition or conjunction ("the singer's feelings for her sister" is an object).
 */
function personEndsPhrase(words: string): boolean {
  const word = /^\s+([\p{L}'’-]+)/u;
  let rest = words;
  for (let i = 0; i < 6; i++) {
    const w = word.exec(rest);
    if (!w) return false;
    rest = rest.slice(w[0].length);
    if (/['’]s$/.test(w[1]!)) continue;
    if (isPersonNounOrSingular(w[1]!.toLowerCase()) && SPEAKER_PHRASE_END.test(rest.replace(NAME_AFTER_NOUN, ''))) return true;
    if (i >= 2 && (!/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w[1]!) || PHRASE_BREAK.test(w[1]!))) return false;
  }
  return false;
}
/** A capitalised name after the person noun: "her younger sister Mara", "the team's coach Ana Ruiz". */
const NAME_AFTER_NOUN = /^(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?=\s*[,.;:!?)—–]|\s*$)/u;
/** Words that leave a noun phrase: past them a person noun belongs to an object or a clause, not the speaker. */
const PHRASE_BREAK = /^(?:of|for|to|with|about|from|by|into|on|in|at|and|or|but|that|which|who|whose|as|than|is|was|were|are|had|has|have|not)$/;

/** The cue verb after the quotation's closing comma, in small letters. */
const CUE_WORD = String.raw`(?<cue>\p{Ll}+)`;
/** Right after the cue: the sentence ends ("…,” she insisted.") or a name follows ("…,” recalled Lee"). */
const CLOSE_OR_NAME = String.raw`\s*[.!?]|\s+\p{Lu}`;
/** A determiner or a capitalised word (maybe possessive) opening the speaker's phrase: "one", "the club's", "Reuters'". */
const SPEAKER_OPENERS = String.raw`(?:\s+(?:the|a|an|one|his|her|their|our|my|[\p{Lu}][\p{L}'’.-]*(?:['’]s)?))+`;
const INVERTED_CUE = new RegExp(String.raw`^,?\s+${CUE_WORD}(?:${CLOSE_OR_NAME}|${SPEAKER_OPENERS}(?<words>.*))`, 'us');
/** What may follow a speaker's phrase: a break, the end of the window, or an adverbial or relative clause. */
const SPEAKER_PHRASE_END = /^(?:\s*(?:[,.;:!?)—–]|$)|\s+(?:\p{Ll}+ly|on|in|at|of|for|from|with|to|during|after|before|when|as|while|who|last|this|earlier|later|yesterday|today)\b)/u;

/**
 * A title-case nickname set off by dashes or commas right after a capitalised name, maybe with who calls him
 * so ("to fans", "as he is known"), the sentence going on after it: "Benson, “the Bulldozer,” scored twice".
 * (Not "said Lee, “I Quit,”" — a cue before the name makes it a frame; nor "Of Benson, “Pure Class,” wrote
 * one columnist" — a preposition opening the sentence makes the name a topic, and a cue verb after the
 * quotation makes it speech.)
 */
function nicknameInApposition(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const quoted = text.slice(span.start, span.end).replace(/[,.]$/, '');
  if (!isTitleCase(quoted.split(/\s+/).filter((w, i) => !(i === 0 && /^the$/i.test(w))))) return false;
  const before = /(\S+\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]+\s*([,—–])\s*$/u.exec(text.slice(Math.max(paragraph.start, span.open - 40), span.open));
  if (!before || /^(?:said|says|told|added|asked)\s/.test(before[1] ?? '')) return false;
  if (topicBefore(text, span, paragraph) || invertedCueAfter(text, span)) return false;
  const byComma = before[2] === ',';
  // (The comma closing the nickname may sit inside the marks: "Benson, “the Bulldozer,” scored".)
  const after = (byComma && /,\s*$/.test(text.slice(span.start, span.end)) ? ',' : '') + text.slice(span.close + 1, span.close + 60);
  const rest = nicknameRest(byComma).exec(after);
  return !!rest && !/^(?:he|she|they|we|i|it|you|said|says|told|added)$/.test(rest[1]!);
}

/** What follows a nickname: maybe who calls him so, then the closing comma or dash and a small-letter word. Built once per closing. */
const NICKNAME_REST = new Map<boolean, RegExp>();
function nicknameRest(byComma: boolean): RegExp {
  let re = NICKNAME_REST.get(byComma);
  if (!re) {
    const audiences = alternatives(cueLexicon().nicknameAudiences);
    re = new RegExp(String.raw`^(?:\s+(?:to\s+(?:${audiences})|as\s+(?:he|she|they)\s+(?:is|are|was|were)\s+(?:known|called)))?\s*${byComma ? ',' : '[—–]'}\s+(\p{Ll}+)`, 'u');
    NICKNAME_REST.set(byComma, re);
  }
  return re;
}

/** "According to X, " opening the sentence, X with no quotation mark: the clause starts after its comma. */
const ACCORDING_OPENER_BEFORE = /(?:^|[.!?:]["”’]?\s+)According to [^,.;“”"]{1,50},\s+$/u;

/**
 * Quoted words that open their sentence (or the clause after a colon) with no punctuation of their own, a small-letter word right after
 * the closing mark: a name the sentence goes on about (“Harbor Lights” opens in May), not words spoken,
 * which end in a comma or full stop before their frame (“We won,” she said) or take a cue ("“Go home” was all she said").
 */
function titleAsSubject(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const quoted = text.slice(span.start, span.end);
  if (/[,.;:!?…-]\s*$/.test(quoted)) return false;
  const before = text.slice(paragraph.start, span.open);
  // (A colon opens a clause too: "the network confirmed it: “Harbor Lights” returns in May.")
  // (… and so does a source set before it: "According to ratings data, “Harbor Lights” drew …".)
  if (before.trim() !== '' && !/[.!?:]["”’]?\s+$/.test(before) && !ACCORDING_OPENER_BEFORE.test(before)) return false;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(span.close + 1, span.close + 30));
  if (!next || /^(?:said|says)$/.test(next[1]!)) return false;
  // “Go Home Now” was all she said: a copula is speech only when a speech word follows in the sentence.
  return !(/^(?:was|is|were|are)$/.test(next[1]!) && speechLaterInSentence(text, span.close + 1));
}

/** Whether the rest of the sentence from `from` holds a word that makes its subject words spoken ("all she said", "the crowd's chant"). */
function speechLaterInSentence(text: string, from: number): boolean {
  const rest = /^[^.!?]*/.exec(text.slice(from, from + 200))![0];
  const words = rest.toLowerCase().split(/[^\p{L}'’]+/u);
  return words.some((w) => cueLexicon().titleSpeechWords.has(w.replace(/[’']s$/, '')));
}

/**
 * One small-letter word quoted as the verb of the narration's own sentence, "He recently “liked” a post
 * about the club": the writer's scare quotes around what someone did, not words anyone said. Asked only
 * for a quotation with no cue of its own (with one, "the club says he “retired”", the word is the club's).
 */
export function quotedAsAction(view: TokenView, span: MarkedSpan): boolean {
  const text = view.doc.article.text;
  if (!/^\p{Ll}[\p{L}-]*$/u.test(text.slice(span.start, span.end))) return false;
  const tokens = view.tokens;
  const k = view.tokenAtOrAfter(span.start);
  const word = tokens[k];
  if (!word || word.end !== span.end || word.pos !== 'VERB') return false;
  // The narration's finite verb, right after its subject (a name or he/she/they, maybe with an adverb):
  // not one after "to", "would" or "had", which a reported clause quotes ("accused him of trying to “debase” …").
  let s = view.tokenAtOrAfter(span.open) - 1;
  if (tokens[s]?.pos === 'ADV') s--;
  const subject = tokens[s];
  return !!subject && (subject.pos === 'PROPN' || /^(he|she|they|it|we|i)$/.test(subject.normal));
}

/**
 * Quoted words used as a modifier inside a noun phrase, a determiner or possessive (and up to two
 * modifiers) before them and the phrase's head noun right after: "the campers' nightly “Pack up or move
 * out” ritual", "a “Buy Local” campaign". A slogan or a name of the thing, not words reported. Asked only
 * for a quotation with no cue of its own ("She praised the mayor's “tax and spend” agenda" is hers).
 */
export function modifiesNounAfter(view: TokenView, span: MarkedSpan): boolean {
  const text = view.doc.article.text;
  const quoted = text.slice(span.start, span.end);
  const words = quoted.split(/\s+/).filter(Boolean);
  // (Capitalised, as a slogan or a name is: lower-case words there are often the speaker's, "had a
  // “rock-solid” case", "a “warm and lasting” friendship", as PolNeAR annotates them.)
  if (words.length > 8 || !/^\p{Lu}/u.test(quoted) || /[,.;:!?…-]\s*$/.test(quoted)) return false;
  const tokens = view.tokens;
  const head = view.tokenAtOrAfter(span.close + 1);
  const noun = tokens[head];
  if (!noun || noun.start > span.close + 2 || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text)) return false;
  // The head ends its phrase: punctuation, a preposition, a conjunction or a verb after it.
  const next = tokens[head + 1];
  if (next && !/^(PUNCT|ADP|CCONJ|SCONJ|VERB|AUX)$/.test(next.pos)) return false;
  let k = view.tokenAtOrAfter(span.open) - 1;
  for (let modifiers = 0; modifiers < 2 && /^(ADJ|NOUN)$/.test(tokens[k]?.pos ?? '') && /^\p{Ll}/u.test(tokens[k]!.text); modifiers++) k--;
  const before = tokens[k];
  if (!before) return false;
  // A determiner, a possessive pronoun, or the "'s" / plural "'" of an owner.
  return (before.pos === 'DET' && before.normal !== 'that') || POSSESSIVES.has(before.normal) || /^['’]s?$/.test(before.text);
}

/**
 * The clause before a quoted title counts works ("bought 20 tracks, “…” among them", "songs such as “…”")
 * and no speech verb governs the quotation: "chanted several slogans, “…” among them" were spoken.
 */
function countedWorksBefore(text: string, open: number, from: number): boolean {
  const before = text.slice(from, open);
  const sentence = before.slice(Math.max(0, before.search(/[^.!?]*$/)));
  const nouns = sentence.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? [];
  const works = new Set(workWords('counted_works'));
  if (!nouns.some((w) => works.has(w))) return false;
  // A speech verb right before the quotation governs it: "shouted “…,” too".
  const lastWord = /(\p{L}+)[\s,:]*$/u.exec(sentence)?.[1]?.toLowerCase();
  return !(lastWord && isCueVerbForm(lastWord));
}
