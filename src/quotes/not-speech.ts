// Assembly of the checks that reject quotations that are no speech (scare quotes, titles, nicknames, slogans, signs); each concept lives in its own module.
import type { Paragraph, QuoteType } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { SPOKEN_RIGHT_AFTER } from './frame.js';
import type { Attribution } from './attribution.js';
import { isWholeParagraph } from './paragraphs.js';
import { labelOnAThing } from './thing-labels.js';
import { nameGivenByGroup } from './group-names.js';
import { labelAfterPassiveNaming } from './passive-labels.js';
import { saidByAThing, shownOnAThing } from './shown-things.js';
import { dialogueInWork, foreignNameOnOffer, looksLikeTitle, venueAfterOwningVerb, workInAppositionAfter, workMadeByAfter } from './titled-works.js';
import { isTitleCase } from '../nlp/words.js';
import { cueNamesItself, followsCodeNameWord, followsNicknameWord, followsPerformedWorkWord, followsSelfNamingWord } from '../lexicon/naming-words.js';
import { cueOfLaterClause, namedSetPhrase, phraseKnownByAdjective, setPhraseInReportedClause } from './set-phrases.js';
import { readByAThing } from './carried-words.js';
import { namedAfterPerformance } from './performed-works.js';
import { knownAmongRelayed, labelledTermBeforeNoun, labelledTermBeforeVerb, topicOfDebate } from './labelled-terms.js';
import { chantWithoutChanter, unnamedFansChant } from './fan-chants.js';
import { countedWorksBefore, handedRightPastComma, listedAfterIntroducedTitle, playedResultClaimed, repeatedTitleNobodySpeaks, titleIntroducedAt, unspokenTitlePartial } from './spoken-titles.js';
import { PROGRAMME_BEFORE, exclaimedProgrammeOn, programmeTold } from './programme-titles.js';
import { labelOpeningSubject } from './subject-labels.js';
import { COMPARED_TITLE_BEFORE, followsWorkInvolvement, HIT_BEFORE, SPEECH_AFTER_ROLE, titleAsSubject, titleInApposition, WORK_AFTER, WORK_BEFORE } from './work-title-context.js';
import { bylineAfter, creditsAfter } from './credits-bylines.js';
import { cueBeforeInClause, cueInOwnClause, hasOwnCue } from './own-cue.js';
import { headsReportedClause, isMentionedWord, namedEarlier } from './mentioned-words.js';
import { NAMED_BEFORE, namesThing } from './thing-names.js';
import { invertedCueAfter } from './inverted-cue-after.js';
import { introducedByNicknameNoun, nicknameInApposition } from './nicknames.js';
import { isQuotedCode } from './quoted-codes.js';
import { boxOfficeAfterTitle } from '../entities/box-office-titles.js';
import { followsFilmFeat } from '../entities/quoted-title-kind.js';
import { followsHeadingLabel } from './heading-labels.js';
import { ratingGradeLabel, ratingStepName } from './scale-labels.js';
import { unspokenExample } from './quoted-examples.js';
import { namedAsContestShow } from '../entities/contest-shows.js';
import { followsGivenTitleWord } from './given-titles.js';

// Entry points other modules import from here, so their imports stay as they were.
export { isNickname } from './nicknames.js';
export { endsItsNounPhrase, quotedAsAction, modifiesNounAfter } from './quoted-modifiers.js';

/** A preposition that takes a name of a work or place right before a quotation mark: "a fan of “Tides”". */
const AFTER_PREPOSITION = /\b(?:of|on|in|from|at|for)\s+$/i;

/** A form of "write" and "for", or a show's writers' room, right before a quotation mark: "has written for “…”", "the writers' room for “…”". */
const WRITES_FOR = /\b(?:(?:write|writes|wrote|written|writing)\s+for|writers['’]?\s+room\s+(?:for|of|on))\s+$/i;

/** Two small-letter words joined by a conjunction, the whole quotation: "public and prolonged", "deep and sincere". */
const PAIRED_DESCRIBING_WORDS = /^\p{Ll}[\p{L}-]*\s+(?:and|or|but|yet)\s+\p{Ll}[\p{L}-]*$/u;

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
  // (Not the naming verb itself: "a group calling itself “…”" names, it reports nothing.)
  const ownCueBefore = () => (cueBefore ??= hasOwnCue(text, span, attribution) && cueBeforeInClause(text, span, attribution!) && !cueNamesItself(text, attribution!.frame.cueStart, span.open));
  if (type === 'partial' && words.length <= 4 && !ownCueBefore() && !knownAmongRelayed(text, span, attribution, paragraph) && followsNicknameWord(text, span, paragraph)) return false;
  // … and, whatever the cue, a labelled term that modifies a noun after it: "criticized the so-called “natural” labeling".
  if (type === 'partial' && words.length <= 4 && labelledTermBeforeNoun(text, span, paragraph)) return false;
  // … or the subject of a clause, a verb after it: "said the so-called “glut” could also be seasonal".
  if (type === 'partial' && words.length <= 4 && labelledTermBeforeVerb(text, span, paragraph)) return false;
  // … or a label inside the noun phrase opening the sentence, whatever frame closes it: "The “safe passage plan” for the estuary will be reviewed, officials said".
  if (type === 'partial' && labelOpeningSubject(text, span, paragraph)) return false;
  // … and a longer description something gives itself: "which calls itself “the bakery that never closes,”".
  if (type === 'partial' && words.length <= 10 && !ownCueBefore() && followsSelfNamingWord(text, span, paragraph)) return false;
  // … and a name a group of people gives, however long: "residents call the square “…”", "was called “…” by locals".
  if (type === 'partial' && words.length <= 10 && nameGivenByGroup(text, span, paragraph, attribution)) return false;
  // … and a label after a passive naming verb no one speaks: "is often described as the “eighth wonder of the world.”".
  if (type === 'partial' && words.length <= 10 && labelAfterPassiveNaming(text, span, paragraph, attribution)) return false;
  // A code (letters and digits) is a label: "lot codes beginning with “BS24.”".
  if (type === 'partial' && isQuotedCode(quoted)) return false;
  // A code name is a project's, whatever cue the sentence has: "said the cuts fell on a shooter code-named “Lantern,”".
  if (words.length <= 4 && followsCodeNameWord(text, span, paragraph)) return false;
  // A set phrase named by the noun before it, "Her catchphrase, “…,” was voted …", with no cue of its own.
  // (A cue in a later clause of its own is that clause's: "…,” became a meme, and fans shouted it.)
  // (… nor one the cue's reported clause opens with: "said the poster's slogan, “…,” was clumsy".)
  if ((!hasOwnCue(text, span, attribution) || cueOfLaterClause(text, span, attribution!, paragraph) || setPhraseInReportedClause(span, attribution)) && namedSetPhrase(text, span, paragraph)) return false;
  // A short phrase someone is known by, whatever the cue: "posted his trademark “game on” after the win".
  if (type === 'partial' && words.length <= 6 && phraseKnownByAdjective(text, span, paragraph)) return false;
  // A short term naming the topic of a debate, with no cue in its sentence: "revived the debate over ‘carbon plates’".
  if (type === 'partial' && words.length <= 3 && !attribution?.frame.cue && topicOfDebate(text, span, paragraph)) return false;
  // Words a thing carries: "the chorus, which runs: “…”", "the sign read: “…”".
  if (readByAThing(text, span, paragraph)) return false;
  // A title a post or article is given, with no author before it: "a thread posted under the title “…”", "an essay headlined “…”".
  if (followsGivenTitleWord(text, span, paragraph, attribution)) return false;
  // … or shown on a thing the clause before the colon names: "posted a photo of a sign: “…”".
  if (shownOnAThing(text, span, attribution, paragraph)) return false;
  // … or a thing as the speaker: "“…,” the sign said".
  if (saidByAThing(attribution)) return false;
  // … or a label on a thing: "a folder labeled “…”", "a crate marked “…”".
  if (labelOnAThing(text, span, paragraph)) return false;
  // A song named after what is done with it: "the lullaby her character sings in the final reel, “…”".
  if (words.length <= 6 && namedAfterPerformance(text, span, paragraph)) return false;
  // A claim shown under a heading label: "Claim: “…”".
  if (followsHeadingLabel(text, span, paragraph)) return false;
  // The name of a rating's step: "at level 4 of 5, “high,” since Thursday".
  if (type === 'partial' && ratingStepName(text, span, paragraph)) return false;
  // … or a grade ticked on a rating form: "rated the film “fair” or “poor.”"
  if (type === 'partial' && ratingGradeLabel(text, span, paragraph)) return false;
  // A stage direction in a transcript: “(CROSSTALK.)”, “(Applause)”.
  if (/^\s*\([^()]{1,40}\)[.!]?\s*$/.test(quoted) && words.length <= 3) return false;
  // A short noun phrase quoted as the complement of "is", ending its sentence with no cue in it, is a label
  // the writer gives ("Tam is “the Boss.”"), not words spoken ("The problem is “a lack of trust,” she said" has its cue).
  if (type === 'partial' && words.length <= 4 && !attribution?.frame.cue && /^(?:the|a|an)$/i.test(words[0] ?? '') && /[.]$/.test(quoted.trim()) && /\b(?:is|was|are|were)\s+$/.test(text.slice(Math.max(paragraph.start, span.open - 6), span.open))) return false;
  // An example no one frames: "lets users type a prompt such as “a ballad in the style of …”".
  if (unspokenExample(text, span, attribution, paragraph)) return false;
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
  // A paper or show someone writes for is their job, not their words: "who wrote for “Harbour Nights.”", "the writers' room for “…”".
  if (titleCase && words.length <= 6 && !/[!?]$/.test(quoted) && WRITES_FOR.test(text.slice(Math.max(paragraph.start, span.open - 20), span.open))) return false;
  // A title after someone's part in it: "after their collaboration on “Salt Roads.”", "her role in “Tidewater,”".
  if (titleCase && words.length <= 6 && !/[!?]$/.test(quoted) && followsWorkInvolvement(text, span, paragraph)) return false;
  // … or a title something is measured against, whatever cue the sentence has: "the film is pacing ahead of “Your
  // Name.”", "the record set by “…”". (Not after a copula: "the plan was “Dead on Arrival.”" stays the speaker's words.)
  if (titleCase && words.length <= 6 && !/[!?]$/.test(quoted) && COMPARED_TITLE_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 12), span.open))) return false;
  // … or a film whose feat or successor is named before it, in a sentence about films: "repeat the success of “…”".
  if (titleCase && words.length <= 8 && !/[!?]$/.test(quoted) && followsFilmFeat(text, span.open, span.close + 1)) return false;
  // A title picked out of a list the sentence counts: "the rights to 12 songs, “Glass River” among them",
  // "tracks such as “Glass River”", "three films, including “Glass River.”" — an example named, no words spoken.
  // (Only a list of works: "chanted several slogans, “No More Cuts” among them" are words spoken.)
  // (A title in another language keeps its small words in lower case: “Noche de Luz”.)
  const titleLike = titleCase || looksLikeTitle(words);
  if (titleLike && words.length <= 8 && !/[!?]$/.test(quoted) && (/^[,]?\s*(?:among them|included|too)\b/.test(text.slice(span.close + 1, span.close + 20)) || /\b(?:such as|including)\s*$/.test(text.slice(Math.max(paragraph.start, span.open - 12), span.open))) && countedWorksBefore(text, span.open, paragraph.start)) return false;
  // A work named by what was done with it, whatever cue the sentence has: "won best new album for “…”", "covered
  // “…” at the encore"; or in a list after such a title ("hits such as “…” and “…”"); or a title the article
  // gave these words earlier ("won … for “Salt Line,”" then "sang “Salt Line” together").
  // (A recurring title is only repeated words when no speaker frames it: "“Salt Line,” Judge Ana Ruiz said" and
  // "said her answer was simple: “Salt Line.”" are someone speaking them.)
  if (looksLikeTitle(words) && !invertedCueAfter(text, span) && !playedResultClaimed(text, span, quoted, attribution, paragraph) && (titleIntroducedAt(text, span.open, paragraph.start) || listedAfterIntroducedTitle(text, span, paragraph) || repeatedTitleNobodySpeaks(text, span, quoted, attribution))) return false;
  // … or one the kind of work follows in apposition: "for “Mar de Fondo,” a record of boleros she made at home".
  // (Two words or more: one quoted word the entity stage would then read as a film's title.)
  if (looksLikeTitle(words) && words.length >= 2 && words.length <= 8 && !/[!?]$/.test(quoted) && workInAppositionAfter(text, span)) return false;
  // … or, even one word, one the work noun's own clause names the maker of: "“Red,” the song Swift wrote about him".
  if (looksLikeTitle(words) && words.length <= 8 && !/[!?]$/.test(quoted) && workMadeByAfter(text, span)) return false;
  // … or one whose takings follow it: "“Cloud Harbor,” opened to $41 million", "“…,” an animated adventure, set records".
  if (looksLikeTitle(words) && words.length <= 8 && !/[!?]$/.test(quoted) && boxOfficeAfterTitle(text, span.close + 1)) return false;
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
  // … and a chant no frame gives to anyone: "the away end sang “…”" (a stand or crowd the speaker stage skipped).
  if (chantWithoutChanter(text, span.open, attribution, paragraph)) return false;
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
  // … or a televised contest named beside its kind, whatever cue the sentence has: "the slate includes the cooking
  // competition “Knife Fight.”" (src/entities/contest-shows.ts lists it as a show).
  if (words.length <= 4 && !/[!?]$/.test(quoted) && namedAsContestShow(text, span.start)) return false;
  // … or in apposition to such a work, between commas, a verb going on: "the closing number, “Hold the Door,” was cut".
  if (titleCase && words.length <= 8 && !/[!?]$/.test(quoted) && titleInApposition(text, span, paragraph)) return false;
  // A nickname in apposition after a person's name: "Kyle Benson — “the Bulldozer” to fans — is back".
  if (words.length <= 4 && !/[!?]$/.test(quoted) && nicknameInApposition(text, span, paragraph)) return false;
  // … or one the noun "nickname" introduces: "chanting the nickname he has worn since college: “the Freight Train.”".
  if (introducedByNicknameNoun(text, span, paragraph)) return false;
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
  const programmeBefore = text.slice(Math.max(paragraph.start, span.open - 50), span.open);
  if (titleCase && words.length <= 6 && !/[!?]$/.test(quoted) && PROGRAMME_BEFORE.test(programmeBefore)) return false;
  // … or a title that keeps its "!" right after "on": appeared on “Jimmy Kimmel Live!” (no cue after it).
  if (titleCase && words.length <= 6 && /!$/.test(quoted) && exclaimedProgrammeOn(text, span, programmeBefore)) return false;
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
  // (… and so are two describing words joined before the noun: "the fine reflected the “public and prolonged”
  // nature of the outburst" — a name in small letters is one term, not a pair of qualities.)
  const describing = attributed && PAIRED_DESCRIBING_WORDS.test(quoted);
  if (type === 'partial' && words.length <= 4 && !named && !ownWords && !describing && /(?:\bthe|’s|'s)\s*$/i.test(before) && !/\b(?:he|she|it|that|there|what|who|here|where|this)['’]s\s*$/i.test(before)) return false;
  return true;
}
