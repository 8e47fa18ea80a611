import { partiallyGivenName } from './partially-named-speaker.js';
import { writeRolesAsInArticle } from './written-roles.js';
import type { AnalyzedArticle, ArticleEntities, ExtractedQuote, SpeakerKind, Token } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { contrastClauseSubject, opensWithPrepositionPhrase } from './sentence-subject.js';
import { asItCue, cueLemma, hasVerb, outletSpeakerInFull, sentenceSubject, shortFormAt, subjectFrame, TokenView, type Frame } from './frame.js';
import { genderOfFirstName, isHonorificOrAddressTitle, PersonRegistry, type Person } from '../nlp/names.js';
import { BODY_PRONOUNS, CONTRASTING_JOINERS, isPluralName, ORGANIZATION_HEADS, ORGANIZATION_TAILS, PRONOUN_GENDER, SUBORDINATORS } from '../nlp/words.js';
import { findIndirect } from './indirect/index.js';
import { newspaperWordSpeakersAsOutlets } from './newspaper-word-speakers.js';
import { outletPieceSpeakersAsOutlets } from './outlet-piece-speakers.js';
import { headlineReports, withHeadlineReports } from './headline.js';
import { speakerOfTurn, transcriptTurns, unmarkedTurns, wordsAfterLabel } from './transcript.js';
import { cueLexicon } from '../lexicon/cues.js';
import { describedApartAt, kindOfOutletWord } from '../lexicon/outlets.js';
import type { SpeakerPhrase } from './speaker.js';
import { descriptionHead } from './speaker.js';
import { repliesToTeller } from './reply-to-told.js';
import { coordinated, definiteRole, FEMALE_ROLE, isAgeEpithet, isNationalityNoun, MALE_ROLE, pluralGroup, recentSurnameSpeaker, registerNames, resolvePronoun } from './antecedents.js';
import { toQuote, type Attribution } from './attribution.js';
import { fullNamesFromQuotations } from './quoted-full-names.js';
import { narratedSubjectBefore, neighbourSubject } from './cueless-speakers.js';
import { endsItsNounPhrase, isNickname, keep, modifiesNounAfter, quotedAsAction } from './not-speech.js';
import { isHeadline, isHeadlineQuote, paragraphOf, startsParagraph } from './paragraphs.js';
import { continuedQuotations, type MarkedQuote } from './continued-quotations.js';
import { frameFor } from './quotation-frame.js';
import { quoteType } from './quote-type.js';
import { findVenues } from './venues.js';
import { carryInterviewOutlets } from './interview-carry.js';
import { withBroadcasterName } from '../lexicon/broadcaster-names.js';
import { carryProgrammeAppearances } from './programme-appearances.js';
import { giveAnswersTheirOutlet, giveTellingHostsTheirProgramme, programmeHosts } from './asked-outlets.js';
import { dialogueAnswer } from './dialogue-answer.js';
import { namedReporterOf } from './named-report-description.js';
import { describedAntecedent, describedSubjectAntecedent, nationalityNamed, unnamedSpeakerJustBefore, subjectForDescribedAntecedent } from './described-antecedent.js';
import { requestsAnonymity } from './anonymity-clause.js';
import { carryLeakedDocumentOutlets } from './leaked-documents.js';
import { carryWriterOutlets } from './writer-outlets.js';
import { carryStatementOutlets } from './statement-outlets.js';
import { resolveJointBodyDescriptions } from './joint-body-descriptions.js';
import { carryContactedOutlets } from './contacted-outlets.js';
import { carryPresenterProgrammes } from './presenter-programmes.js';
import { carryProgrammeSegments } from './programme-segments.js';
import { giveEpisodeProgrammes } from './episode-outlets.js';
import { giveStaffPossessiveOutlets } from './staff-possessive-outlets.js';
import { shortenedOutletSpeakers } from './shortened-outlet-speakers.js';
import { giveTrailingAccordingOutlets } from './according-outlets.js';
import { giveTrailingOutletPartialsTheirSubject } from './trailing-outlet-reports.js';
import { dropReporterOutletsFromLaterSpeakers } from './reported-clause-outlets.js';
import { givenNamesFromPlaces } from './name-from-place.js';
import { writeAbbreviatedOutletsInFull } from './outlet-full-names.js';
import { writeEachOutletOneWay } from './outlet-one-form.js';
import { writeOutletSpeakersAsWritten } from './outlet-written-form.js';
import { dashTopics } from './dash-attribution.js';
import { askedPersonIn } from './asked-person.js';
import { definiteGoBetween, describedPerson, isIndefiniteDescription, isOwnedRole, pronounOwnedNoun, pronounRelativeNamed, roleMentions, tellerDescribed } from './roles.js';
import { isRoyalOfPhrase, nicknameHolder } from './title-nicknames.js';
import { closingFrameAhead, partialsBeforeClosingFrame } from './closing-frame-partials.js';
import { withContinuedMention } from './continued-mentions.js';
import { giveBodiesTheirNationPrefix } from './nation-prefixed-bodies.js';
import { giveShortBodyNamesTheirBody } from './short-body-names.js';
import { giveItTheApposedName, giveRepeatedAppositionsTheirName } from './apposed-description-again.js';
import { resolveDescribedBodies } from './described-bodies.js';
import { giveDescribedNamesTheirBody } from './described-body-names.js';
import { giveOwnerAppositionsTheirBody } from './owner-apposition-bodies.js';
import { giveBodyDescribedNamesTheirBody } from './body-described-speakers.js';
import { giveStatementIssuersBodyKind } from './statement-issuer-bodies.js';
import { giveCompanyEvidencedNamesTheirBody } from './company-evidence-speakers.js';
import { giveRunTogetherNamesBodyKind } from './run-together-bodies.js';
import { dropProgrammeOutletsFromPosts } from './posted-words-outlet.js';
import { giveEachBodyNameOneKind, giveEachPronounedNamePersonKind } from './one-kind-per-name.js';
import { giveAcronymsTheirFullName } from './acronym-full-names.js';
import { outletSpokeSince } from './outlet-descriptions.js';
import { askerAnswered } from './answering.js';
import { nearerPronounSubject, pronounFits } from './nearer-pronoun.js';
import { subjectDescribedAsPronounsOwn } from './owner-described-subject.js';
import { pronounAfterFrontedParticiple } from './fronted-participle.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { nameRunEnd } from '../nlp/name-run.js';
import { NO_LETTER_AFTER, literalMatches } from '../text/literal-matches.js';
import { genderOfRelative } from '../lexicon/relatives.js';
import { ownPossessiveAfterVerb, possessorOpening } from './possessive-subject.js';
import { indefiniteSourceBefore, unnamedSourceAgain } from './unnamed-source-again.js';
import { surnameSubjectJustBefore } from './surname-subject-before.js';
import { generationSurnameHolder } from './elder-younger-surname.js';
import { focusOpenerPerson } from './focus-opener.js';
import { quotedNameAsSubject } from './quoted-name-subject.js';
import { scareQuotedTerm } from './scare-quoted-terms.js';
import { speechInQuotation } from './speech-in-quotation.js';
import { exhortingVerbs } from '../lexicon/exhorting-verbs.js';

// How far back (characters) another person named makes the last speaker no longer the only one in reach.
const SOLE_SPEAKER_REACH = 1500;

// A capitalised word starting a word (maybe with a full stop), and space, right before a name: a title in group 2 ("Ms. Baker", "Dr Mason").
const TITLE_WORD_BEFORE = /(?<=(?<![\p{L}-])((\p{Lu}\p{Ll}*)\.?\s+))/uy;

/**
 * The quote stage: every attributed quotation in an analysed article, direct, partial and indirect,
 * with its speaker (canonical name, mention, kind, role), cue and outlet.
 */
export function extractQuotes(doc: AnalyzedArticle, _entities?: ArticleEntities): ExtractedQuote[] {
  const text = doc.article.text;
  const view = new TokenView(doc);
  const tokens = view.tokens;
  // Once per paragraph: the test reads the whole paragraph, and it is asked for every quotation and sentence.
  const headlines: (boolean | undefined)[] = [];
  const headline = (p: number) => (headlines[p] ??= isHeadline(doc, p));
  // (A quoted title as the subject of a clause, or a scare-quoted term inside one, is plain words of that clause,
  // which the indirect covers: "said “Lanternfall” had been sold short", "said the “streaming slump” story …".)
  // (Nor are words a quoted speaker reports someone saying: "‘She said, “Take it,”’ Lee said" is one quote, Lee's.)
  const marked = doc.marked.filter((m, k) => !headline(m.paragraph) && !isHeadlineQuote(doc, m) && !isNickname(text, m) && !quotedNameAsSubject(view, m) && !scareQuotedTerm(view, m, doc.paragraphs[m.paragraph]!) && !speechInQuotation(view, doc.marked, k));
  const inQuote = quoteMask(tokens, marked);
  const registry = new PersonRegistry();
  const history: Attribution[] = [];
  // Register every capitalised name in order, so a later surname resolves to the full name.
  const mentions = registerNames(text, tokens, inQuote, registry);
  const knownRoles = roleMentions(view, inQuote, mentions);
  // The outlet of an interview a sentence places a person in ("X was asked about the tour in an
  // interview with the Observer", "she took questions in interviews, this time in Le Monde"): the
  // person's later quotes with no outlet of their own were given in that interview. A one-off "told
  // OUTLET" carries only along its own continuation and pronoun quotes (see resolve).
  const venueOf = new Map<Person, { outlet: string; at: number; byNoun: boolean }>();
  const withOutlet = (a: Attribution | null): Attribution | null => {
    if (!a?.person || a.frame.outlet || a.frame.speaker.kind === 'outlet') return a;
    const venue = venueOf.get(a.person);
    // ("She appeared on the same network. …": a broadcaster named only by its kind holds while she is the one quoted;
    // once someone else speaks, a later "she" may be another woman.)
    if (venue?.byNoun && history.some((h) => h.at > venue.at && h.at < a.at && h.person !== a.person)) return a;
    return venue ? { ...a, frame: { ...a.frame, outlet: venue.outlet } } : a;
  };

  const resolve = (frame: Frame, at: number): Attribution => {
    const sp = frame.speaker;
    let person: Person | null = null;
    // One word that ends the name of someone named before: a body's name or a capitalised role word as a surname.
    const surnamed = sp.kind === 'organization' ? surnameBearer(sp) : sp.kind === 'anonymous' ? surnameOfSomeone(sp) : null;
    const aliased = sp.kind === 'anonymous' || sp.kind === 'organization' ? registry.aliasHolder(sp.name) : undefined;
    if (aliased) {
      // "Dwayne Okoro, known as The Hammer, …" then "The Hammer said": the alias names him (antecedents.ts).
      person = aliased;
      frame = { ...frame, speaker: { ...sp, kind: 'person' } };
    } else if (sp.kind === 'organization' && surnamed) {
      // "Coach Lena Nielsen …" then "Nielsen said": a one-word body's name that a person named before bears is hers.
      person = surnamed;
      frame = { ...frame, speaker: { ...sp, kind: 'person' } };
    } else if (sp.kind === 'person') {
      // (A title chooses among those sharing a surname by gender instead: see PersonRegistry.add.)
      // ("the elder Varga": the holder of a shared surname the article named as parent or child; elder-younger-surname.ts.)
      person = generationSurnameHolder(text, sp.start, sp.name, registry, knownRoles) ?? (sp.title ? null : surnameSubjectBefore(sp) ?? recentSurnameSpeaker(sp.name, at, history, registry, (offset) => paragraphOf(doc, offset))) ?? registry.add(sp.name, sp.title);
    } else if (sp.kind === 'pronoun') {
      // "A: I think the fares will rise": the "I" of a transcript's turn is the one speaking it.
      const turnSpeaker = sp.name === 'i' ? speakerOfTurn(turns[paragraphOf(doc, sp.start)]) : null;
      if (turnSpeaker) return { frame, at, person: registry.add(turnSpeaker.name, turnSpeaker.title), pronoun: true };
      const teller = tellerReplied(sp, frame);
      const notSpeaking = teller ?? addressee(frame) ?? spokenAbout(sp);
      const local = (teller ? null : sentenceAntecedent(sp)) ?? previousAsked(sp) ?? previousSubject(sp, notSpeaking) ?? previousFocus(sp, notSpeaking) ?? previousGroup(sp, frame);
      if (local && !local.person) return { frame, at, person: null, pronoun: true, name: local.name, kind: local.kind };
      // "Her spokesman told …. …, he added": the description before is the one speaking, named by no one (its role carries over).
      // (Not one inside a named person's report: "Lund said her sister told her …. “…,” she said" is Lund.)
      const describedLast = local ? null : describedAntecedent(sp.name, at, history, (offset) => paragraphOf(doc, offset));
      const reporter = describedLast ? namedReporterOf(tokens, view.tokenAtOrAfter(describedLast.frame.speaker.start)) : null;
      const reporterPerson = reporter ? registry.add(reporter) : null;
      const reporterFits = !!reporterPerson && reporterPerson !== notSpeaking && (reporterPerson.gender === 'unknown' || reporterPerson.gender === PRONOUN_GENDER.get(sp.name));
      const described = (reporterFits ? null : describedLast) ?? (local ? null : describedSubjectBefore(sp, at));
      // ("One juror told KTVU that …. “…,” she said": still talking to that outlet, as a named speaker's pronoun is.)
      const told = described && !frame.outlet && paragraphOf(doc, described.at) === paragraphOf(doc, at) ? described.frame.outlet : null;
      if (described) return { frame: { ...frame, speaker: { ...sp, role: sp.role ?? described.frame.speaker.role }, ...(told ? { outlet: told } : {}) }, at, person: null, pronoun: true, kind: 'anonymous' };
      const antecedent = local ?? (reporterFits ? { person: reporterPerson!, attribution: null } : resolvePronoun(sp.name, at, history, mentions, notSpeaking));
      // "The bill passed, the stablemaster told NHK. “…,” he said": no one named fits; the unnamed one who spoke just before does.
      const unnamed = antecedent ? null : unnamedSpeakerJustBefore(sp.name, at, history, view.sentence(previousSentenceEnd(view.tokenAtOrAfter(sp.start))).start);
      if (unnamed) {
        const toldUnnamed = !frame.outlet && paragraphOf(doc, unnamed.at) === paragraphOf(doc, at) ? unnamed.frame.outlet : null;
        return { frame: { ...frame, speaker: { ...sp, role: sp.role ?? unnamed.frame.speaker.role }, ...(toldUnnamed ? { outlet: toldUnnamed } : {}) }, at, person: null, pronoun: true, kind: 'anonymous' };
      }
      person = antecedent?.person ?? null;
      // "Tom Okafor … “…,” he says": one a "he" stands for is a man for the rest of the article, so a later
      // "she" looks past him even when his given name told nothing.
      if (person) learnGender(person, sp.name);
      // "director Chad Stahleski said …" then "he explained": the role carries over with the person.
      const role = antecedent?.attribution?.frame.speaker.role;
      if (role && !sp.role) frame = { ...frame, speaker: { ...sp, role } };
      // "In an interview with IndieWire, X said …" then "“…,” he explained": the interview's outlet carries over.
      if (!frame.outlet && antecedent?.attribution && paragraphOf(doc, antecedent.attribution.at) >= paragraphOf(doc, at) - 2) {
        frame = { ...frame, outlet: antecedent.attribution.frame.outlet };
      }
    } else if (sp.kind === 'anonymous' && partiallyGivenName(text, sp.end)) {
      // "said a volunteer from Adana who gave only his first name, Emre": the name given is the speaker's.
      person = registry.add(partiallyGivenName(text, sp.end)!);
      frame = { ...frame, speaker: { ...sp, kind: 'person' } };
    } else if (sp.kind === 'anonymous' && surnamed) {
      // "Stephen King … King said", "Rep. Steve King … said King": a role word standing alone with a
      // capital is the surname of the person named with it.
      person = surnamed;
    } else if (sp.kind === 'anonymous' && isRoyalOfPhrase(sp.name)) {
      // "the King of Pop said": the one the article gave the nickname to, or no one. (An office, "the King
      // of Norway", goes the same way: a King Halvard named before is not looked for.)
      person = nicknameHolder(text, sp.name, at, mentions);
    } else if (sp.kind === 'anonymous' && pronounOwnedNoun(sp.name)) {
      // "His wife, Dana Reyes, …. “…,” his wife said": the one named as that relative before, or no one (roles.ts).
      // A role the same way: "His lawyer, Ann Berg, said …. His lawyer said later …" is Ann Berg.
      person = pronounRelativeNamed(text, pronounOwnedNoun(sp.name)!, sp.start, mentions, knownRoles);
    } else if (sp.kind === 'anonymous' && frame.teller && (definiteRole(sp.name) || definiteGoBetween(sp.name))) {
      // "Ruiz said he was told by the mayor that …": the mayor named as such, never Ruiz, who heard it.
      person = tellerDescribed(sp.name, at, knownRoles, mentions, hearersOf(frame));
    } else if (sp.kind === 'anonymous' && (definiteRole(sp.name) || definiteGoBetween(sp.name)) && openingPhraseHolder(sp, at)) {
      // "In a call with Dana Okafor, the coach said …": the coach named as such before, never the one in the opening phrase.
      // (With no one named so, the description resolves as below, still never to one in the phrase.)
      person = openingPhraseHolder(sp, at);
    } else if (sp.kind === 'anonymous' && (definiteRole(sp.name) || definiteGoBetween(sp.name))) {
      // "The actress, who …, revealed" / "said the record-label founder": a definite description
      // of one person refers back like a pronoun.
      // (A relative or partner noun gives its gender too: "the bride", "the widower"; data/relatives.json.)
      const kinNoun = sp.name.toLowerCase().split(/\s+/).pop() ?? '';
      const kin = genderOfRelative(kinNoun);
      // "Officer Dana Price led the search for the girl. “…,” the girl's mother said": a relative with a possessor is
      // the relative OF that one, only a person named as such ("Ana Ruiz, the girl's mother,", "her mother, Ana
      // Ruiz,"), never one named in another role; with none, the description is the speaker.
      if (kin !== undefined && /[’']s\s+\S+$/.test(sp.name)) {
        const holders = new Set(knownRoles.filter((m) => m.at < sp.start && m.roles.has(kinNoun)).map((m) => m.person));
        const latest = mentions.filter((m) => m.at < sp.start && holders.has(m.person)).pop();
        return { frame, at, person: latest?.person ?? null, pronoun: false };
      }
      // "The city's budget director said …. “…,” the director said": the same role word as the latest speaker, a
      // description named by no one nearby, is that description again, not someone named before it.
      // (Only an owned role: "the senator" or "the witness" after an unnamed one may still be someone named before.
      // An indefinite one, "One crew member said …. “…,” the crew member said", brings in someone new: it is that one.)
      const lastSpoke = history.filter((a) => a.at < at).pop();
      const lastWritten = lastSpoke ? text.slice(lastSpoke.frame.speaker.start, lastSpoke.frame.speaker.end) : '';
      if (lastSpoke && !lastSpoke.person && !lastSpoke.pronoun && lastSpoke.frame.speaker.kind === 'anonymous' && (isOwnedRole(lastWritten) || isIndefiniteDescription(lastWritten)) && paragraphOf(doc, lastSpoke.at) >= paragraphOf(doc, at) - 1 && descriptionHead(lastSpoke.frame.speaker) === descriptionHead(sp)) {
        // ("One executive told The Sun …. “…,” the executive said": the same one, still talking to that outlet.)
        if (!frame.outlet && lastSpoke.frame.outlet) frame = { ...frame, outlet: lastSpoke.frame.outlet };
        return { frame, at, person: null, pronoun: false };
      }
      const gendered = FEMALE_ROLE.test(sp.name) || kin === 'female' ? 'she' : MALE_ROLE.test(sp.name) || kin === 'male' ? 'he' : 'any';
      // "His opponent, Tom Vick, was gracious. “…,” said the 23-year-old": an age, with no role to look up,
      // continues the previous sentence's named subject, as a "he" would, before the latest speaker. (Not a nation:
      // "Spain's Ortega won. Coach Ana Ruiz hugged him. “…,” said the Spaniard" is no coach.)
      const epithetSubject = isAgeEpithet(sp.name) ? previousSubject(sp, undefined, 0, PRONOUN_GENDER.get(gendered) ?? 'unknown') : null;
      // A nation's noun does the same for a subject known by no role ("Kowalczyk, who …, was gracious. “…,” the
      // Pole said"): the one just written about, before whoever spoke last.
      const nationSubject = !epithetSubject && isNationalityNoun(sp.name) ? previousSubject(sp, undefined, 0, PRONOUN_GENDER.get(gendered) ?? 'unknown') : null;
      // (A role named with the one who spoke last, the only person named in reach, blocks nothing: "manager Rodrigo
      // Ortega said …. The Spaniard added …" has no one else a nation's noun could stand for.)
      const lastSpeaker = history.filter((a) => a.at < at).pop()?.person ?? null;
      const soleSpeaker = (p: Person | null) => !!p && p === lastSpeaker && mentions.every((m) => m.at >= at || m.at < at - SOLE_SPEAKER_REACH || m.person === p);
      const roleNamed = (p: Person | null) => knownRoles.some((m) => m.person === p && m.at < at) && !soleSpeaker(p);
      const subject = epithetSubject ?? (nationSubject && !roleNamed(nationSubject.person) ? nationSubject : null);
      // (A relative or partner is one the article names, seldom its latest speaker, a publicist or an official:
      // "the bride" is the woman named most in reach.)
      // (Looking past those named in an opening phrase: "In a call with Dana Okafor, the candidate said".)
      const excluded = openingPhraseNames(sp);
      const inReach = excluded.size ? mentions.filter((m) => !excluded.has(m.person)) : mentions;
      const found = subject ?? resolvePronoun(gendered, at, kin && gendered !== 'any' ? [] : history, inReach);
      // "The coach praised Tom Hale, then said …": a description before its cue never stands for one named
      // only after it, in its own clause's object.
      const namedOnlyAfter = !!found && sp.end <= at && !mentions.some((m) => m.person === found.person && m.at < sp.start) && !history.some((a) => a.person === found.person && a.at < sp.start);
      const antecedent = namedOnlyAfter ? null : found;
      // "X speaks of the pier as “…,” as the mayor puts it": a description there sets its words apart from
      // the one the sentence is about; it is one named with that role or no one, never just the latest.
      const recent = asItCue(tokens, frame.cueToken) ? null : antecedent?.person ?? null;
      // Not one named with another role only ("Gov. Tom Vick" … "the senator"): the senator named before.
      person = describedPerson(sp.name, at, recent, knownRoles, mentions, antecedent?.attribution?.frame.speaker.role, subjectBeforeJoinedClause(sp), !!antecedent?.attribution, text);
      // "Coach Ana Ruiz hugged him. “…,” said the Spaniard": one named with a role is not whom a nation names.
      if (person && isNationalityNoun(sp.name) && roleNamed(person)) person = null;
      // With no subject or latest one fitting, the one the article names with that nationality ("Brazilian forward X").
      if (!person && isNationalityNoun(sp.name)) {
        const named = nationalityNamed(text, sp.name, at, mentions);
        // (A role given with the nationality is no other role: "Rafael Monteiro, the Brazilian winger,".)
        if (named && !knownRoles.some((m) => m.person === named.person && m.at < at && Math.abs(m.at - named.at) > 60)) person = named.person;
      }
      // "TVP rejected the finding. The broadcaster said …": an outlet that spoke since is the one described (described-bodies.ts).
      if (person && outletSpokeSince(sp.name, person, at, history, mentions)) person = null;
      // "X asked the minister whether …. “…,” the minister answered": the one answering is not the asker.
      if (person && person === askerAnswered(tokens, frame.cueToken, at, history)) person = null;
      // "In a call with Dana Okafor, the coach said …": the description never stands for one named in the opening phrase.
      if (person && excluded.has(person)) person = null;
      // "A former producer told Variety …. Lawyer Dana Ruiz said …. The former producer said": the unnamed source again.
      const source = unnamedSourceAgain(sp, at, person, history, knownRoles, text);
      if (source) {
        if (!frame.outlet && source.frame.outlet) frame = { ...frame, outlet: source.frame.outlet };
        return { frame, at, person: null, pronoun: false };
      }
      // ("One juror told WSB-TV …. “…,” the juror said", left unnamed: still talking to that outlet, in reach.)
      const again = person || frame.outlet ? null : indefiniteSourceBefore(descriptionHead(sp), at, history, text);
      if (again?.frame.outlet && paragraphOf(doc, again.at) >= paragraphOf(doc, at) - 2) frame = { ...frame, outlet: again.frame.outlet };
    }
    return { frame, at, person, pronoun: sp.kind === 'pronoun' };
  };

  // "In a statement to Lena Ortiz, the mayor said …": the people named in a phrase of a preposition opening the
  // sentence before the description (sentence-subject.ts), whom it cannot stand for.
  const openingPhraseNames = (sp: SpeakerPhrase): Set<Person> => {
    const first = view.tokenAtOrAfter(sp.start);
    if (!opensWithPrepositionPhrase(view, first)) return new Set();
    const s = view.sentence(first);
    return new Set(mentions.filter((m) => m.at >= s.start && m.at < sp.start).map((m) => m.person));
  };

  // The one named with the description's role before, other than those in the opening phrase (null with no opening phrase).
  const openingPhraseHolder = (sp: SpeakerPhrase, at: number): Person | null => {
    const excluded = openingPhraseNames(sp);
    return excluded.size ? tellerDescribed(sp.name, at, knownRoles, mentions, excluded) : null;
  };

  // "Ruiz, 52, said he was told by the mayor that …": those in the teller's sentence before its cue, the one
  // who heard it and the one reporting that (named, by an earlier attribution, or a pronoun's antecedent).
  const hearersOf = (frame: Frame): Set<Person> => {
    const s = view.sentence(frame.cueToken);
    const hearers = new Set<Person>();
    for (const m of mentions) if (m.at >= s.start && m.at < frame.cueStart) hearers.add(m.person);
    for (const a of history) if (a.person && a.frame.cueStart >= s.start && a.frame.cueStart < frame.cueStart) hearers.add(a.person);
    for (let k = s.tokenStart; k < frame.cueToken; k++) {
      if (!PRONOUN_GENDER.has(tokens[k]!.normal)) continue;
      const antecedent = resolvePronoun(tokens[k]!.normal, tokens[k]!.start, history, mentions);
      if (antecedent) hearers.add(antecedent.person);
    }
    return hearers;
  };

  // "Councillor Ana Ruiz called the plan “…”, but the mayor said …": the named subject of the sentence's first
  // clause, when the phrase opens a clause set against it ("but", "while", …; "and" goes on about the same one).
  const subjectBeforeJoinedClause = (sp: SpeakerPhrase): Person | null => {
    const first = view.tokenAtOrAfter(sp.start);
    const joiner = tokens[first - 1];
    if (!joiner || !CONTRASTING_JOINERS.has(joiner.normal)) return null;
    const subject = sentenceSubject(view, first);
    return subject?.kind === 'person' && subject.end < joiner.start ? registry.find(subject.name.split(' '), true) ?? null : null;
  };

  // The person named before whose surname a one-word body's name is ("Nielsen"); not a plural, which names a
  // team or a band ("The Harlow Twins" … "The Twins added").
  const surnameBearer = (sp: SpeakerPhrase): Person | null => (sp.name.includes(' ') || isPluralName(sp.name) ? null : bearerOfSurname(sp.name));

  const surnameOfSomeone = (sp: SpeakerPhrase): Person | null => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(sp.text)) return null;
    const person = bearerOfSurname(sp.text);
    // (Only someone named with a given name we know: "Senate Democrats" is no person called Democrats.)
    if (person) return genderOfFirstName(person.tokens[0]!) !== 'unknown' ? person : null;
    // … or the one word the article gives a personal title ("Ms. Baker founded the firm. “…,” Baker said"), as
    // entity extraction does (src/entities/thing-names.ts). (A title only: a given name before it may end a
    // sentence, "in June. Some said".) One word alone is registered only here: registerNames keeps to full names.
    if (!titledInText(sp.text)) return null;
    return registry.find([sp.text], true) ?? registry.add(sp.text);
  };

  // Whether the article puts a personal title right before the word: "Ms. Baker", "Dr Mason".
  // (Once per word: each test scans the whole article, and a name recurs as a speaker.)
  const titledWords = new Map<string, boolean>();
  const titledInText = (word: string): boolean => {
    let titled = titledWords.get(word);
    if (titled === undefined) titledWords.set(word, (titled = scanTitledInText(word)));
    return titled;
  };
  const scanTitledInText = (word: string): boolean => {
    for (const m of literalMatches(text, word, TITLE_WORD_BEFORE, NO_LETTER_AFTER)) if (isHonorificOrAddressTitle(m.before![2]!.toLowerCase())) return true;
    return false;
  };

  // The person named before, in more than one word, whose name ends in this word.
  const bearerOfSurname = (word: string): Person | null => {
    const person = registry.find([word], true);
    return person && person.tokens.length > 1 && person.tokens[person.tokens.length - 1] === word ? person : null;
  };

  // A person as the antecedent of a pronoun that wants `want`: one of that gender or of unknown gender (and any
  // person where the pronoun's own gender is unknown, when the caller allows it); null when they disagree.
  const agreeing = (person: Person, want: string | null | undefined, anyForUnknown = false): { person: Person; attribution: null; name: string; kind: SpeakerKind } | null =>
    person.gender === want || person.gender === 'unknown' || (anyForUnknown && want === 'unknown') ? { person, attribution: null, name: person.name, kind: 'person' } : null;

  // "Okafor says she thanked … during what she calls “…”" / "The council fined …, which it called “…”": a
  // pronoun after its own sentence's subject refers to that subject before any earlier speaker.
  const sentenceAntecedent = (sp: SpeakerPhrase): { person: Person | null; attribution: null; name: string; kind: SpeakerKind } | null => {
    const at = view.tokenAtOrAfter(sp.start);
    if (at >= tokens.length) return null;
    // "X warned …, while the Alliance welcomed what it called “…”": inside a contrast clause the pronoun is that clause's subject.
    const subject = contrastClauseSubject(tokens, at, view.sentence(at).tokenStart) ?? sentenceSubject(view, at);
    if (!subject || subject.end > sp.start) return null;
    if (/^,\s*$/.test(text.slice(subject.end, sp.start))) return null; // "Mark Dunn, he said, was …" (spokenAbout)
    if (ownerDescribed(subject, at, sp)) return null; // "Her counselor, Abby Carter, …, she said" (spokenAbout)
    const want: string | null = PRONOUN_GENDER.get(sp.name) ?? (sp.name === 'it' ? 'neuter' : null);
    // "Ohio, she said, …": a place before the pronoun is what she spoke about.
    if (subject.kind === 'person' && (want === 'male' || want === 'female') && !cueLexicon().placeNames.has(subject.name)) {
      // A single word of unknown gender ("Acme, she said, …") is an antecedent only as a name: one already
      // known, or one that follows a given name somewhere in the article ("Zandra Okoye" … "Okoye").
      const person = subject.name.includes(' ') || subject.title || view.namesAfterNames().has(subject.name) ? registry.add(subject.name, subject.title) : registry.find([subject.name], true);
      if (!person) return null;
      return agreeing(person, want);
    }
    if (want === 'neuter' && (subject.kind === 'organization' || subject.kind === 'outlet')) return { person: null, attribution: null, name: subject.name, kind: subject.kind };
    // "Equity said it was concerned about what it called “…”": "it" after a lone name that is no one's given name
    // nor a surname is that name, a body's (a person is never "it").
    if (want === 'neuter' && loneBodyName(subject)) return { person: null, attribution: null, name: subject.name, kind: 'organization' };
    // "The two agencies declined to comment, saying they …": "they" after a plural subject is that group.
    if (sp.name === 'they' && subject.kind === 'anonymous' && pluralGroup(subject)) return { person: null, attribution: null, name: subject.name, kind: 'anonymous' };
    // "Ashford rejected what they called a “derisory” bid": a club or firm is "they" as well as "it" (British usage).
    // (Only with no clause nor plural between them: "The club was fined after its fans sang what they called …" is the fans'.)
    if (sp.name === 'they' && !clauseOrPluralBetween(view.tokenAtOrAfter(subject.end), at)) {
      if (subject.kind === 'organization' || subject.kind === 'outlet') return { person: null, attribution: null, name: subject.name, kind: subject.kind };
      if (loneBodyName(subject)) return { person: null, attribution: null, name: subject.name, kind: 'organization' };
    }
    return null;
  };

  // A subordinating word (nlp/words.ts SUBORDINATORS) or a plural noun in tokens[from, to): another subject may own a
  // pronoun after it ("after its fans sang what they called").
  const clauseOrPluralBetween = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (t.pos === 'SCONJ' || SUBORDINATORS.has(t.normal) || (t.pos === 'NOUN' && t.normal !== t.lemma && /s$/.test(t.normal))) return true;
    }
    return false;
  };

  // A subject read as a person's that can only be a body's name: one capitalised word, no title, no given name,
  // never written after a given name nor known as anyone's surname.
  const loneBodyName = (subject: SpeakerPhrase): boolean =>
    subject.kind === 'person' && !subject.title && /^\p{Lu}\p{Ll}+$/u.test(subject.name) && genderOfFirstName(subject.name) === 'unknown' && !view.namesAfterNames().has(subject.name) && !registry.find([subject.name], true);

  // "Kessler told him …; he replied …": the one who told is not the one replying (reply-to-told.ts).
  const tellerReplied = (sp: SpeakerPhrase, frame: Frame): Person | undefined => {
    const at = view.tokenAtOrAfter(sp.start);
    const subject = at < tokens.length ? sentenceSubject(view, at) : null;
    if (subject?.kind !== 'person' || subject.end > sp.start) return undefined;
    if (!repliesToTeller(tokens, view.tokenAtOrAfter(subject.end), at, sp.name, frame.cueToken)) return undefined;
    return registry.find(subject.name.split(' '), true) ?? undefined;
  };

  // "“…,” he told Okafor": the person the cue addresses is not the one speaking.
  const addressee = (frame: Frame): Person | undefined => {
    const first = frame.cueToken + 1;
    const k = nameRunEnd(tokens, first, Math.min(tokens.length, first + 4));
    return k > first ? registry.find(tokens.slice(first, k).map((t) => t.text), true) : undefined;
  };

  // "Mark Dunn, he said, was “…”": the subject before the speaker's aside is whom he spoke about.
  // "Her counselor, Abby Carter, pushed her …, she said": so is a subject named as the pronoun's owner's relation.
  const spokenAbout = (sp: SpeakerPhrase): Person | undefined => {
    const at = view.tokenAtOrAfter(sp.start);
    const subject = at < tokens.length ? sentenceSubject(view, at) : null;
    if (subject?.kind !== 'person' || (!/^,\s*$/.test(text.slice(subject.end, sp.start)) && !ownerDescribed(subject, at, sp))) return undefined;
    return registry.find(subject.name.split(' '), true);
  };

  // Whether the sentence's subject, before the pronoun at tokens[at], is named as the relation of that pronoun's possessive (owner-described-subject.ts).
  const ownerDescribed = (subject: SpeakerPhrase, at: number, sp: SpeakerPhrase): boolean =>
    subject.end <= sp.start && subjectDescribedAsPronounsOwn(text.slice(view.sentence(at).start, subject.start), sp.name);

  // "A reporter asked Becker whether the club would move. “…,” he said": a he/she opening its sentence (or after
  // only the quotation that opens it) right after a question put to a named person by someone unnamed is that
  // person's answer.
  const previousAsked = (sp: SpeakerPhrase): { person: Person; attribution: null; name: string; kind: SpeakerKind } | null => {
    const want = PRONOUN_GENDER.get(sp.name);
    if (want !== 'male' && want !== 'female') return null;
    const last = previousSentenceEnd(view.tokenAtOrAfter(sp.start));
    if (last < 0) return null;
    const before = view.sentence(last);
    // (Asked by a named person, "Dunn asked Reyes about …", the previous subject's rule decides, as before.)
    if (sentenceSubject(view, last)?.kind === 'person') return null;
    const asked = askedPersonIn(tokens, before.tokenStart, before.tokenEnd);
    const person = asked ? registry.find(tokens.slice(asked[0], asked[1]).map((t) => t.text), true) : undefined;
    if (!person || cueLexicon().placeNames.has(person.name)) return null;
    return agreeing(person, want);
  };

  // "For Brandt, the repairs cannot start soon enough. She said …": the person the sentence before opened on (focus-opener.ts).
  const previousFocus = (sp: SpeakerPhrase, addressed: Person | undefined): { person: Person; attribution: null; name: string; kind: SpeakerKind } | null => {
    const want = PRONOUN_GENDER.get(sp.name);
    if (want !== 'male' && want !== 'female') return null;
    const last = previousSentenceEnd(view.tokenAtOrAfter(sp.start));
    if (last < 0) return null;
    const before = view.sentence(last);
    const person = focusOpenerPerson(tokens, before.tokenStart, before.tokenEnd, mentions);
    if (!person || person === addressed || cueLexicon().placeNames.has(person.name)) return null;
    return agreeing(person, want);
  };

  // Whether tokens[a] and tokens[b] lie inside one quotation (its marks included).
  const inSameQuotation = (a: number, b: number): boolean =>
    !!inQuote[a] && !!inQuote[b] && marked.some((m) => m.open <= tokens[a]!.start && tokens[b]!.end <= m.close + 1);

  // The subject of the sentence before the one the pronoun opens, and whether a verb follows it there. A
  // sentence run across a paragraph break, or a line with no verb ("FULL TEXT."), has no subject to continue.
  const previousSentence = (sp: SpeakerPhrase, speaks?: (description: SpeakerPhrase) => boolean): { subject: SpeakerPhrase | null; verbAfterSubject: boolean } | null => {
    let last = previousSentenceEnd(view.tokenAtOrAfter(sp.start));
    if (last < 0) return null;
    let before = view.sentence(last);
    // ("Alvarez greeted fans chanting “Benny! Benny!” He told …": a "!" or "?" inside a quotation ends no
    // sentence of the narrative; the sentence is the one the quotation opened in.)
    // (Only inside one quotation: a quotation that opens the sentence after another's closing mark is a new sentence,
    // '… "ruin the harbour." ¶ "We voted it down," Brandt told …'.)
    while (before.tokenStart > 0 && inSameQuotation(before.tokenStart - 1, before.tokenStart)) {
      last = before.tokenStart - 1;
      before = view.sentence(last);
    }
    if (text.slice(before.start, before.end).includes('\n')) return null;
    // ("Before the credits rolled, Harrow thanked …": the subject after an opening subordinate clause.)
    const subject = sentenceSubject(view, last, speaks, true);
    return { subject, verbAfterSubject: !!subject && hasVerb(tokens, view.tokenAtOrAfter(subject.end), before.tokenEnd - 1) };
  };

  // The name whose thing opens the sentence before the pronoun's: "Marlowe's previous best was …" → "Marlowe".
  const possessorBefore = (sp: SpeakerPhrase): string | null => {
    const last = previousSentenceEnd(view.tokenAtOrAfter(sp.start));
    if (last < 0) return null;
    const before = view.sentence(last);
    if (text.slice(before.start, before.end).includes('\n')) return null;
    const name = possessorOpening(tokens, before.tokenStart, before.tokenEnd);
    return name ? text.slice(tokens[name[0]]!.start, tokens[name[1] - 1]!.end) : null;
  };

  // A role phrase set off by commas ("Donald Trump, the nominee, who …") is an apposition, not the subject of its clause.
  const setOffRole = (subject: SpeakerPhrase): boolean => {
    const from = view.tokenAtOrAfter(subject.start);
    const after = tokens[view.tokenAtOrAfter(subject.end)];
    return after?.text === ',' || (tokens[from - 1]?.text === ',' && tokens[from - 2]?.pos === 'PROPN');
  };

  // "Okafor, 47, runs the ferry office. He said …" / "… toured the pier. “…,” he said": a he/she that opens
  // its sentence, or follows only the quotation that opens it, continues the previous sentence's named
  // subject before any earlier speaker (not a place, not the one the cue addresses).
  const previousSubject = (sp: SpeakerPhrase, addressed: Person | undefined, depth = 0, epithetGender?: string): { person: Person; attribution: null; name: string; kind: SpeakerKind } | null => {
    const want = epithetGender ?? PRONOUN_GENDER.get(sp.name);
    if (want !== 'male' && want !== 'female' && want !== 'unknown') return null;
    const previous = previousSentence(sp);
    if (!previous) return null;
    const { subject, verbAfterSubject } = previous;
    // "Okafor runs the ferry office. He moved here in 2009. “…,” he said": the same pronoun, sentence after sentence, leads back to the name.
    if (subject?.kind === 'pronoun' && subject.name === sp.name && depth < 3) return previousSubject(subject, addressed, depth + 1);
    // "The jockey Takumi Shirasaka won. … Holding his helmet, the jockey bowed. “…,” he said": a definite role
    // description as the subject is the person the article named with that role (roles.ts), as a name there would be.
    // (Only the clause's own subject, its verb right after it: "that Donald Trump, the nominee, who has called …,
    // could win, Ban demurred" sets "the nominee" off as an apposition inside the opening clause.)
    if (subject?.kind === 'anonymous' && verbAfterSubject && definiteRole(subject.name) && !pluralGroup(subject) && !setOffRole(subject)) {
      const holder = describedPerson(subject.name, subject.start, null, knownRoles, mentions);
      const agreed = holder && holder !== addressed ? agreeing(holder, want, true) : null;
      if (agreed) return agreed;
    }
    // "Marlowe's previous best was 2:18.11. “…,” she said": a known person's thing as the subject keeps the
    // person the topic (possessive-subject.ts; not "Marlowe's coach", someone else).
    if (subject?.kind !== 'person') {
      const owner = possessorBefore(sp);
      const known = owner ? registry.find(owner.split(' '), true) : undefined;
      return known && known !== addressed && !cueLexicon().placeNames.has(known.name) ? agreeing(known, want, true) : null;
    }
    if (coordinated(tokens, view.tokenAtOrAfter(subject.start), view.tokenAtOrAfter(subject.end))) return null;
    if (!verbAfterSubject) return null;
    // Only a person already known: a new name here may be a place read as one ("Maricopa County Sheriff …").
    // (… or a full name that declined or refused to answer: "Oriel Trebb declined to say whether …. “…,” she
    // said" — someone asked, as a speaker is, whatever her given name.)
    const person = registry.find(subject.name.split(' '), true) ?? (want !== 'unknown' ? refuserOfGender(subject, want) ?? possessorOfGender(subject, sp, want) : undefined) ?? surnameBeforeFrontedClause(subject, sp);
    if (!person || person === addressed || cueLexicon().placeNames.has(person.name)) return null;
    // "Castellane met Oren Vask. “…,” he said": a surname alone, its gender unknown, yields to one of the
    // pronoun's gender named in that sentence (resolvePronoun picks among them).
    if (person.gender === 'unknown' && person.tokens.length === 1 && want !== 'unknown') {
      const before = view.sentence(previousSentenceEnd(view.tokenAtOrAfter(sp.start)));
      if (mentions.some((m) => m.at >= before.start && m.at < before.end && m.person !== person && m.person.gender === want)) return null;
    }
    return agreeing(person, want, true);
  };

  // The unnamed description that spoke as the subject of the sentence right before the pronoun's (described-antecedent.ts).
  const describedSubjectBefore = (sp: SpeakerPhrase, at: number): Attribution | null => {
    const previous = previousSentence(sp, (d) => subjectForDescribedAntecedent(d) || askedNotToBeNamed(d));
    const subject = previous?.verbAfterSubject ? previous.subject : null;
    return subject?.kind === 'anonymous' ? describedSubjectAntecedent(sp.name, at, history, subject.start, subject.end, askedNotToBeNamed(subject)) : null;
  };

  // "A lift operator, who asked not to be named, said …": a description followed by a relative clause asking anonymity (anonymity-clause.ts).
  const askedNotToBeNamed = (d: SpeakerPhrase): boolean => {
    const comma = view.tokenAtOrAfter(d.end);
    return tokens[comma]?.text === ',' && requestsAnonymity(tokens, comma + 1);
  };

  // "… The comedian Mark Hale also paid tribute. Hale wrote …": the holder of a shared surname the sentence before named as its subject (surname-subject-before.ts).
  const surnameSubjectBefore = (sp: SpeakerPhrase): Person | null => {
    const at = view.tokenAtOrAfter(sp.start);
    if (at >= tokens.length || sp.name.includes(' ')) return null;
    const previous = previousSentence(sp);
    return surnameSubjectJustBefore(sp.name, registry, view.sentence(at).tokenStart === at, previous?.verbAfterSubject ? previous.subject : null);
  };

  // "Brandt was unmoved. Told that Okafor viewed him as a rival, he shrugged": a surname alone, the previous
  // sentence's subject though no verb of a person's registered it, is the he/she after a fronted participle clause
  // (the name inside that clause is what he heard of). Not a place or a body's name.
  const surnameBeforeFrontedClause = (subject: SpeakerPhrase, sp: SpeakerPhrase): Person | undefined => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(subject.name) || subject.title) return undefined;
    const at = view.tokenAtOrAfter(sp.start);
    if (!pronounAfterFrontedParticiple(tokens, view.sentence(at).tokenStart, at)) return undefined;
    const k = view.tokenAtOrAfter(subject.start);
    if (tokens[k]?.pos !== 'PROPN' || cueLexicon().placeNames.has(subject.name) || isKnownOrganisation(subject.name) || ORGANIZATION_TAILS.has(subject.name.toLowerCase()) || ORGANIZATION_HEADS.has(subject.name.toLowerCase())) return undefined;
    return registry.add(subject.name);
  };

  // "Harrow thanked his wife. “…,” he said": a lone surname not yet known whose verb takes the pronoun's own
  // possessive is a person of that gender, registered here (see possessive-subject.ts).
  const possessorOfGender = (subject: SpeakerPhrase, sp: SpeakerPhrase, want: 'male' | 'female'): Person | undefined => {
    if (subject.name.includes(' ') || subject.title || cueLexicon().placeNames.has(subject.name) || isKnownOrganisation(subject.name)) return undefined;
    const sentence = view.sentence(previousSentenceEnd(view.tokenAtOrAfter(sp.start)));
    if (!ownPossessiveAfterVerb(tokens, view.tokenAtOrAfter(subject.end), sentence.tokenEnd, want)) return undefined;
    const person = registry.add(subject.name);
    if (person.gender === 'unknown') person.gender = want;
    return person;
  };

  // "Oriel Trebb declined to say whether she would run. “…,” she said": a full name we do not know yet that
  // declined or refused to answer was asked, as a speaker is, so it is the "he"/"she" after it, registered
  // here. Its gender (its given name's, else that of the pronoun opening its own question clause) must be
  // the pronoun's; with neither known, only when no one of the pronoun's gender is named in the article,
  // so the pronoun cannot be someone else's.
  const refuserOfGender = (subject: SpeakerPhrase, want: 'male' | 'female'): Person | undefined => {
    if (!subject.name.includes(' ')) return undefined;
    const refusal = refusalAfterSubject(subject);
    if (!refusal) return undefined;
    const named = genderOfFirstName(subject.name.split(' ')[0]!);
    const gender = named !== 'unknown' ? named : PRONOUN_GENDER.get(refusal.pronoun ?? '') ?? 'unknown';
    if (gender !== want && (gender !== 'unknown' || registry.people.some((p) => p.gender === want))) return undefined;
    const person = registry.add(subject.name, subject.title);
    if (person.gender === 'unknown' && gender === want) person.gender = want;
    return person;
  };

  // The first verb after a subject (past an apposition) is a refusal: "X, the mayor, declined to …", "X
  // refused to …"; with the subject pronoun of its question clause ("… to say whether she would …"), if any.
  // (Not a body's: a name ending in a body's word, "Harlow County", a place, or one whose question clause
  // opens with "it" or "they"; and not when a named speaker follows in the sentence, "…, but her deputy,
  // Rosa Kell, said she would", who stands nearer the pronoun.)
  const refusalAfterSubject = (subject: SpeakerPhrase): { pronoun: string | null } | null => {
    const last = subject.name.split(' ').pop()!.toLowerCase();
    if (ORGANIZATION_TAILS.has(last) || ORGANIZATION_HEADS.has(last) || cueLexicon().placeNames.has(subject.name)) return null;
    const from = view.tokenAtOrAfter(subject.end);
    const end = view.sentence(from).tokenEnd;
    for (let k = from; k < end && k < from + 12; k++) {
      if (tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') continue;
      if (!cueLexicon().refusalVerbs.has(tokens[k]!.lemma) || tokens[k + 1]?.normal !== 'to') return null;
      if (namedSpeakerAfter(k + 2, end)) return null;
      const opener = questionSubject(k + 2, end);
      if (opener && BODY_PRONOUNS.has(opener)) return null;
      return { pronoun: opener && PRONOUN_GENDER.has(opener) ? opener : null };
    }
    return null;
  };

  // The word after the first question word in tokens[from, end): "whether she would run" → "she".
  const questionSubject = (from: number, end: number): string | null => {
    for (let k = from; k < end - 1 && k < from + 4; k++) if (cueLexicon().questionWords.has(tokens[k]!.normal)) return tokens[k + 1]!.normal;
    return null;
  };

  // A name, then a speech verb, in tokens[from, end): a second speaker in the refusal's sentence.
  const namedSpeakerAfter = (from: number, end: number): boolean => {
    const name = tokens.slice(from, end).findIndex((t) => t.pos === 'PROPN');
    if (name < 0) return false;
    for (let k = from + name + 1; k < end; k++) if (tokens[k]!.pos === 'VERB' && cueLexicon().speech.has(cueLemma(tokens[k]!))) return true;
    return false;
  };

  // "The harbour trust met on Monday. It said …" / "The ferry unions met. They said …": "it" that opens its
  // sentence and speaks continues an organisation that was the previous sentence's subject, "they" a group
  // of people. ("It shows …" after "The paper published a video." is the video, no organisation.)
  const previousGroup = (sp: SpeakerPhrase, frame: Frame): { person: null; attribution: null; name: string; kind: SpeakerKind } | null => {
    if (sp.name !== 'it' && sp.name !== 'they') return null;
    // (… or calls for something, as only a speaker does: "It called for a trial period".)
    // (… or urges someone to act, as only a speaker does: "It urged residents to watch for fever".)
    if (sp.name === 'it' && !cueLexicon().speech.has(cueLemma(tokens[frame.cueToken]!)) && !callsFor(frame.cueToken) && !exhortingVerbs().has(cueLemma(tokens[frame.cueToken]!))) return null;
    const previous = previousSentence(sp);
    const subject = previous?.subject;
    if (!subject || !previous.verbAfterSubject) return null;
    const fits = sp.name === 'it' ? subject.kind === 'organization' || subject.kind === 'outlet' : subject.kind === 'anonymous' && pluralGroup(subject);
    return fits ? { person: null, attribution: null, name: subject.name, kind: subject.kind as SpeakerKind } : null;
  };

  // "called for", "calls on": a cue of stance taking its object after a particle (cues.json object_cue_particles) that
  // is also a speech act's noun with that particle (speech_act_nouns: "a call for"): a demand, made in words.
  // (The frame's cue token may be the particle itself.)
  const callsFor = (cue: number): boolean => {
    const verb = tokens[cue - 1] && tokens[cue - 1]!.pos === 'VERB' ? cue - 1 : cue;
    const lemma = cueLemma(tokens[verb]!);
    const particle = tokens[verb + 1]?.normal ?? '';
    return !!cueLexicon().objectParticles.get(lemma)?.has(particle) && !!cueLexicon().speechActNouns.get(lemma)?.has(particle);
  };

  // The last token of the sentence before the one tokens[at] opens, or opens after a quotation that starts it
  // ("Reed toured the pier. “…,” he said"); -1 when tokens[at] opens no sentence.
  const previousSentenceEnd = (at: number): number => {
    const own = view.sentence(at);
    if (at > 0 && (own.tokenStart === at || subjectOfOwnSentence(at) || invertedAfterQuotation(at, own.tokenStart))) return own.tokenStart - 1;
    let k = at - 1;
    while (k >= 0 && k > at - 300 && (inQuote[k] || tokens[k]!.pos === 'PUNCT')) k--;
    // (A quotation longer than the reach has no sentence before it in view: its own words are no antecedent.)
    if (k < 0 || inQuote[k] || tokens[k]!.pos === 'PUNCT') return -1;
    let q = k + 1;
    while (q < at && !inQuote[q]) q++;
    if (q >= at) return -1;
    return /[.!?]\W*$|\n\s*$/u.test(text.slice(tokens[k]!.start, tokens[q]!.start)) ? k : -1;
  };

  // "But he said …", "In 2008, he complained …": the pronoun at tokens[at] is its sentence's subject after
  // a conjunction or an opening phrase.
  // "“…,” said the 23-year-old": the phrase follows only the quotation opening its sentence and the cue.
  const invertedAfterQuotation = (at: number, start: number): boolean => {
    let k = at - 1;
    if (k < start || tokens[k]!.pos !== 'VERB') return false;
    k--;
    while (k >= start && (inQuote[k] || tokens[k]!.pos === 'PUNCT')) k--;
    return k < start && inQuote[start] === 1;
  };

  const subjectOfOwnSentence = (at: number): boolean => {
    const start = view.sentence(at).tokenStart;
    if (start === at - 1 && tokens[start]!.pos === 'CCONJ') return true;
    // "Dust storms can mimic the signal, he told the magazine.": the pronoun after fronted reported words is
    // the subject of its sentence's cue. So is one set off inside them before a report verb: "Most, she found,
    // preferred …" (a verb of finding or thinking as much as of speech).
    const lemma = tokens[at + 1] ? cueLemma(tokens[at + 1]!) : '';
    if (at > start + 1 && tokens[at - 1]!.text === ',' && (cueLexicon().speech.has(lemma) || cueLexicon().report.has(lemma))) return true;
    return at + 1 < tokens.length && sentenceSubject(view, at + 1)?.start === tokens[at]!.start;
  };

  // A partial quote given its sentence's subject: the "he"/"she" standing for that person in the clause
  // that holds the quotation is the nearer mention (see nearer-pronoun.ts). Only the mention moves.
  const withNearerPronoun = (a: Attribution, span: MarkedSpan): Attribution => {
    const sp = a.frame.speaker;
    if (!a.person) return a;
    const pronoun = nearerPronounSubject(tokens, view.tokenAtOrAfter(sp.end), view.tokenAtOrAfter(span.open), inQuote);
    if (!pronoun || pronoun.start < sp.end || !pronounFits(pronoun.name, a.person.gender)) return a;
    return { ...a, frame: { ...a.frame, speaker: { ...pronoun, role: sp.role } }, pronoun: true };
  };

  const quotes: ExtractedQuote[] = [];
  // Quotes that continue an earlier attribution, given its mention once the outlet passes have read them.
  const continuations: { index: number; attribution: Attribution }[] = [];
  // Marked quotes in order, for quotations that run over several paragraphs (see continuedQuotations).
  const markedQuotes: MarkedQuote[] = [];
  let previous = null as { quote: ExtractedQuote; attribution: Attribution | null; span: MarkedSpan } | null;
  let beforePrevious = null as typeof previous;
  const indirect = withHeadlineReports(findIndirect(view, marked, headline), headlineReports(view, headline));
  let nextIndirect = 0;
  const turns = transcriptTurns(view, mentions);
  const venues = findVenues(view, inQuote);
  let nextVenue = 0;
  // "X seemed unbothered. Speaking to Bloomberg, she said …": the venue's pronoun is read as a quote's pronoun is,
  // a known subject of the sentence before first; the last speaker quoted may be someone else. (Only people
  // known already: the venue registers no one.)
  const venuePronounPerson = (sp: SpeakerPhrase, at: number): Person | null =>
    previousKnownSubject(sp) ?? resolvePronoun(sp.name, at, history, mentions)?.person ?? null;
  const previousKnownSubject = (sp: SpeakerPhrase): Person | null => {
    const want = PRONOUN_GENDER.get(sp.name);
    const previous = want === 'male' || want === 'female' ? previousSentence(sp) : null;
    const subject = previous?.verbAfterSubject ? previous.subject : null;
    if (subject?.kind !== 'person' || coordinated(tokens, view.tokenAtOrAfter(subject.start), view.tokenAtOrAfter(subject.end))) return null;
    const person = registry.find(subject.name.split(' '), true);
    return person && person.gender === want ? person : null;
  };
  // Whether the sentence at offset puts its subject on a broadcaster by its kind alone ("on the same network"),
  // not by name: a programme ("on the podcast") has hosts and guests taking turns, and stays theirs.
  const onBroadcasterByNoun = (offset: number, outlet: string): boolean => {
    const s = sentenceSpan(view, offset);
    const sentence = text.slice(s.start, s.end);
    const noun = /\bon\s+the\s+(?:same\s+)?(\p{Ll}+)/u.exec(sentence)?.[1];
    return !sentence.includes(outlet) && kindOfOutletWord(noun ?? '') === 'broadcaster';
  };
  const takeVenues = (before: number) => {
    while (nextVenue < venues.length && venues[nextVenue]!.at < before) {
      const v = venues[nextVenue++]!;
      const sp = v.speaker;
      const person = sp.kind === 'person' ? registry.add(sp.name, sp.title) : venuePronounPerson(sp, v.at);
      if (person) venueOf.set(person, { outlet: v.outlet, at: v.at, byNoun: onBroadcasterByNoun(v.at, v.outlet) });
    }
  };

  // The last quotation whose frame follows it ("“A,” Reed said, …"), and whether a later quotation sits
  // inside that frame's sentence, after its cue ("…, as the crowd chanted “C”").
  let framedAfter = null as { attribution: Attribution; span: MarkedSpan } | null;
  const quotedInFrame = (m: MarkedSpan, framed: typeof framedAfter): boolean => {
    if (!framed || m.paragraph !== framed.span.paragraph || m.open < framed.attribution.frame.cueEnd) return false;
    return view.sentence(view.tokenAtOrAfter(framed.attribution.frame.cueStart)) === view.sentence(Math.max(0, view.tokenAtOrAfter(m.open) - 1));
  };
  // The last attribution that may introduce a quote-only paragraph, and the outermost reported content so far.
  let introducer: Attribution | null = null;
  let outerReport = { start: 0, end: 0 };
  // "Lee said that for years critics had predicted …": a report whose cue sits inside an earlier report's
  // content is nested in it, unless its speaker opens that content ("In a video, Reed speculated that …"
  // is Reed's own report, the frame around it only its medium).
  const nestedReport = (ind: { frame: Frame }) => ind.frame.cueStart < outerReport.end && ind.frame.speaker.start > outerReport.start;
  // The topics named on dash lines so far ("“…” — X, on the BBC's decision to cut “Dune”"): no quote or report.
  const topics: [number, number][] = [];
  const inTopic = (offset: number) => topics.some(([s, e]) => offset >= s && offset < e);
  for (const span of marked) {
    if (inTopic(span.open)) continue;
    // Indirect quotes before this span join the history first (document order).
    while (nextIndirect < indirect.length && indirect[nextIndirect]!.start < span.start) {
      const ind = indirect[nextIndirect++]!;
      if (inTopic(ind.frame.cueStart)) continue;
      takeVenues(ind.frame.cueStart);
      const attribution = withOutlet(resolve(ind.frame, ind.frame.cueStart));
      history.push(attribution!);
      // A nested report introduces nothing: the next quote-only paragraph is still the outer speaker's.
      if (!nestedReport(ind)) introducer = attribution;
      if (ind.frame.cueStart >= outerReport.end) outerReport = { start: ind.start, end: ind.end };
      else outerReport = { ...outerReport, end: Math.max(outerReport.end, ind.end) };
      quotes.push(toQuote(text, ind.start, ind.end, 'indirect', attribution, 0.6));
    }
    takeVenues(span.start);
    let found = frameFor(view, span, marked, inQuote, !!previous?.attribution && previous.span.paragraph === span.paragraph);
    // A dialogue turn after a dash is the other speaker's, not the one the turn before named.
    const answer = dialogueAnswer(text, span, found, previous, beforePrevious);
    if (answer !== undefined) found = null;
    let attribution: Attribution | null = found ? resolve(found, found.cueStart) : answer ?? null;
    let confidence = found ? 0.9 : 0;
    // A transcript: "MORAN: Let me be clear, …" names the speaker of everything quoted in its turn.
    // (An interview's question quotes others: its quotations are not the interviewer's words; and a
    // label that names no one, "Fun Fact: …", speaks nothing.)
    const paragraphTurn = turns[span.paragraph];
    const turn = paragraphTurn?.frame;
    if (!attribution && turn && !paragraphTurn.question && paragraphTurn.transcript) {
      attribution = resolve(turn, turn.cueStart);
      confidence = 0.8;
    }
    const type = quoteType(text, doc, span, tokens, view);
    // A partial quote with no cue takes the named or pronoun subject of its own sentence ("He rails
    // against its “great wall”") before any earlier speaker of the paragraph.
    const openTok = Math.max(0, view.tokenAtOrAfter(span.open) - 1);
    if (!attribution && type === 'partial' && !(previous && view.sentence(Math.max(0, view.tokenAtOrAfter(previous.span.open) - 1)) === view.sentence(openTok))) {
      const subject = subjectFrame(view, openTok);
      if (subject) {
        attribution = withNearerPronoun(resolve(subject, subject.cueStart), span);
        confidence = 0.5;
      }
    }
    // … unless a sentence about someone else stands between them: "“…,” Reed said. Voss shook her head. “Leave now.”"
    if (!attribution && answer === undefined && type === 'direct' && previous?.attribution?.person && previous.span.paragraph === span.paragraph) {
      const narrated = narratedSubjectBefore(view, span, previous.span.end);
      const other = narrated ? resolve(narrated, narrated.cueStart) : null;
      if (other?.person && other.person !== previous.attribution.person) {
        attribution = other;
        confidence = 0.5;
      }
    }
    // A quote with no cue of its own continues the previous speaker: a split quote in the same
    // paragraph, or a quote-only paragraph right after a quoted or introduced speaker.
    // ("“A,” Reed said, as the crowd chanted “C”. “B”": words quoted inside the frame after a quotation are
    // no turn of their own; the quotation after them continues the speaker of the one before the frame.)
    // (Only for a quotation opening a sentence after them: “Ferries Now.” “B” — not one more sign in the clause.)
    // (The words between may hold quoted text that is no speech, a sign's: “…” and waved signs reading “Ferries Now.” “B”.)
    const between = previous ? text.slice(previous.span.close + 1, span.open) : '';
    const opensAfter = !!previous && ((/[.!?]\s*$/.test(text.slice(previous.span.start, previous.span.end)) && /^\s*$/.test(between)) || /^[^.!?]*[.!?]['"”’]*\s*$/.test(between));
    const continued = previous && framedAfter && opensAfter && quotedInFrame(previous.span, framedAfter) ? framedAfter.attribution : previous?.attribution;
    if (!attribution && answer === undefined && continued && previous && (previous.span.paragraph === span.paragraph || startsParagraph(doc, span) && previous.span.paragraph >= span.paragraph - 1)) {
      attribution = { ...continued, frame: { ...continued.frame } };
      confidence = 0.7;
    }
    if (!attribution && startsParagraph(doc, span)) {
      if (introducer && paragraphOf(doc, introducer.at) >= span.paragraph - 1) {
        attribution = introducer;
        confidence = 0.6;
      }
    }
    if (!attribution && type === 'partial') {
      const subject = subjectFrame(view, Math.max(0, view.tokenAtOrAfter(span.open) - 1));
      if (subject) {
        attribution = withNearerPronoun(resolve(subject, subject.cueStart), span);
        confidence = 0.5;
      }
    }
    // A whole sentence quoted inside narration, with no cue: the person the neighbouring sentences
    // are about ("Will she run again? “Ask me in a year.”" / "“…” She shrugs.").
    if (!attribution && type === 'direct') {
      const near = neighbourSubject(view, span);
      if (near) {
        attribution = resolve(near, near.cueStart);
        confidence = 0.4;
      }
    }
    // A short partial whose speaker the frame after a later partial of its sentence names is judged with that frame.
    const ahead = !attribution && type === 'partial' ? closingFrameAhead(view, span, marked, inQuote) : null;
    const judgedWith = attribution ?? (ahead && { frame: ahead, at: ahead.cueStart, person: null, pronoun: false });
    if (!keep(text, span, type, judgedWith, doc.paragraphs[span.paragraph]!, endsItsNounPhrase(view, span))) continue;
    if (!found && type === 'partial' && quotedAsAction(view, span)) continue;
    if (!found && type === 'partial' && modifiesNounAfter(view, span)) continue;
    if (attribution && attribution !== previous?.attribution && found) {
      history.push(attribution);
      introducer = attribution;
    }
    // A continued quote keeps the mention and cue when they sit in its own sentence ("“A,” he said,
    // “B.”"); in a later sentence or paragraph the quote has no attributing words of its own.
    const sameSentence = attribution !== null && view.sentence(view.tokenAtOrAfter(attribution.frame.cueStart)) === view.sentence(Math.max(0, view.tokenAtOrAfter(span.start)));
    // A transcript turn inside quotation marks ("“WALLACE: Let's start …"): the words start after the label.
    const start = (turn && wordsAfterLabel(text, turn, span)) ?? span.start;
    const inherited = !found && (!sameSentence || answer !== undefined);
    const quote = toQuote(text, start, span.end, type, withOutlet(attribution), confidence, inherited);
    if (inherited && attribution) continuations.push({ index: quotes.length, attribution });
    // "… “A” and “B,” according to Reyes.": the frame after the last partial is the earlier ones' too.
    if (found && attribution && type === 'partial' && found.cueStart > span.close) {
      for (const index of partialsBeforeClosingFrame(view, quotes, markedQuotes, span, found)) {
        const q = quotes[index]!;
        quotes[index] = toQuote(text, q.start, q.end, 'partial', withOutlet(attribution), 0.5);
        markedQuotes.find((mq) => mq.index === index)!.attribution = attribution;
      }
    }
    markedQuotes.push({ index: quotes.length, span, attribution });
    quotes.push(quote);
    beforePrevious = previous;
    previous = { quote, attribution, span };
    if (found && attribution && !quotedInFrame(span, framedAfter)) framedAfter = found.cueStart > span.close ? { attribution, span } : null;
    if (found && found.cueStart > span.close) topics.push(...dashTopics(view, found.cueToken));
  }
  for (const { index, from } of continuedQuotations(doc, markedQuotes)) {
    const q = quotes[index]!;
    quotes[index] = toQuote(text, q.start, q.end, q.type, withOutlet(from.attribution), 0.7, true);
    continuations.push({ index, attribution: from.attribution! });
  }
  while (nextIndirect < indirect.length) {
    const ind = indirect[nextIndirect++]!;
    if (inTopic(ind.frame.cueStart)) continue;
    takeVenues(ind.frame.cueStart);
    const attribution = withOutlet(resolve(ind.frame, ind.frame.cueStart))!;
    history.push(attribution);
    quotes.push(toQuote(text, ind.start, ind.end, 'indirect', attribution, 0.6));
  }
  // A transcript's turns without quotation marks ("GARCIA: No, I will not run.") are the speaker's words,
  // unmarked: SPEC types speech without quotation marks as indirect.
  for (const turn of unmarkedTurns(doc, turns, marked)) {
    quotes.push(toQuote(text, turn.start, turn.end, 'indirect', resolve(turn.frame, turn.frame.cueStart), 0.7));
  }
  // "Asked by Süddeutsche …" after "Süddeutsche Zeitung": a lone word that shortens an outlet named before is that outlet.
  for (const q of quotes) {
    if (q.speaker_kind !== 'person' || q.speaker_start === null || !q.speaker || /\s/.test(q.speaker)) continue;
    const outlet = shortFormAt(tokens, view.tokenAtOrAfter(q.speaker_start));
    if (outlet) Object.assign(q, { speaker: outlet, speaker_kind: 'outlet', outlet });
  }
  newspaperWordSpeakersAsOutlets(quotes, text);
  // "The Ledger's story claimed …": the outlet's own piece is the outlet speaking.
  outletPieceSpeakersAsOutlets(quotes, text, tokens, (offset) => view.tokenAtOrAfter(offset));
  // "Variety’s critic described it as …": an unnamed staff member speaks for the outlet.
  giveStaffPossessiveOutlets(quotes);
  // "The Echo reported …" after "told the Northbridge Echo": the paper named before, shortened.
  shortenedOutletSpeakers(quotes);
  // "The Times said …" after "The New York Times reported …": that paper, as "told The Times" reads (frame.ts).
  for (const q of quotes) {
    if (q.speaker_kind !== 'outlet' || q.speaker_start === null || !q.speaker) continue;
    // (A paper's word the mention leaves "The" out of is read with it: "The Ledger reported …" after "The Daily Ledger".)
    const withThe = !/\s/.test(q.speaker) && /\bthe\s+$/i.test(text.slice(Math.max(0, q.speaker_start - 4), q.speaker_start));
    const full = outletSpeakerInFull(tokens, withThe ? `The ${q.speaker}` : q.speaker, view.tokenAtOrAfter(q.speaker_start));
    // ("The Times, a London paper, said …": described as a paper of its own, as the entities' merge reads it.)
    if (full && !describedApartAt(text, q.speaker_end ?? q.speaker_start + q.speaker.length)) Object.assign(q, { speaker: full, outlet: q.outlet === q.speaker ? full : q.outlet });
  }
  const place = { sentenceAt: (offset: number) => sentenceSpan(view, offset) };
  // "“…,” she told Ode" where Ode hosts a programme: that programme's interview, before the interview's next quotes carry it on.
  const hosts = programmeHosts(text, tokens);
  giveTellingHostsTheirProgramme(quotes, text, place, hosts);
  // (Where quotations left open at their paragraph's end stop: the speech runs on into the next paragraph.)
  const openEnds = new Set(marked.filter((m) => m.runsOn).map((m) => m.end));
  carryInterviewOutlets(quotes, text, tokens, place, openEnds);
  // Told words are given their programme again after the interview carry: the first pass lets the carry take
  // the programme on to the next quotes; this one takes back words told to a host that the carry gave an
  // earlier interview's outlet ("…, she told Ode" after a Vogue interview). Neither pass alone does both.
  giveTellingHostsTheirProgramme(quotes, text, place, hosts);
  // "Asked by Politico whether …, she said, “…”": the answer went to the outlet that asked.
  giveAnswersTheirOutlet(quotes, text, tokens, place, hosts);
  // "The pair appeared on “Corner Booth,” where the host … . “…,” Ruiz said": the guests' next words were said on it.
  carryProgrammeAppearances(quotes, text, place);
  carryLeakedDocumentOutlets(quotes, text, place);
  // "… in a statement to Deadline. “…,” a spokesperson said": the statement's words went there.
  carryStatementOutlets(quotes, text, place);
  // "… did not dispute the figure when contacted by the AP. Its spokeswoman said …": the answer went to the outlet that asked.
  carryContactedOutlets(quotes, text, place);
  carryWriterOutlets(quotes, text, tokens, place);
  carryPresenterProgrammes(quotes, text, tokens, place);
  // A guest's appearance with a programme's hosts is one occasion for all who take part in it.
  carryProgrammeSegments(quotes, text, place);
  // "… on a 1979 episode of Night Parade. “…,” she said": the words were given on that broadcast.
  giveEpisodeProgrammes(quotes, text, place);
  // "The lawsuit says …, according to Reuters.": the words as the outlet carried them.
  giveTrailingAccordingOutlets(quotes, text, place);
  // "X said … “…,” Variety reported.": the sentence's subject spoke; the outlet carried it.
  giveTrailingOutletPartialsTheirSubject(quotes, tokens, place);
  // "The Ledger reported …, a claim the mayor called “…”": the mayor's answer was not the outlet's.
  dropReporterOutletsFromLaterSpeakers(quotes, text, place);
  // "Sharon from Penrith told …": the caller is Sharon, not the town.
  givenNamesFromPlaces(quotes, text);
  // "Stellar Live, the tour's promoter, said": a name a body's description follows is the body's.
  giveDescribedNamesTheirBody(quotes, text);
  giveOwnerAppositionsTheirBody(quotes, text);
  // "The start-up Vocalis said … Later, Vocalis said": a name introduced as a kind of body is the body throughout.
  giveBodyDescribedNamesTheirBody(quotes, tokens, text);
  // "“…,” GrainHub said": a word run together with a capital inside is a body's name, no surname.
  giveRunTogetherNamesBodyKind(quotes);
  // "Kestrel Motors cut jobs, the company said": "the company", "the paper", "the statement" stand for the one named before.
  resolveDescribedBodies(quotes, text, tokens, place);
  // "Transdev, the transport operator, … The transport operator said": the one name given that description before.
  giveRepeatedAppositionsTheirName(quotes, tokens);
  // "The firm, Calloway Freight, said …. It added …": "it" is Calloway Freight, not "The firm".
  giveItTheApposedName(quotes, text);
  // "X Foods and Y Inc. announced a merger. The companies said …": a plural description stands for the pair named before.
  resolveJointBodyDescriptions(quotes, text, tokens, place);
  // "Kidsview said in a statement …. It added …": a one-word statement issuer taken up as "it" is a body.
  giveStatementIssuersBodyKind(quotes, text);
  // "Transdev's trains stood idle. … Transdev said": a lone name shown a company's elsewhere speaks as the body.
  giveCompanyEvidencedNamesTheirBody(quotes, tokens);
  // "Meridian Airways grounded flights … “We apologize,” Meridian said": a body's first word is its short name.
  giveShortBodyNamesTheirBody(quotes, text);
  // "… according to the U.S. Forest Service. The Forest Service said": the body named with its nation before.
  giveBodiesTheirNationPrefix(quotes, text);
  // "The National Rowing Integrity Agency said … “…,” the NRIA said": an acronym is the body named in full before.
  giveAcronymsTheirFullName(quotes, text);
  // "Brightflix …, the streamer confirmed. … Brightflix said": one name, one kind, in an article.
  giveEachBodyNameOneKind(quotes, text);
  // "“…,” said Wellington. “…,” she said": a lone city's name a later quote calls "she" is a person's.
  giveEachPronounedNamePersonKind(quotes);
  // "According to AFP, …" where the article never writes "Agence France-Presse": the speaker as written, "AFP".
  writeOutletSpeakersAsWritten(quotes, text);
  // "The Financial Times reported … the prince told the FT": one outlet the article names in full, one name.
  writeAbbreviatedOutletsInFull(quotes, text);
  // "The Yomiuri Shimbun reported … Yomiuri Shimbun said": one outlet, one form, with its "The" where the article writes it.
  writeEachOutletOneWay(quotes, text);
  // "The host of “Night Ferry”, Ola Brandt, posted …": a post goes out through no programme.
  dropProgrammeOutletsFromPosts(quotes, text);
  // "told Points West": the programme under its broadcaster's name, "BBC Points West". (Not an outlet that is the
  // quote's own speaker, "Radio 4 reported …", which is written as the speaker is.)
  for (const q of quotes) if (q.outlet && q.outlet !== q.speaker) q.outlet = withBroadcasterName(q.outlet);
  for (const { index, attribution } of continuations) quotes[index] = withContinuedMention(quotes[index]!, text, attribution);
  // "“I declare that Rachel Dunmore is elected,” … Dunmore said": the full name written only in a quotation.
  fullNamesFromQuotations(quotes, text, marked);
  writeRolesAsInArticle(quotes, tokens);
  return quotes;
}

/** A person of unknown gender takes the gender of a "he" or "she" that stands for them. */
function learnGender(person: Person, pronoun: string): void {
  const gender = PRONOUN_GENDER.get(pronoun);
  if (person.gender === 'unknown' && (gender === 'male' || gender === 'female')) person.gender = gender;
}

/** The character span of the sentence holding the token at or after offset. */
function sentenceSpan(view: TokenView, offset: number): { start: number; end: number } {
  const s = view.sentence(Math.min(view.tokenAtOrAfter(offset), view.tokens.length - 1));
  return { start: view.tokens[s.tokenStart]!.start, end: view.tokens[s.tokenEnd - 1]!.end };
}

function quoteMask(tokens: Token[], marked: MarkedSpan[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (m < marked.length && marked[m]!.close < t.start) m++;
    for (let k = m; k < marked.length && marked[k]!.open <= t.start; k++) {
      if (t.start >= marked[k]!.open && t.end <= marked[k]!.close + 1) mask[i] = 1;
    }
  }
  return mask;
}
