import { bodyRelativeAfter } from './body-relative-after.js';
import { civicBodyStart } from '../quotes/civic-body-names.js';
import { givenNameAndSurnameTail } from '../nlp/surname-tails.js';
import { monthAsGivenName } from '../nlp/month-given-name.js';
import { positionBeforeFullName } from '../lexicon/playing-positions.js';
import { wholeWordOffsets } from '../text/boundaries.js';
import { namedByItselfBefore } from '../lexicon/naming-words.js';
import type { AnalyzedArticle, Gender, Mention, PersonEntity, Token } from '../types.js';
import { type Run } from '../nlp/runs.js';
import { ALL_CAPITALS, PersonRegistry, capitalsWithoutGivenName, familyFirstNameEnd, familyFirstTokens, genderOfFirstName, givenNameOfEitherSex, isFamilyFirstName, genderOfTitle, isParticle, isRoyalTitle, type Person } from '../nlp/names.js';
import { POST_NOMINALS, DESCRIPTORS, DETERMINERS, INSTITUTION_WORDS, isPluralName, NOT_NAMES, ORGANIZATION_TAILS, PERSON_POSSESSIVES, ROLE_WORDS, SERVICE_TAILS, alternatives, isRoleWord, seatWordAsSurname } from '../nlp/words.js';
import { ageAfter } from '../nlp/described-after.js';
import { isCityNotGivenName } from '../lexicon/place-names.js';
// (A constituency after its representative, "MP for Bath North West since 2019", is no person.)
import { endsBeforeConstituency, endsBeforePlace, endsBeforePlaceNoun } from '../nlp/constituency.js';
import { isBodyDescriptionHead, isCompanyRole, isKnownOrganisation, isNameOfHead, opensWithListedBody } from '../lexicon/organisations.js';
import { namesAThing } from './named-things.js';
import { officeBodyAfter } from '../lexicon/office-holder-bodies.js';
import { readsAsLeaderboard } from './non-person-names.js';
import { isFieldWord, nameStartAfterField, roleWithFieldBefore } from './role-fields.js';
import { nameAfterBodyTail, runEndsInBody } from '../nlp/body-before-name.js';
import { cueLexicon, stateKey } from '../lexicon/cues.js';
import { relativeNouns } from '../lexicon/relatives.js';
import { isPartyMemberNoun, partyMember } from '../lexicon/party-tags.js';
import { isAgentPlural, isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { isCommonPlural } from '../nlp/common-plurals.js';
import { isLetterTerm, reachedAsAPoint } from '../lexicon/letter-terms.js';
import { isPlaceTail, placeWords } from '../lexicon/place-words.js';
import { inModelLexicon } from '../nlp/analyze.js';
import { spellsInitials } from './characters.js';
import { castBracket } from './cast-brackets.js';
import { billedAsPart } from './billed-actor.js';
import { businessOwnerInApposition } from '../nlp/business-owner-apposition.js';
import { endsWithWord } from './ends-with-word.js';
import { BY_AGENT_PAIR_BEFORE, byAgent } from './work-titles-before.js';
import { isClimatePattern } from '../lexicon/climate-patterns.js';
import { insideSignWords, namedOnlyOnSigns } from './sign-words.js';
import { BEARING_OF_BEFORE, BEARING_PART_BEFORE, DIVISION_OF_BEFORE, GEO_HEADS, GEO_TAILS, LONG_VENUE_TAILS, NON_SURNAME_GEO_TAILS, PLACE_BEFORE, PLACE_PREPOSITIONS, SURNAME_TAILS, VENUE_TAILS, aboveAPlace, placeAfterPlacePreposition, placeBeforeState, placeLikeWord, shoreOrSettlementName, streetAfterAtOrIn, venueByOneOfApposition, WATER_HEADS } from './not-person-places.js';
import type { NameView } from './name-view.js';
import { genderFromNextSentence, genderFromQuotes } from './person-gender.js';
import { isOrganisationByNameWord } from './organisation-name-words.js';
import { causeBodyNouns } from '../lexicon/cause-body-nouns.js';
import { nationBranchOfBody } from '../quotes/nation-branch-bodies.js';
import { insideBodyPossessiveName } from '../quotes/body-name-possessives.js';
import { kindNounOpeningSentence, kindNounOpensBodyName } from '../quotes/opening-kind-noun.js';
import { endsForeignBodyName } from '../quotes/foreign-body-names.js';
import { BUSINESS_TAILS, ORG_OF, JOINED_BODY_NAME_BEFORE, CONTEST_OF, UTILITY_TAILS, organisationBeforeFor, sportBodyName, organisationInApposition, PRODUCT_BEFORE, joinedByAmpersand, endsKnownOrganisation } from './organisation-name-patterns.js';
import { isHonorificTitle, CUE_AFTER, PLACE_TAKER_BEFORE, describedAfter, personInApposition, sentenceOpening, royalBefore, appositiveRole } from './person-evidence.js';
import { wordsOf } from './written-words.js';
import { capitalisedWordsBefore } from './capitalised-word-before.js';
import { addSpeakerRoles } from './speaker-roles.js';
import { roleModifiers } from '../lexicon/role-modifiers.js';
import { roleOf } from '../quotes/classify-phrase.js';
import { isWebName } from '../lexicon/outlets.js';
import { nameClues, type NameClues, type NameSpan, type PeopleContext, type RecordMention } from './name-clues.js';
import { recordSingleNames } from './single-names.js';
import { nationalityNounWords } from '../lexicon/nationalities.js';
import { afterServiceNoun, onlineVenueName } from './service-names.js';
import { namesCalledVenues } from './venue-names.js';
import { isHeadlineVerb } from '../lexicon/headline-verbs.js';
import { sentenceHoldingToken } from '../nlp/sentence-lookup.js';
export type { PeopleContext } from './name-clues.js';

// Words around a name that only people have: relatives, partners, "who", "his/her".
const PERSON_CONTEXT = new RegExp(String.raw`\b(?:${alternatives(PERSON_POSSESSIVES, relativeNouns())}|friend|who|whose|aged|born)\b`, 'i');

// "X plays / will play / reprises her role as …": whoever plays a role is a real person.
const ROLE_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:who\s+)?(?:(?:will|would|is|was|has|had|also|again|once|now|to|set|going|famously|previously|originally|still|first|later)\s+)*(?:plays|play|played|playing|portrays?|portrayed|voices|voiced|stars\s+as|starred\s+as|reprises?|reprised|returns\s+as|co-stars?)\b/;

const RESIDENT_AFTER = /^\s+(?:resident|residents|native|natives)\b/;

/** Whether the text after a name opens with a campaign's or a party's noun in small letters (data/cause-body-nouns.json). */
function causeBodyNounAfter(after: string): boolean {
  const word = /^[ \t]+(\p{Ll}+)\b/u.exec(after)?.[1];
  return !!word && causeBodyNouns().has(word);
}

// "Brainstorm Tech attendees", "Harbour Summit delegates": a name whose goers follow it is an event's, no person's
// (unless a known given name opens it).
const ATTENDEES_AFTER = /^\s+(?:attendees|delegates|participants|exhibitors|goers)\b/;

// Lower-case particles that open a surname mention: "von Stade disagreed", "bin Rashid said".
const OPENING_PARTICLE = /^(?:de|van|von|der|den|da|di|del|della|du|dos|das|bin|bint|ibn|ter|ten|zu)$/;

// Words that put a number after them: "fewer than ten", "about ten", "the ten".
const BEFORE_A_NUMBER = /^(?:than|about|around|nearly|almost|some|the|of|all|over|under|just|only|top|at|least)$/;

/**
 * "fewer than ten Allosaurus specimens", "found ten Stegosaurus skeletons": a lower-case "ten" before a capitalised
 * word counts it, no Dutch particle ("ten Hag said"), when a noun in small letters follows the name or a word that
 * takes a number stands before it.
 */
function countedTen(tokens: Token[], at: number, e: number): boolean {
  if (tokens[at]!.text !== 'ten') return false;
  const next = tokens[e + 1];
  return (!!next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) || BEFORE_A_NUMBER.test(tokens[at - 1]?.normal ?? '');
}

/** A plural noun for people, or for the holders of a role ("farmers", "producers", "shopkeepers"). */
function pluralOfPeople(word: string): boolean {
  return isPersonNounOrSingular(word) || isAgentPlural(word) || (word.endsWith('s') && isRoleWord(word.slice(0, -1)));
}

/** Auxiliaries that open a question and are nobody's name. */
const QUESTION_AUXILIARIES = /^(?:is|are|was|were|am|do|does|did|has|have|had|can|could|would|should)$/;

// First words of a named storm: "Hurricane Ida", "Typhoon Haiyan", "Cyclone Idai", "Tropical Storm Alberto" (a
// storm is named with a given name, so the rest of the run would pass for a person). A bare "Storm" is left
// alone: it is a given name too ("Storm Reid").
const STORM_HEADS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Tropical']);

const SPOKESPERSON_FOR_BEFORE = /\b(?:a|an|the)\s+spokes(?:man|woman|person)\s+for\s+$/i;

// Where someone speaks or writes from: "calling from Lagos", "writing from her flat in Ghent".
const SPEAKING_FROM_BEFORE = /\b(?:speaking|spoke|talking|calling|phoning|writing|reporting|dialling|dialing|joining|joined)\b[^,.;:!?]{0,30}\bfrom\s+$/i;
// Shows named after their host: "Megyn Kelly Today", "Jimmy Kimmel Live", "The Kelly Clarkson Show", or ending
// "with" the host ("Late Night with Ana Ruiz"). Only a full name after "with": "Live with Kelly and Ryan" names no one in full.
const HOST_SHOW = /^(?:The\s+)?(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)\s+(?:Today|Tonight|Live|Show)\b|\s[Ww]ith\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)$/u;

/**
 * Real people named in the article, merged: surname and partial mentions join the fullest name;
 * possessives and titles stripped; outlets, organisations, characters and titles left out.
 */
export function extractPeople(doc: AnalyzedArticle, context: PeopleContext): PersonEntity[] {
  const clues = nameClues(doc, context);
  const registry = new PersonRegistry();
  const found = new Map<Person, Entry>();
  const record = recorder(doc, found);
  recordHosts(doc, context, registry, record);
  const { singles, rejected } = recordFullNames(doc, context, clues, registry, record);
  // The last word of an organisation's name ("Railroads" of "the Association of American Railroads") alone is no person.
  // (Of a name of two words or more: "in Vance's office" rejects a place, not the person "Vance".)
  const orgTails = new Set(rejected.filter((r) => r.e > r.first).map((r) => doc.tokens[r.e]!.text));
  recordSingleNames(doc, clues, singles.filter((x) => x.s !== x.e || !orgTails.has(doc.tokens[x.s]!.text)), registry, record);
  absorbHeadlineTails(found);
  recordHeadlineMentions(doc, found, rejected);
  addSpeakerRoles(found.values(), context.quotes);
  const pronounGender = genderFromQuotes(context.quotes);
  const nearbyGender = genderFromNextSentence(doc, found, context.quotes);
  return [...found.entries()].map(([person, entry]) => toPersonEntity(person, entry, pronounGender.get(person.name), nearbyGender.get(person)))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

// A given name, a surname and "of" right before a name: "Shawn Lake of …".
const PERSON_OF_BEFORE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+of[ \t]+$/u;

// What stands before a party's name: "of the governing …", "the ruling …", "the opposition …".
const GOVERNING_BEFORE = /\bthe\s+(?:governing|ruling|opposition)\s+$/;

// An English judge's style, "Mr Justice Hale", "Lady Justice Arden": how the judge is known, kept as an alias.
const JUDICIAL_STYLE_BEFORE = /\b((?:Mr|Mrs|Ms|Miss|Lord|Lady)\s+Justice)\s+$/;

function recorder(doc: AnalyzedArticle, found: Map<Person, Entry>): RecordMention {
  const text = doc.article.text;
  const tokens = doc.tokens;
  return (person, s, e, title, role) => {
    const entry = found.get(person) ?? { mentions: [], titles: new Set<string>(), titleWords: new Set<string>(), roles: new Set<string>() };
    if (title) entry.titleWords.add(title.replace(/\.$/, ''));
    entry.mentions.push({ start: tokens[s]!.start, end: tokens[e]!.end, text: text.slice(tokens[s]!.start, tokens[e]!.end) });
    // (Only before a surname alone, "Mr. King": before the full name, "Dr. Anita Rao" is the name with a courtesy
    // in front, no other name the person goes by.)
    if (title && ((isHonorificTitle(title) && e === s) || (isRoyalTitle(title) && royalBefore(tokens, s)))) entry.titles.add(`${title} ${text.slice(tokens[s]!.start, tokens[e]!.end)}`);
    const style = title ? JUDICIAL_STYLE_BEFORE.exec(text.slice(Math.max(0, tokens[s]!.start - 20), tokens[s]!.start))?.[1] : undefined;
    if (style) entry.titles.add(`${style.replace(/\s+/g, ' ')} ${text.slice(tokens[s]!.start, tokens[e]!.end)}`);
    if (role) entry.roles.add(writtenRole(tokens, s, role));
    found.set(person, entry);
  };
}

/**
 * A role read from the tokens before a name, spelt as the article writes it: the tagger's normal form is
 * American ("councilor" for "Councillor"), and the quote stage keeps the text's spelling, so one role would be
 * listed twice.
 */
function writtenRole(tokens: Token[], s: number, role: string): string {
  return role.split(' ').map((word) => {
    for (let k = s - 1; k >= 0 && k >= s - 4; k--) if (tokens[k]!.normal === word) return tokens[k]!.text.toLowerCase();
    return word;
  }).join(' ');
}

/** Hosts named in a show's title are people: "Megyn Kelly Today", "Late Night with Ana Ruiz". */
function recordHosts(doc: AnalyzedArticle, context: PeopleContext, registry: PersonRegistry, record: RecordMention): void {
  const tokens = doc.tokens;
  const programmes = new Set(context.programmes ?? []);
  for (const t of [...(context.titles ?? []), ...programmes]) {
    const m = HOST_SHOW.exec(t.text);
    const host = m?.[1] ?? m?.[2];
    if (!host) continue;
    // A programme's title names its host as a person of the article only when the article names them apart by the
    // surname ("“Later with Ana Ruiz” … Ruiz joked"): a stand-in may host “The Ana Ruiz Show”. (Then a given name we
    // do not list, "Mo", is no obstacle.)
    // (A title "… With Dana Cole" names its host outright, so a podcast's or show's "with" host counts as named.)
    const hostAlone = programmes.has(t) && (m![2] !== undefined || surnameUsedApart(doc.article.text, host.split(/\s+/).pop()!, [...programmes]));
    if (programmes.has(t) ? !hostAlone : genderOfFirstName(host.split(/\s+/)[0]!) === 'unknown') continue;
    const at = t.start + t.text.lastIndexOf(host);
    const s = tokens.findIndex((k) => k.start === at);
    const e = tokens.findIndex((k) => k.end === at + host.length);
    if (s >= 0 && e >= s) record(registry.add(host, null), s, e, null, null);
  }
}

/** Whether `surname` stands as a whole word somewhere outside the programmes' spans. */
function surnameUsedApart(text: string, surname: string, programmes: Mention[]): boolean {
  return wholeWordOffsets(text, surname).some((i) => !programmes.some((p) => p.start <= i && i < p.end));
}

/**
 * Runs of two or more written words with evidence of a person are recorded; one-word runs are returned
 * for later (a surname is matched against the full names), and so are runs rejected as places or
 * organisations (one may be a headline opening with a person's name).
 */
function recordFullNames(doc: AnalyzedArticle, context: PeopleContext, clues: NameClues, registry: PersonRegistry, record: RecordMention): { singles: NameSpan[]; rejected: { s: number; e: number; first: number }[] } {
  const singles: NameSpan[] = [];
  const rejected: { s: number; e: number; first: number }[] = [];
  let covered = -1;
  for (const run of clues.runs) {
    if (run.first <= covered) continue;
    const last = extendOverVerbSurname(doc, run.last);
    covered = last;
    const span = nameSpan(doc, context, clues, run, last);
    if (!span) continue;
    const verdict = judgeName(doc, context, clues, run, span);
    if (verdict === 'rejected') rejected.push({ s: span.s, e: run.last, first: run.first });
    else if (verdict === 'single') singles.push(span);
    else if (verdict === 'person') record(registry.add(doc.article.text.slice(doc.tokens[span.s]!.start, doc.tokens[span.e]!.end), span.title), span.s, span.e, span.title, span.role);
  }
  return { singles, rejected };
}

/**
 * A title of office in the plural before the first of several names: "Justices Ada Lenz and Omar Feld",
 * "Senators Ida Moor and Tam Hale" (data/cues.json name_titles, written out).
 */
function pluralTitle(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('.') && cueLexicon().nameTitles.has(word.slice(0, -1));
}

/** The name inside a run: opening particles kept, titles, roles, labels and trailing headline words cut. */
function nameSpan(doc: AnalyzedArticle, context: PeopleContext, clues: NameClues, run: Run, last: number): NameSpan | null {
  const tokens = doc.tokens;
  let s = run.first;
  let e = last;
  const particle = tokens[s - 1];
  if (particle && OPENING_PARTICLE.test(particle.text) && tokens[s]!.start - particle.end === 1 && !countedTen(tokens, s - 1, e)) {
    s--;
    // "van der Berg", "de la Cruz": particles in a row.
    while (s > 0 && /^(?:de|van|von|der|den|da|di|del|della|du|la|le|los|las)$/.test(tokens[s - 1]!.text) && tokens[s]!.start - tokens[s - 1]!.end === 1) s--;
  }
  // "al-Rashidi", "el-Sayed" opening a mention.
  else if (particle?.text === '-' && particle.end === tokens[s]!.start && tokens[s - 2] && /^(?:al|el|bin|ibn|abu|ben)$/.test(tokens[s - 2]!.text) && tokens[s - 2]!.end === particle.start) s -= 2;
  // "a petition on Change.org": a site's name with its web domain is no one's name.
  for (let k = s; k <= e; k++) if (isWebName(tokens[k]!.text)) return null;
  // Leading titles, roles and labels: "Director Chad Stahleski", "Sen. Doyle", "Republican Donald Trump".
  let title: string | null = null;
  let role: string | null = null;
  // ("Dean Witter, the firm's founder,": a listed firm's name the article gives a person keeps its first word, no title.)
  const wholeName = doc.article.text.slice(tokens[s]!.start, tokens[e]!.end);
  const firmNamedPerson = e > s && isKnownOrganisation(wholeName) && listedFirmPresentedAsPerson(doc.article.text, wholeName, clues);
  // "Head of the Martin Luther King Center Dana Cole": after an office's "of" and a body's name, the person starts after
  // the body's last word; the office is the title, not a word inside the body's name ("King").
  const afterBody = nameAfterBodyTail(tokens, s, e + 1);
  const bodyOfficeAt = afterBody > s ? roleWithFieldBefore(tokens, s) : -1;
  // ("Secretary of the Rowing Society Victoria Park": a place after the body's name is the body's; no person.)
  if (afterBody < 0 && runEndsInBody(tokens, s, e + 1) && roleWithFieldBefore(tokens, s) >= 0) return null;
  if (bodyOfficeAt >= 0) {
    s = afterBody;
    title = tokens[bodyOfficeAt]!.text;
    role = isRoleWord(tokens[bodyOfficeAt]!.normal) ? tokens[bodyOfficeAt]!.normal : null;
  }
  for (let k = firmNamedPerson ? s - 1 : e - 1; k >= s; k--) {
    const w = tokens[k]!.normal;
    // A capitalised "New" inside a run opens a place ("New Orleans", "New York"), not a description.
    if (isRoleWord(w) || (DESCRIPTORS.has(w) && tokens[k]!.text !== 'New') || isHonorificTitle(w) || pluralTitle(w) || isMonsieurBeforeParticle(tokens, k)) {
      title = tokens[k]!.text;
      if (isRoleWord(w) && !isHonorificTitle(w)) role = w.replace(/\.$/, '');
      else if (pluralTitle(w)) role = w.slice(0, -1);
      s = k + 1;
      break;
    }
  }
  // "the Prime Minister said", "the Deputy Mayor said": an office's first word before one role word names the office,
  // no person called "Minister" ("Deputy Baker said" may be a deputy named Baker, so only "Prime" or after "the").
  if (title !== null && s === e && isRoleWord(tokens[s]!.normal) && officeOpeningWord(title, doc.article.text.slice(Math.max(0, tokens[s - 1]!.start - 5), tokens[s - 1]!.start))) return null;
  // "Kenyan Daniel Kiprono": a nation's noun before a given name and a surname describes the person; no part of the name.
  if (!title && e - s >= 2 && nationalityNounWords([tokens[s]!.text]) === 1 && genderOfFirstName(tokens[s + 1]!.text) !== 'unknown') s++;
  // "Supporter Alan Cartwright", "Olympian Dana Whitmore": a noun for a person (no given name) before a given name
  // we know and a surname describes the person too (after a title as well: "Former Olympian Dana Whitmore").
  // ("Center Tyrell Haynes": a sport's position that is also an ordinary word, before a full name, likewise.)
  else if ((!title || tokens[s - 1]?.text === title) && e - s >= 2 && ((isPersonNounOrSingular(tokens[s]!.normal) && genderOfFirstName(tokens[s]!.text) === 'unknown' && genderOfFirstName(tokens[s + 1]!.text) !== 'unknown') || positionBeforeFullName(tokens, s, e + 1))) {
    role ??= tokens[s]!.normal;
    s++;
  }
  if (!title && s > 0 && (isRoleWord(tokens[s - 1]!.normal) || isHonorificTitle(tokens[s - 1]!.normal) || isMonsieurBeforeParticle(tokens, s - 1))) {
    title = tokens[s - 1]!.text;
    if (!isHonorificTitle(title)) role = tokens[s - 1]!.normal;
    // ("voice actor Lena Marsh", "managing director Ana Ruiz": a word qualifying the office in small letters before
    // it stays with the role, as the quote stage reads it; data/role-modifiers.json.)
    const modifier = tokens[s - 2];
    if (role && modifier && /^\p{Ll}/u.test(modifier.text) && roleModifiers().has(modifier.normal)) role = `${modifier.normal} ${role}`;
  }
  // "Minister of Trade and Industry Karl Benning", "Director of Parks and Recreation Services Ana Ruiz": a run
  // opened by the last words of an office's field (after its "and") is the field's end and the name; the
  // field's words are cut and the office is the title.
  if (!title && isFieldWord(tokens[s]!)) {
    const roleAt = roleWithFieldBefore(tokens, s);
    let k = s;
    while (k <= e && isFieldWord(tokens[k]!)) k++;
    if (roleAt >= 0 && k <= e) {
      s = k;
      title = tokens[roleAt]!.text;
      role = tokens[roleAt]!.normal;
    }
  }
  // "Minister of National Unity Helen Sato": a field no list knows, cut up to the name's given name.
  // (… also after the field's "and": "Head of Climate and Coastal Resilience Maria Lenz".)
  const fieldRoleAt = !title && e > s ? roleWithFieldBefore(tokens, s) : -1;
  if (fieldRoleAt >= 0 && (fieldRoleAt === s - 2 || tokens[s - 1]!.normal !== 'of')) {
    const start = nameStartAfterField(tokens, s, e);
    if (start > s) {
      title = tokens[fieldRoleAt]!.text;
      role = tokens[fieldRoleAt]!.normal;
      s = start;
    }
  }
  // "The band’s singer, Isla Brennan, posted …": a role noun with its owner or determiner set off right before the
  // name is the person's role, as the quote stage reads it around a cue.
  if (!role && !title) role = appositionRoleBefore(doc.article.text, tokens[s]!.start);
  // A leading acronym is a label, not a name: "OG Kelly Clarkson".
  // Initials written together stay ("JK Rowling"): only a label before a given name goes.
  while (s < e && /^\p{Lu}{2,3}$/u.test(tokens[s]!.text) && (genderOfFirstName(tokens[s + 1]!.text) !== 'unknown' || wordsOf(tokens, s + 1, e).length >= 2)) s++;
  while (s <= e && isParticle(tokens[s]!.text) && /^\p{Ll}/u.test(tokens[s]!.text) === false && s === run.first && e > s && !/^\p{Lu}/u.test(tokens[s + 1]!.text) && tokens[s + 1]!.text !== '-') s++;
  while (e >= s && (tokens[e]!.pos === 'PART' || tokens[e]!.text === '.')) e--;
  // Letters after a full name are an office or honour, not part of it: "Amy Bell KC", "Tom Hale MP", "Ann Lee OBE".
  while (e > s + 1 && POST_NOMINALS.has(tokens[e]!.text)) e--;
  // "Q. Were you there?": an auxiliary that opens a question ends no name ("Will" and "May" may be names).
  while (e > s && tokens[e]!.pos === 'AUX' && QUESTION_AUXILIARIES.test(tokens[e]!.normal)) e--;
  // Headline capitals: "Taylor Swift Questions" — in a title-case line a trailing common noun or verb is not
  // part of the name ("Daniel Park, said" in running text keeps his surname).
  if (clues.headline(run.first)) while (e > s && e <= run.last && (tokens[e]!.pos === 'NOUN' || tokens[e]!.pos === 'VERB') && tokens[e - 1]!.pos === 'PROPN') e--;
  // Headline capitals before a name: "… In Talks To Replace Marco Vitelli" — in a title-case line a verb opening
  // the run before a given name we list is no part of the name.
  if (clues.headline(run.first)) while (s < e && tokens[s]!.pos === 'VERB' && genderOfFirstName(clues.firstWord(s + 1)) !== 'unknown') s++;
  // "Typhoon Halona Leaves Trail of Flooding Across Northern Luzon": a title-case line capitalises its prepositions too;
  // one opening the run opens a phrase, never a name ("Van", "De" are particles, kept above).
  if (clues.headline(run.first)) while (s < e && tokens[s]!.pos === 'ADP' && !isParticle(tokens[s]!.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[s]!.text)) s++;
  // "Pope Clement Urges Reconciliation", "Chef Ana Ruiz Closes Restaurant": a headline's verb inside the run opens the
  // clause after the subject, so the name ends before it (data/headline-verbs.json).
  if (clues.headline(run.first)) for (let k = s + 1; k <= e; k++) if (isHeadlineVerb(tokens[k]!.normal) && /^\p{Lu}/u.test(tokens[k]!.text)) { e = k - 1; break; }
  // "Lena Varga Withdraws from Open": a verb form we do not list ends the name too, when the body names the person by
  // the word before it and never writes the word itself (a surname such as "Williams" recurs with the name).
  if (clues.headline(run.first) && e >= s + 2 && headlineVerbFormAfterName(doc.article.text, tokens, e)) e--;
  // "Grammy Winner Lena Cortez Sues Label": in a headline the words before a given name we list (and no given name
  // themselves) describe the person, unless the body repeats them with the name.
  if (clues.headline(run.first)) s = headlineDescriptionCut(doc.article.text, tokens, s, e);
  // Function words the run opened with: "By Priya Raman" (a byline), "And Kelly Clarkson".
  while (s < e && NOT_NAMES.has(tokens[s]!.normal) && genderOfFirstName(clues.firstWord(s + 1)) !== 'unknown') s++;
  if (e < s) return null;
  // A run that starts with a claimed span ("Deadline de Armas"): keep the rest.
  while (s <= e && context.claimed(tokens[s]!.start, tokens[s]!.end)) s++;
  if (e < s || context.claimed(tokens[s]!.start, tokens[e]!.end)) return null;
  return { s, e, title, role };
}

// Whether the article has a self-naming phrase at all ("calling itself", "call themselves"), once per article:
// without it no name needs its every mention read (a name repeated a thousand times made that quadratic).
const SELF_NAMING_IN_ARTICLE = new WeakMap<NameClues, boolean>();
function mayNameItself(clues: NameClues, text: string): boolean {
  let found = SELF_NAMING_IN_ARTICLE.get(clues);
  if (found === undefined) SELF_NAMING_IN_ARTICLE.set(clues, (found = /\b(?:itself|themselves)\b/i.test(text)));
  return found;
}

/**
 * "the Texas Division of Emergency Management": a capitalised head of a public body's name (data/organisations.json
 * name_of_heads) before "of" makes the run after it the rest of that name. Capitalised only, and not before a given
 * name: "the division of Helen Marsh" is the part of a firm she heads.
 */
function capitalisedNameOfHead(word: string): boolean {
  return /^\p{Lu}/u.test(word) && isNameOfHead(word.toLowerCase());
}

/** What a run's name is: a place or organisation's (rejected), not a person (skip), one word (single), or a person. */
function judgeName(doc: AnalyzedArticle, context: PeopleContext, clues: NameClues, run: Run, { s, e, title }: NameSpan): 'rejected' | 'skip' | 'single' | 'person' {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const name = text.slice(tokens[s]!.start, tokens[e]!.end);
  const before = text.slice(Math.max(0, tokens[s]!.start - 30), tokens[s]!.start);
  // (Whether the run opens with a given name we know: read by most of the tests below.)
  const givenName = genderOfFirstName(clues.firstWord(s)) !== 'unknown';
  const view: NameView = { text, tokens, clues, s, e, title, name, before, givenName };
  if (placeAfterPlacePreposition(view)) return 'rejected';
  if (placeBeforeState(view)) return 'rejected';
  // "Le Tambour, one of the oldest cinemas in Lyon, will reopen": a venue set beside its kind.
  if (!title && venueByOneOfApposition(text.slice(tokens[e]!.end, tokens[e]!.end + 80))) return 'rejected';
  // "Lyon cinema Le Tambour to reopen": a name opening with an article word that the article calls a venue anywhere
  // ("the cinema Le Tambour", "Le Tambour, one of the oldest cinemas") is the venue's at every mention (src/entities/venue-names.ts).
  if (!title && !givenName && namesCalledVenues(tokens, text).has(name)) return 'rejected';
  // "St. Peter's Square", "St. Mary's Hospital": a name whose possessive opens a place's own name is that place's, no mention of the person.
  if (NAMED_FOR_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 20))) return 'rejected';
  // "the Air Line Pilots’ Association", "the Men's Health Forum": words before a plural's possessive and a body's
  // word, or after "Women's"/"Children's", are part of that body's name, no person.
  if (insideBodyPossessiveName(tokens, s, e)) return 'rejected';
  // "Friends of Market Square", "Residents Against the Incinerator": the last words of a civic group's own name (src/quotes/civic-body-names.ts).
  if (!title && !givenName) {
    const civic = civicBodyStart(tokens, e, 0);
    if (civic >= 0 && civic < s) return 'rejected';
  }
  // "Airline Skyhop said": a kind of body opening the sentence, then its name (src/quotes/opening-kind-noun.ts).
  // "the Musée des Arts Royaux": capitalised words after a foreign body's first word and a joiner are its name (src/quotes/foreign-body-names.ts).
  if (endsForeignBodyName(tokens, s, e + 1)) return 'rejected';
  // ("Broadcaster Telvio said": a kind word that is also a job was read as the run's title; "Network Rail said": the kind word opens the name.)
  if (kindNounOpeningSentence(tokens, s, e + 1) || (s > 0 && kindNounOpeningSentence(tokens, s - 1, e + 1)) || kindNounOpensBodyName(tokens, s, e + 1)) return 'rejected';
  // "the Ada County Sheriff’s Office", "the District Attorney’s Department": an office's title before its body's noun is
  // that body's name, no person ("Sheriff Tom Bell’s Office" ends in a surname and keeps him).
  if (isRoleWord(tokens[e]!.normal) && officeBodyAfter(text.slice(tokens[e]!.end, tokens[e]!.end + 20))) return 'rejected';
  if (!title && !givenName && afterServiceNoun(before)) return 'rejected';
  // "netizens on Dana Board", "the online community Ruby Lane": a web forum, named like a person as often as not.
  if (!title && onlineVenueName(before, text.slice(tokens[e]!.end, tokens[e]!.end + 3))) return 'rejected';
  // "a group calling itself Iron Wren … Iron Wren had struck before": a name a body or group gives itself is no person's, at any mention.
  if (!title && mayNameItself(clues, text) && wholeWordOffsets(text, name).some((i) => namedByItselfBefore(text.slice(Math.max(0, i - 40), i)))) return 'rejected';
  // "a roofer from Tulsa, Okla.,": a state's dotted abbreviation (data/cues.json state_abbreviations) is never a person.
  if (s === e && name.includes('.') && cueLexicon().stateAbbreviations.has(stateKey(name))) return 'rejected';
  if (!title && !givenName && clues.places.has(name)) return 'rejected';
  // (The description's own head may have been read as a title: "the promoter Crestfall Live".)
  if ((!title || isBodyDescriptionHead(title.toLowerCase())) && !givenName && clues.describedBodies.has(name)) return 'rejected';
  if (!title && !givenName && (BEARING_OF_BEFORE.test(before) || BEARING_PART_BEFORE.test(before) || (e > s && aboveAPlace(before, name, tokens[e]!.normal)))) return 'rejected';
  if (!title && DIVISION_OF_BEFORE.test(before)) return 'rejected';
  if (!title && insideSignWords(text, tokens[s]!.start) && namedOnlyOnSigns(text, tokens[e]!.text)) return 'rejected';
  if (sportBodyName(view)) return 'rejected';
  // "NHS England", "BBC Scotland": a body's initials before a nation name its branch there.
  if (nationBranchOfBody(name.split(/\s+/))) return 'rejected';
  // "Screen Producers Australia", "Dairy Farmers Ireland": a plural of people in a trade before a country names their
  // trade body there; a person's name ends in no country after a plural.
  if (!title && !givenName && e > s && cueLexicon().placeNames.has(tokens[e]!.text) && isPluralName(tokens[e - 1]!.text) && pluralOfPeople(tokens[e - 1]!.normal)) return 'rejected';
  // A capital or large city of several words ("a flight to Buenos Aires", "São Paulo") is a place, as a single one is
  // (recordSingleNames); not one described as a person after it.
  if (!title && e > s && isCityNotGivenName(name) && !describedAfter(text.slice(tokens[e]!.end, tokens[e]!.end + 80))) return 'rejected';
  // … and so is a country or state of several words ("Saudi Arabia had warned …", "Sierra Leone said"): a government
  // or a place, even when its first word is a given name; only a description of a person after it keeps one.
  if (!title && e > s && cueLexicon().placeNames.has(name) && !describedAfter(text.slice(tokens[e]!.end, tokens[e]!.end + 80))) return 'rejected';
  // "a strong El Niño": a named weather pattern is no person.
  if (isClimatePattern(name)) return 'rejected';
  // "sewage spills into River Wensum": a river's or lough's first word opens a place's name, unless the name speaks or
  // is described as a person's ("River Phoenix, the actor"; data/place-words.json water_heads).
  if (!title && e > s && WATER_HEADS.has(tokens[s]!.text) && !clues.speakers.has(name) && !describedAfter(text.slice(tokens[e]!.end, tokens[e]!.end + 80))) return 'rejected';
  // "the governing National Movement", "the ruling Liberty Front": a party in or out of power, no person.
  if (!title && GOVERNING_BEFORE.test(before) && !givenName) return 'rejected';
  // ("Mayor of Grace Bay Tom Ellis": a place after an office's "of" may open with a given name; its last word,
  // a place's ("Bay", "Heights"), tells the place. Only there: "speaking from Lena Park's home" names a person,
  // and a possessive after the run is a person's.)
  const placeShaped = e > s && isPlaceTail(tokens[e]!.normal) && (endsBeforePlace(before) || endsBeforeConstituency(before)) && !/^['’]/u.test(text.slice(tokens[e]!.end, tokens[e]!.end + 1));
  // "Director of the Museum Victoria Park": after an office's "of the", a body's head word and a place's last word
  // name the body and its site; a person's name takes no article.
  if (!title && e > s + 1 && officeOfTheBefore(before) && isNameOfHead(tokens[s]!.normal) && isPlaceTail(tokens[e]!.normal)) return 'rejected';
  if (!title && (endsBeforeConstituency(before) || endsBeforePlace(before) || endsBeforePlaceNoun(before) || SPEAKING_FROM_BEFORE.test(before)) && (!givenName || placeShaped)) return 'rejected';
  // "the National Association of Head Teachers": a run after "<organisation word> of" is part of that name.
  // "the former CEO of Brackwell", "shareholders of Norvane": after a role only a body has, the name is the body's
  // (unless it opens with a given name: a firm named for its founder may be the founder too).
  // (… also when a description opened the run: "the Association of American Railroads", the name cut to "Railroads".)
  const runBefore = text.slice(Math.max(0, run.start - 30), run.start);
  const ofOrganisation = [before, runBefore].map((b) => (endsWithWord(b, ['of'], true) ? /\b(\p{L}+)\s+of\s+(?:the\s+)?$/u.exec(b) : null)).find((m) => m) ?? null;
  if (organisationBeforeFor(view, runBefore)) return 'rejected';
  // "Shawn Lake of Film Ledger Insights, said": after a person named in full and "of", a run of several words with
  // no given name is where that person works or lives, no second person.
  const ofPerson = !title && !givenName && e > s ? PERSON_OF_BEFORE.exec(before) : null;
  if (ofPerson && genderOfFirstName(ofPerson[1]!) !== 'unknown') return 'rejected';
  // "her ARS (Annual Revenue Statement)": words in a bracket spelling out the capitals before it expand an abbreviation.
  // (Only text ending in the bracket can match: the pattern is not tried at each capital otherwise.)
  const initialsBefore = before.endsWith('(') ? /(\p{Lu}{2,})[ \t]+\($/u.exec(before) : null;
  if (!title && initialsBefore && spellsInitials(initialsBefore[1]!, name)) return 'rejected';
  // "a spokesman for Zentrix said": one unknown word a spokesperson speaks for is a body, unless the text names a
  // person with that surname ("Ana Zentrix … a spokesman for Zentrix").
  if (!title && s === e && !givenName && SPOKESPERSON_FOR_BEFORE.test(before) && !surnameOfAFullName(text, name)) return 'rejected';
  // "won the final of Festa da Música": after a contest's round and "of", the name is the contest's (no given name: "the
  // final of Ana Ruiz's career" is hers).
  if (ofOrganisation && CONTEST_OF.has(ofOrganisation[1]!.toLowerCase()) && !givenName) return 'rejected';
  // (A title of office or address before the name keeps it a person's: "President Budi Santoso" … "Santoso's
  // spokesman" is the president's spokesman, no firm's.)
  // (A business word after a title and a known given name is a surname: "Coach Mia Rowing", "Dr. Ana Steel";
  // without a title the given name may be a place's too: "Victoria Athletics".)
  const titledPerson = title !== null && (isHonorificTitle(title) || cueLexicon().nameTitles.has(title.toLowerCase()));
  // (After a place preposition even a given name opens a place: "in Rosa Hills", "near Clara Springs"; but a
  // possessive after it is a person's: "at Rosa Hills' funeral", "at Clara Springs's home". Read only for a landform's name.)
  const placeAfterPreposition = () => !title && endsWithWord(before, PLACE_PREPOSITIONS, true) && PLACE_BEFORE.test(before) && !PERSONAL_POSSESSIVE_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 40));
  if (e > s && GEO_TAILS.has(tokens[e]!.normal) && (!givenName || placeAfterPreposition() || (!title && NON_SURNAME_GEO_TAILS.has(tokens[e]!.normal)))) return 'rejected';
  if (shoreOrSettlementName(view)) return 'rejected';
  if (streetAfterAtOrIn(view)) return 'rejected';
  // "a Beverly Hills resident", "Harbour Heights residents": the name a resident lives in is a place.
  if (RESIDENT_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 12))) return 'rejected';
  // "the Free Corvania campaign", "the Yes Scotland movement": a name of several words before a body's noun is
  // that campaign's or party's, no person's ("the Biden campaign" is one word, "the Kamala Harris campaign" opens
  // with a given name: theirs).
  if (e > s && !givenName && title === null && causeBodyNounAfter(text.slice(tokens[e]!.end, tokens[e]!.end + 16))) return 'rejected';
  if (!givenName && bodyRelativeAfter(text.slice(tokens[e]!.end, tokens[e]!.end + 30))) return 'rejected';
  // ("Bernie Sanders delegates": a known given name opens a person's name, whose delegates they are.)
  if (ATTENDEES_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 14)) && !givenName) return 'rejected';
  if (e > s && STORM_HEADS.has(tokens[s]!.text)) return 'rejected';
  // ("Aoife Power, a Waterford hurler, said": a person's apposition or a speaker's keeps an unknown given name.)
  if (e > s && UTILITY_TAILS.has(tokens[e]!.normal) && !givenName && !personInApposition(text.slice(tokens[e]!.end, tokens[e]!.end + 80))) return 'rejected';
  // (A place's head that is also a given name, "Sierra", "Val", heads a person's two words when they speak or
  // carry an honorific and the second word is no place's: "Sierra Vance said", "Ms. Val Brody".)
  const givenNameOfPerson = givenName && e === s + 1 && (clues.speakers.has(name) || (title !== null && isHonorificTitle(title))) && !placeLikeWord(tokens[e]!) && !cueLexicon().placeNames.has(name) && !isCityNotGivenName(name);
  if ((GEO_HEADS.has(tokens[s]!.text) && !givenNameOfPerson) || (BUSINESS_TAILS.has(tokens[e]!.normal) && !(title !== null && givenName)) || (ofOrganisation && (ORGANIZATION_TAILS.has(ofOrganisation[1]!.toLowerCase()) || ORG_OF.has(ofOrganisation[1]!.toLowerCase()) || (capitalisedNameOfHead(ofOrganisation[1]!) && !givenName) || (!title && isCompanyRole(ofOrganisation[1]!.toLowerCase()) && !givenName))) || ((clues.orgHeads.has(tokens[e]!.text) || (clues.orgContext(name) && !surnameAsSubject(doc, s, e, name))) && !personNamedInFull(view) && !titledPerson && !givenName)) return 'rejected';
  // "Harbour City Ballet", "Norvik Dynamics", "World Rugby": a body's own name word at either end.
  if (isOrganisationByNameWord(tokens.slice(s, e + 1), text.slice(tokens[e]!.end, tokens[e]!.end + 80), text) && !titledPerson) return 'rejected';
  // "the Department of Agriculture and Land Stewardship": the run after "and" closes that body's joined name.
  // ("the University of Leeds and Dr. Varga", "… and Varga" after "Ilona Varga": a title or a surname the article gives
  // a person makes the run a second person, not the end of the body's name.)
  if (JOINED_BODY_NAME_BEFORE.test(text.slice(Math.max(0, run.start - 80), run.start)) && !givenName && title === null && !(s === e && surnameAfterGivenName(text, name))) {
    const head = JOINED_BODY_NAME_BEFORE.exec(text.slice(Math.max(0, run.start - 80), run.start))![1]!.toLowerCase();
    if (ORG_OF.has(head) || isNameOfHead(head)) return 'rejected';
  }
  // "Imperial College London", "the Mayo Clinic Health System": an institution's word inside the run makes it the institution's name.
  // (An office's field cut before a titled name is not the name's: "Director of Hope Street Clinic Mark Owens".)
  if (wordsOf(tokens, title !== null && s > run.first ? s : run.first, run.last).some((t) => INSTITUTION_WORDS.has(t.normal))) return 'rejected';
  // "Sen. Ana Ruiz, D-N.M.,": the state of a party tag, no one's name.
  // (… and the whole tag as one run, its dotted state no longer cut off as a sentence of its own: "D-N.M.", "R-W.Va.".)
  if (PARTY_TAG_BEFORE.test(text.slice(Math.max(0, run.start - 12), run.start)) || PARTY_TAG_RUN.test(text.slice(Math.max(0, run.start - 3), run.end))) return 'rejected';
  // "The owner of the quay, Corran Ferries, said": a plural noun of trade ending a name set off after "the owner of …".
  if (!title && !givenName && e > s && businessOwnerInApposition(text.slice(Math.max(0, run.start - 80), run.start), tokens[e]!.text)) return 'rejected';
  // "Halvorsen Labs, which makes Zentravo,", "sold as Zentravo": a product's brand, no person.
  if (!title && PRODUCT_BEFORE.test(before)) return 'skip';
  if (!looksLikeName(tokens, s, e)) return 'rejected';
  // "“A Jonah Pike Novel”": a series line printed on a book's cover names its hero's books, no person.
  if (SERIES_BOOK_WORDS.has(tokens[run.last]!.normal) && run.last > run.first + 1 && /(?:^|[“"‘(\s])An?\s+$/u.test(text.slice(Math.max(0, run.start - 4), run.start)) && /^[,.]?\s*[”"’)]/u.test(text.slice(run.end, run.end + 3))) return 'skip';
  // "Berlin and Paris Clash Over Budget Rules": in a title-case headline every word is capitalised, so a name there
  // needs the evidence running text would give: a known given name, a title, or its last word again in the body.
  // "Reality Star Sues Ex-Husband's Studio", "Berlin and Paris Clash Over Rules": a headline's verb opening the run, or
  // following its first word, starts a clause — no name, whatever title or given name stands before (unless the body names it).
  // (A run a headline's verb opens is a clause whatever the body repeats: "Closes Flagship Restaurant Ostra … closing Ostra".)
  if (clues.headline(s) && opensItsLine(text, tokens[s]!.start) && isHeadlineVerb(tokens[s]!.normal) && /^\p{Lu}/u.test(tokens[s]!.text)) return 'skip';
  // "Missouri Voters Approve Amendment", "Club Fans Protest": a headline capitalises a plural of people as it does any
  // noun; with no given name or title before it the run describes a group, whatever the body repeats ("Voters on Tuesday …").
  if (e > s && !title && !givenName && clues.headline(s) && isPluralName(tokens[e]!.text) && isPersonNounOrSingular(tokens[e]!.normal)) return 'skip';
  if (e > s && clues.headline(s) && opensItsLine(text, tokens[s]!.start) && !recursBelowLine(text, tokens[e]!.end, tokens[e]!.text)) {
    if ((!title && !givenName) || isHeadlineVerb(tokens[s]!.normal) || (e === s + 1 && isHeadlineVerb(tokens[e]!.normal))) return 'skip';
    // "Senators Demand Answers": a plural title stands before several people's names, so one run after it is the
    // headline's clause; "Upholds Georgia Voting Map": a last word the body writes only in small letters ("the map") is a common noun.
    if ((title !== null && pluralTitle(title.toLowerCase())) || recursBelowLine(text, tokens[e]!.end, tokens[e]!.text.toLowerCase())) return 'skip';
  }
  // "Procter & Gamble", "Harlow & Finch Co.": names joined by "&" make one firm's or body's name.
  if (joinedByAmpersand(text, tokens[s]!.start, tokens[e]!.end)) return 'rejected';
  // What the text says around the name makes it a label, club, league, award or title ("the label, Meridian Sound").
  if (namesAThing(text, tokens[s]!.start, tokens[e]!.end)) return 'rejected';
  // "Harbor Watch, the largest residents' coalition, said": an organisation's noun heading the apposition (no given name).
  if (organisationInApposition(text.slice(tokens[e]!.end, tokens[e]!.end + 80)) && !givenName) return 'rejected';
  // "the Spaniard admitted": a noun for one of a nation stands for someone named elsewhere, never a name.
  // (Not a surname the article gives a person: "Mark Cuban … Cuban said".)
  if (run.text === name && nationalityNounWords(name.split(/\s+/)) === name.split(/\s+/).length && !surnameAfterGivenName(text, name)) return 'skip';
  if (clues.works.has(name) || clues.works.has(run.text.replace(/[’']s$/, '')) || context.excluded(name) || ((isKnownOrganisation(name) || (run.text !== name && isKnownOrganisation(run.text)) || opensWithListedBody(name)) && !listedFirmPresentedAsPerson(text, name, clues)) || endsKnownOrganisation(before, name)) return 'skip';
  // A run that ends in a role word names a job, not a person ("NBC's New Morning Host"); "Adam Driver" keeps his.
  // ("Jan Member": a seat word after a given name that names no body is a surname.)
  if (e > s && ROLE_WORDS.has(tokens[e]!.normal) && !givenName && !seatWordAsSurname(tokens[e]!.normal, tokens[e - 1]!.text)) return 'skip';
  // "the Oregon Democrat", "a New Hampshire Republican": a place and a party's member noun describe a person, they name no one.
  if (e > s && partyDescription(tokens, s, e) && !givenName) return 'skip';
  // "Gen Z", "Plan B": a lone capital with no stop after a word is a term's letter, no surname
  // (unless the article quotes the name as a speaker; after a given name it may be one: "Malcolm X").
  if (!title && e > s && /^\p{Lu}$/u.test(tokens[e]!.text) && tokens[e + 1]?.text !== '.' && !clues.speakers.has(name) && genderOfFirstName(tokens[s]!.text) === 'unknown') return 'skip';
  const words = wordsOf(tokens, s, e);
  const written = words.length;
  // "Mr. T. Witnesses said": an initial alone, cut from the next sentence's word, names no one (splitAfterInitial).
  if (written === 1 && /^\p{Lu}\.$/u.test(tokens[s]!.text)) return 'skip';
  if (written === 1 || (written === 2 && isParticle(tokens[s]!.text))) return 'single';
  // "the Harbour Sparrows", "The Copper Lanterns told fans": an article before a name with no given name in it
  // and no title makes it a team's, band's or building's; a person's name takes none. (Not before a noun
  // the name qualifies: "the Dario Vell trial" is about a person.)
  // (The tagger reads many such nouns in -ing as verbs: "shooting", "hearing", "killing".)
  const next = tokens[e + 1];
  const qualifiesNoun = !!next && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || /ing$/.test(next.text));
  if (!title && !qualifiesNoun && /\b[Tt]he\s+$/.test(before) && words.every((w) => genderOfFirstName(w.text) === 'unknown') && !/^(?:\p{Lu}\.)+$/u.test(tokens[s]!.text)) return 'skip';
  // "Dover Ferries said": two words, neither a given name nor a title, the last a common noun's plural, names a
  // firm or service by its place and what it runs; a person so named is soon named by the surname alone
  // ("Brooks said"), or is described ("Ada Banks, a nurse,") or has a part ("who plays").
  const after = text.slice(tokens[e]!.end, tokens[e]!.end + 80);
  // (A party's word is no title here: "The Green Room Tapes" is a series of recordings, no Green politician.)
  // (Not a name the quotes give a person's words: "Adaeze Brooks said …", named once, is a person.)
  if ((!title || DESCRIPTORS.has(title.toLowerCase())) && !givenName && written === 2 && isPluralName(tokens[e]!.text) && !clues.surnameAlone.has(tokens[e]!.text) && !clues.speakers.has(name) && !ROLE_AFTER.test(after) && !appositiveRole(after) && isCommonPlural(tokens[e]!.text)) return 'skip';
  // "reached Max Q", "switched to Plan B": after a given name too, a lone capital with no stop is a term's letter
  // as often as a stage name's ("Malcolm X"); such a name needs more evidence than its given name (below).
  const letterAfterGivenName = givenName && !title && written === 2 && /^\p{Lu}$/u.test(tokens[e]!.text) && tokens[e + 1]?.text !== '.';
  if (givenName && !letterAfterGivenName) return 'person';
  const evidence =
    // Initials open a name: "O.J. Simpson", "J. K. Rowling".
    /^(?:\p{Lu}\.){1,3}$/u.test(tokens[s]!.text) ||
    // A listed family name and a hyphenated given name, "Choi Min-ho", "Park Seo-yeon": the shape of a Korean name.
    familyFirstNameEnd(tokens, s) === e + 1 ||
    byAgent(before) ||
    BY_AGENT_PAIR_BEFORE.test(text.slice(Math.max(0, tokens[s]!.start - 80), tokens[s]!.start)) ||
    title !== null ||
    clues.speakers.has(name) ||
    // (Not a place or programme a preposition takes: "Reyes, a guest star on Night Lights, said" is Reyes's cue.)
    (CUE_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 80)) && !PLACE_TAKER_BEFORE.test(before)) ||
    tokens.slice(s, e + 1).some((t) => isParticle(t.text)) ||
    clues.surnameAlone.has(words[written - 1]!.text) ||
    // "The show's host, Tamsin Okoro-Blake,": a name in apposition after a role noun.
    // … or after a noun for a person: "That owner, Min-woo Choi," (people_nouns lists most in the plural).
    ROLE_COMMA_BEFORE.test(before) && isPersonNounOrSingular(ROLE_COMMA_BEFORE.exec(before)![1]!.toLowerCase()) ||
    // … also with a place or work after the noun: "Her co-star in the series “Salt Line,” Tobin Ashgrove-Lee,".
    roleWithPhraseBefore(text.slice(Math.max(0, tokens[s]!.start - 100), tokens[s]!.start)) ||
    /\b(?:said|says|told|according to)\s*$/i.test(text.slice(Math.max(0, tokens[s]!.start - 20), tokens[s]!.start)) ||
    ROLE_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 80)) ||
    castBracket(text, tokens[s]!.start, tokens[e]!.end) ||
    billedAsPart(text, tokens[s]!.start, tokens[e]!.end) ||
    appositiveRole(text.slice(tokens[e]!.end, tokens[e]!.end + 60)) ||
    // "Teresita Bautista, 54, sat with …": an age set off by commas is how news introduces a resident or victim.
    ageAfter(after) ||
    rivalOfPerson(tokens, s, e, written) ||
    // Two or three words the tagger reads as proper nouns, mid-sentence, with people words around:
    // "his partner Anselmo Feleppa", "Southan Morris, who …".
    (e - s <= 2 && tokens.slice(s, e + 1).every((t) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text)) && !(tokens[e + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[e + 1]!.text)) && PERSON_CONTEXT.test(text.slice(Math.max(0, tokens[s]!.start - 30), tokens[e]!.end + 12)));
  if (evidence) return 'person';
  // A given name and a lone capital are a term only when written as a known one ("Max Q", data/letter-terms.json),
  // or as a point reached ("reached Max Q", "just after Max Q") with no verb or possessive of its own after it
  // ("Malcolm X was quoted", "Malcolm X's speeches"). Otherwise a stage name: "Fans cheered for Jenny K".
  if (letterAfterGivenName) return isLetterTerm(name) || (reachedAsAPoint(tokens, s) && !subjectOrPossessiveAt(tokens, e + 1)) ? 'skip' : 'person';
  return 'skip';
}

const RIVAL_VERBS = new Set(placeWords().rival_verbs);

/**
 * "Kim Soo-jin leads Haneul Park", "Haneul Park beat Ana Ruiz": a name of two words ending in a surname that also
 * ends places (data/place-words.json surname_tails) or in a family name, joined by a verb of rivalry to a person
 * (a known given name first, or a family-name-first name), is a rival, no park. "Hyde Park" stays a place elsewhere.
 */
function rivalOfPerson(tokens: Token[], s: number, e: number, written: number): boolean {
  const last = tokens[e]!.text;
  if (written !== 2 || !(SURNAME_TAILS.has(last.toLowerCase()) || isFamilyFirstName(last))) return false;
  // The first word must be a given name's, no ordinary English word: "edged Blue Moon", "trails Olympic Park" name
  // a horse and a place.
  if (inModelLexicon(tokens[s]!.text)) return false;
  // ("led Olympic Park fans": a name before a noun qualifies it.)
  if (tokens[e + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[e + 1]!.text)) return false;
  const personOpensAt = (k: number) => !!tokens[k] && /^\p{Lu}/u.test(tokens[k]!.text) && (genderOfFirstName(tokens[k]!.text) !== 'unknown' || familyFirstNameEnd(tokens, k) >= 0);
  if (RIVAL_VERBS.has(tokens[e + 1]?.text ?? '') && personOpensAt(e + 2)) return true;
  if (!RIVAL_VERBS.has(tokens[s - 1]?.text ?? '')) return false;
  // ("led Silver Moon to victory": a jockey or trainer leads a horse to a win, no rival; "leads Hyde Park into the
  // final": a captain leads a team into a match.)
  // (… but "leads Sora Park into the final round by two shots" is a golf leaderboard: the rival stays a person.)
  if (/^lead|^led$/.test(tokens[s - 1]!.text) && /^(?:to|into)$/.test(tokens[e + 1]?.normal ?? '')) {
    const after: string[] = [];
    for (let k = e + 2; k < Math.min(tokens.length, e + 12) && !/^[.;!?]$/.test(tokens[k]!.text); k++) after.push(tokens[k]!.text.toLowerCase());
    if (tokens[e + 1]!.normal !== 'into' || !readsAsLeaderboard(after)) return false;
  }
  // The person before the verb: a family-name-first name ending there ("Kim Soo-jin"), or a given name opening
  // capitalised words that end there ("Ana Ruiz").
  for (let k = s - 2; k >= Math.max(0, s - 5); k--) {
    if (familyFirstNameEnd(tokens, k) === s - 1) return true;
    if (!/^\p{Lu}/u.test(tokens[k]!.text) && tokens[k]!.start !== tokens[k - 1]?.end) return false;
    if (genderOfFirstName(tokens[k]!.text) !== 'unknown') return true;
  }
  return false;
}

/** Whether tokens[k] is a verb or a possessive ending: the name before it is a sentence's subject or an owner. */
function subjectOrPossessiveAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX' || /^['’]s$/.test(t.text));
}

// "St. Peter's Square on Thursday": a possessive and a place noun ending the name, a place named for someone.
// (Not where the name goes on — "Bernie Sanders' College for All Act", a headline's "Trump's Church Remarks":
// a bill or a phrase, the person's.)
const NAMED_FOR_AFTER = new RegExp(String.raw`^['’]s?[ \t]+(?:${alternatives(placeWords().named_for_nouns)})\b(?![ \t]+(?:\p{Lu}|for\b|of\b))`, 'u');
// "Rosa Hills' funeral", "Clara Springs's home": a possessive right after a name, owning what only a person has
// (a relative or a life's events; "Beverly Hills' boutiques" are a place's).
const PERSONAL_POSSESSIVE_AFTER = new RegExp(String.raw`^['’]s?[ \t]+(?:(?:late|own|former|elderly|young|grieving)[ \t]+)?(?:${alternatives(relativeNouns())}|funeral|home|house|death|life|career|memorial|burial|grave|lawyer|attorney|wedding|birthday|family|children|kids)\b`, 'u');

/** tokens[s..e] are a party's member noun after a place ("Oregon Democrat", "New Hampshire Republican"). */
function partyDescription(tokens: Token[], s: number, e: number): boolean {
  const last = tokens[e]!.text;
  if (partyMember(last) !== last.toLowerCase() || !isPartyMemberNoun(last.toLowerCase())) return false;
  const place = tokens.slice(s, e).map((t) => t.text).join(' ');
  return cueLexicon().placeNames.has(place);
}

/**
 * Text before a name ending in a role noun with its determiner or owner, and a comma: "The show's host, ",
 * "her longtime lawyer, ", "the players' coach, " (an owner in the plural too; not "In general, ").
 */
// (Determiners and owners in either case: the phrase may open the sentence, "This season's coach, ".)
const ROLE_COMMA_OPENERS = [...DETERMINERS, 'our'].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const ROLE_COMMA_BEFORE = new RegExp(String.raw`\b(?:${alternatives(ROLE_COMMA_OPENERS)}|\p{L}+['’]s|\p{L}+s['’])\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+),\s+$`, 'u');

/** The text ends in a comma (maybe with a closing quotation mark after it) and a space: `,["”’]?\s+$` (trimEnd drops what \s matches). */
function endsInCommaAndSpace(text: string): boolean {
  const kept = text.trimEnd();
  if (kept.length === text.length) return false;
  const last = kept[kept.length - 1];
  return last === ',' || ((last === '"' || last === '”' || last === '’') && kept[kept.length - 2] === ',');
}

/** ROLE_COMMA_BEFORE with the role's small words whole ("chief executive" of "The company's chief executive, "). */
const ROLE_WORDS_COMMA_BEFORE = new RegExp(String.raw`\b(?:${alternatives(ROLE_COMMA_OPENERS)}|\p{L}+['’]s|\p{L}+s['’])\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+),\s+$`, 'u');

/** The role (quotes/classify-phrase roleOf) of a role noun and a comma ending the text before `start`, or null. */
function appositionRoleBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  if (!endsInCommaAndSpace(before)) return null;
  const words = ROLE_WORDS_COMMA_BEFORE.exec(before)?.[1];
  return words ? roleOf(words) : null;
}

/** A role noun with its determiner or owner, a phrase after it and a comma: "Her co-star in the series “Salt Line,” ". */
const ROLE_PHRASE_COMMA_BEFORE = new RegExp(String.raw`\b(?:${alternatives(ROLE_COMMA_OPENERS)}|\p{L}+['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:in|on|at|from|with)\s+[^,.;:!?\n]{1,60},["”’]?\s+$`, 'u');

function roleWithPhraseBefore(before: string): boolean {
  // (The comma at the end first: the pattern tries every word of the text, asked before most names.)
  if (!endsInCommaAndSpace(before)) return false;
  const role = ROLE_PHRASE_COMMA_BEFORE.exec(before)?.[1];
  return !!role && isPersonNounOrSingular(role.toLowerCase());
}

/** A party letter and hyphen right before a run (maybe past the state's first initials): "D-N.M.", "(R-Tex.)". */
const PARTY_TAG_BEFORE = /[,(]\s*[RDI]\s*[-–]\s*(?:\p{Lu}\.)*$/u;
/** A whole party tag after a comma or bracket, its state dotted: ", D-N.M.", "(R-W.Va.". */
const PARTY_TAG_RUN = /[,(]\s*[RDI]\s*[-–]\s*(?:\p{Lu}\p{Ll}*\.)+$/u;

/**
 * A run too long for a name that opens with a known person's full name is a headline mentioning them:
 * "Taylor Swift Questions Ticket Prices".
 */
function recordHeadlineMentions(doc: AnalyzedArticle, found: Map<Person, Entry>, rejected: { s: number; e: number }[]): void {
  const text = doc.article.text;
  const tokens = doc.tokens;
  for (const { s, e } of rejected) {
    const runText = text.slice(tokens[s]!.start, tokens[e]!.end);
    const host = [...found.keys()].find((p) => p.tokens.length > 1 && runText.startsWith(p.name + ' '));
    if (!host) continue;
    const start = tokens[s]!.start;
    const entry = found.get(host)!;
    if (!entry.mentions.some((m) => m.start === start)) entry.mentions.push({ start, end: start + host.name.length, text: host.name });
  }
}

/** Pronouns of quotes attributed to them first, then honorifics, then pronouns near their name, then the first name. */
function toPersonEntity(person: Person, entry: Entry, pronoun: Gender | undefined, nearby: Gender | undefined): PersonEntity {
  const surfaces = new Set(entry.mentions.map((m) => m.text));
  for (const t of entry.titles) surfaces.add(t);
  surfaces.delete(person.name);
  // (A family name written first tells no gender: "Kim Tae-sung".)
  const firstGender = person.tokens.length > 1 && !familyFirstTokens(person.tokens) ? genderOfFirstName(person.tokens[0]!) : 'unknown';
  // "Mr." never addresses a woman: "Mr. Brandt" beside "Helen Brandt" is another Brandt (her son, her husband).
  const mister = (t: string) => /^Mr\.?(?:\s|$)/.test(t);
  if (firstGender === 'female') {
    for (const t of [...surfaces]) if (mister(t)) surfaces.delete(t);
    entry.mentions = entry.mentions.filter((m) => !mister(m.text));
  }
  const fromTitles = [...entry.titleWords].filter((w) => firstGender !== 'female' || !mister(w)).map(genderOfTitle).filter((g) => g !== 'unknown');
  const titleGender: Gender = fromTitles.length && fromTitles.every((g) => g === fromTitles[0]) ? fromTitles[0]! : 'unknown';
  // (A pronoun against a given name of one sex is more likely a wrong match than the person's gender: a "she"
  // speaker or a "she" in the next sentence taken for an earlier "Tomas Ruiz" tells nothing of him. Names used
  // for both sexes take the pronoun.)
  const pronounFits = (g: Gender | undefined): g is Gender => !!g && g !== 'unknown' && (firstGender === 'unknown' || g === firstGender || givenNameOfEitherSex(person.tokens[0]!));
  const gender: Gender = pronounFits(pronoun) ? pronoun : titleGender !== 'unknown' ? titleGender : pronounFits(nearby) ? nearby : firstGender;
  // A royal known by a given name alone goes by it with the title: "King Ottavio", with "Ottavio" an alias.
  const royal = person.tokens.length === 1 ? [...entry.titles].find((t) => isRoyalTitle(t.split(' ')[0]!)) : undefined;
  if (royal) {
    surfaces.delete(royal);
    surfaces.add(person.name);
  }
  return {
    name: royal ?? person.name,
    aliases: [...surfaces],
    gender,
    roles: [...entry.roles],
    mentions: entry.mentions.sort((a, b) => a.start - b.start),
  };
}

/** `before` ends in a capitalised office's "of the"/"for the": "Director of the ". */
function officeOfTheBefore(before: string): boolean {
  const m = /\b(\p{Lu}[\p{L}.]*)\s+(?:of|for)\s+the\s+$/u.exec(before);
  return !!m && isRoleWord(m[1]!.toLowerCase());
}

/**
 * Headline capitals glue a following word onto a name ("Taylor Swift Questions"): a one-mention name that is
 * another person's full name plus one word is a mention of that person, cut to the name.
 */
interface Entry {
  mentions: Mention[];
  /** Honorific forms as written ("Mr Wilson"), kept as aliases. */
  titles: Set<string>;
  /** Every title or role word written before a mention ("Ms", "actress"), for gender. */
  titleWords: Set<string>;
  roles: Set<string>;
}

function absorbHeadlineTails(found: Map<Person, Entry>): void {
  for (const [person, entry] of found) {
    if (entry.mentions.length !== 1) continue;
    const cut = person.name.replace(/\s+\S+$/, '');
    if (cut === person.name || !/\s/.test(cut)) continue;
    const host = [...found.keys()].find((p) => p !== person && p.name === cut);
    if (!host) continue;
    const m = entry.mentions[0]!;
    found.get(host)!.mentions.push({ start: m.start, end: m.start + cut.length, text: m.text.slice(0, cut.length) });
    found.delete(person);
  }
}

/**
 * The tagger reads some surnames as verbs ("Debra Messing said"): outside headlines, a capitalised
 * "verb" right after a run and followed by a lower-case word belongs to the name.
 */
function extendOverVerbSurname(doc: AnalyzedArticle, last: number): number {
  const t = doc.tokens;
  const next = t[last + 1];
  const after = t[last + 2];
  if (!next || !after || next.start - t[last]!.end !== 1 || (next.pos !== 'VERB' && next.pos !== 'AUX')) return last;
  if (!/^\p{Lu}\p{Ll}+$/u.test(next.text) || !/^\p{Ll}/u.test(after.text)) return last;
  const sentence = sentenceHoldingToken(doc.sentences, last);
  if (!sentence || last + 1 >= sentence.tokenEnd) return last;
  return last + 1;
}

/** How many of the words are no particle, counted without a filtered copy (this runs for every run). */
function wordsBesideParticles(words: Token[]): number {
  let n = 0;
  for (const t of words) if (!isParticle(t.text)) n++;
  return n;
}

function looksLikeName(tokens: Token[], s: number, e: number): boolean {
  const words = wordsOf(tokens, s, e);
  // Particles do not count: "Maria de los Angeles Ortiz".
  if (wordsBesideParticles(words) > 4) return false;
  if (words.some((t) => /\d/.test(t.text) || (/^\p{Lu}{2,}$/u.test(t.text) && t.text.length > 1 && words.length === 1))) return false;
  if (NOT_NAMES.has(words[0]!.normal) && !(words.length > 1 && monthAsGivenName(tokens, s))) return false;
  // "I’m", "We’ve", "Don’t": a word with a verb's contracted ending is never a name ("O’Neill", "D’Angelo" keep theirs).
  if (words.some((t) => CONTRACTION.test(t.text))) return false;
  // "FULL TEXT", "HPA BOARD": a headline or an acronym. (Only a first word in capitals can open one: most
  // runs are no headline, and the list of texts is built only for those that may be.)
  if (ALL_CAPITALS.test(words[0]!.text) && capitalsWithoutGivenName(words.map((t) => t.text))) return false;
  // ("Jane Hall": a given name, then a tail that is a common surname too, is a person's; src/nlp/surname-tails.ts.)
  if (ORGANIZATION_TAILS.has(words[words.length - 1]!.normal) && !givenNameAndSurnameTail(tokens, s, e + 1)) return false;
  // "Harlan Arena", "Madison Square Garden": a venue's last word (data/place-words.json venue_tails).
  if (words.length > 1 && (VENUE_TAILS.has(words[words.length - 1]!.normal) || (words.length > 2 && LONG_VENUE_TAILS.has(words[words.length - 1]!.normal)))) return false;
  // "the Coast Guard", "Lune Guard", not "Nora Guard": a service's last word after no listed given name.
  if (words.length > 1 && SERVICE_TAILS.has(words[words.length - 1]!.normal) && genderOfFirstName(words[0]!.text) === 'unknown') return false;
  return words.every((t) => /^\p{Lu}/u.test(t.text) || isParticle(t.text.replace(/-.*$/, '')) || t.text === '-' || t.text === '.');
}

const CONTRACTION = /^\p{L}+(?:['’](?:m|re|ve|ll|d)|n['’]t)$/iu;

// "Dean Witter. He …": a personal pronoun opening the sentence after one that the name opened.
const PERSONAL_PRONOUN_NEXT = /^[^.!?]*[.!?]["”’]?\s+(?:He|She|His|Her)\s/u;

/**
 * Whether the article presents a listed firm's name as a person's (data/organisations.json "Dean Witter",
 * "Arthur Andersen"): a person's apposition or an age after it (", the firm's founder,", ", 24,"), a person who
 * speaks a quote under it (a direct one in no firm's "we" voice, after a known given name), or "he"/"she" opening the next sentence after one it opens. A surname used alone with an
 * age or a person's apposition counts too ("Andersen, 24, joined"). The firm written as itself stays out.
 */
function listedFirmPresentedAsPerson(text: string, name: string, clues: NameClues): boolean {
  const parts = name.split(/\s+/);
  if (clues.speakers.has(name) || (clues.singleVoices.has(name) && genderOfFirstName(parts[0]!) !== 'unknown')) return true;
  if (parts.length < 2) return false;
  const described = (form: string, withPronoun: boolean) => wholeWordOffsets(text, form).some((at) => {
    const after = text.slice(at + form.length, at + form.length + 80);
    if (ageAfter(after) || personInApposition(after)) return true;
    return withPronoun && sentenceOpening(text.slice(Math.max(0, at - 4), at)) && PERSONAL_PRONOUN_NEXT.test(text.slice(at + form.length, at + form.length + 240));
  });
  return described(name, true) || described(parts[parts.length - 1]!, false);
}

/**
 * A given name and a surname after a person's role word in small letters ("actor Ravi Mallick"): a person, even when a
 * company bears the surname ("Mallick Pictures" makes "Mallick" alone the company's, not the full name's) or stands
 * before a company's word elsewhere ("Mallick's spokesperson", "Mallick Films chief"). (A role word in capitals may
 * open a body's name: "the Council for the Promotion of International Trade".)
 */
function personNamedInFull({ tokens, s, e, title }: NameView): boolean {
  return e > s && title !== null && tokens[s - 1]?.text === title && /^\p{Ll}/u.test(title);
}

/**
 * "Tanya Brooks … Brooks told the board": a lone word the article gives a person as a surname, acting as a verb's
 * subject, is that person, though a body's word ("board", "staff") follows within three words.
 */
function surnameAsSubject(doc: AnalyzedArticle, s: number, e: number, name: string): boolean {
  const next = doc.tokens[e + 1];
  return s === e && !!next && (next.pos === 'VERB' || next.pos === 'AUX') && surnameAfterGivenName(doc.article.text, name);
}

/** Whether the text writes `name` after another capitalised word, as a full name's surname ("Ana Zentrix"). */
function surnameOfAFullName(text: string, name: string): boolean {
  return !capitalisedWordsBefore(text, name).next().done;
}

/** Whether the text writes `name` after a known given name, as a person's surname ("Ilona Varga"; not "Coastal Heritage"). */
function surnameAfterGivenName(text: string, name: string): boolean {
  for (const word of capitalisedWordsBefore(text, name)) if (genderOfFirstName(word) !== 'unknown') return true;
  return false;
}

/**
 * "M. de La Rochère": a French "M." (Monsieur) before a particle is an honorific. An initial ("M. Night", "J. Ruiz")
 * is followed by a capitalised name, so only the particle tells the two apart.
 */
function isMonsieurBeforeParticle(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]!.text === 'M.' && next !== undefined && /^\p{Ll}/u.test(next.text) && isParticle(next.text);
}

/**
 * Whether the run is in a short title-case line of its own: no sentence ends between the line's start and `at` (not a
 * short "sentence" an abbreviation's stop cut from running text, "led by the Rev. | Al Sharpton on Thursday").
 */
function opensItsLine(text: string, at: number): boolean {
  // (Read no further than a headline can run, so a page with no line breaks costs no pass over itself per name.)
  const from = Math.max(0, at - HEADLINE_MAX_CHARS);
  const back = text.slice(from, at).lastIndexOf('\n');
  if (back < 0 && from > 0) return false;
  const lineStart = back < 0 ? 0 : from + back + 1;
  const ahead = text.slice(at, lineStart + HEADLINE_MAX_CHARS + 1);
  const forward = ahead.indexOf('\n');
  if (forward < 0 && at + ahead.length < text.length) return false;
  const lineEnd = forward < 0 ? -1 : at + forward;
  // (A headline is short and capitalises every word but small ones: a paragraph of running text — "MSNBC's Ayman
  // Mohyeldin reported Wednesday that …" — or a list of names may hold as many capitals.)
  const words = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).split(/\s+/).filter(Boolean);
  const headline = words.length <= HEADLINE_MAX_WORDS && !words.some((w) => /^\p{Ll}\p{L}{3,}/u.test(w));
  return headline && !/[.!?]["”’)]?\s/u.test(text.slice(lineStart, at));
}

/**
 * Where a headline's name starts when words before its first listed given name describe the person ("Grammy Winner
 * Lena Cortez"): at that given name, unless the body repeats the whole run or a word before it is a given name too
 * ("Mary Ann Lee"). Needs a surname after the given name.
 */
function headlineDescriptionCut(text: string, tokens: Token[], s: number, e: number): number {
  let k = s;
  while (k < e && genderOfFirstName(tokens[k]!.text) === 'unknown') k++;
  if (k === s || k >= e || !/^\p{Lu}\p{Ll}/u.test(tokens[s]!.text)) return s;
  const lineEnd = text.indexOf('\n', tokens[e]!.end);
  if (lineEnd < 0 || text.slice(lineEnd).includes(text.slice(tokens[s]!.start, tokens[e]!.end))) return s;
  return k;
}

/** The most words a title-case line has to be read as a headline here. */
const HEADLINE_MAX_WORDS = 20;
/** The most characters such a line has (twenty words of fifty letters). */
const HEADLINE_MAX_CHARS = 1000;

/**
 * Whether `word` stands as a whole word after the end of the line holding offset `at` (not right after an opening
 * quotation mark, where any word is capitalised: "“Rules that …").
 */
function recursBelowLine(text: string, at: number, word: string): boolean {
  const lineEnd = text.indexOf('\n', at);
  return lineEnd >= 0 && wholeWordOffsets(text, word).some((i) => i > lineEnd && !/[“"‘]$/u.test(text.slice(i - 1, i)));
}

/** The kinds of book a cover's series line ends with ("A Jonah Pike Novel", "An Inspector Vale Mystery"). */
const SERIES_BOOK_WORDS: ReadonlySet<string> = new Set(['novel', 'mystery', 'thriller', 'adventure', 'romance', 'story', 'book']);

/**
 * Whether tokens[k], the last of a headline's run of three words or more, is a verb's -s or -ed form after a name
 * ("Lena Varga Withdraws", "Tom Hale Resigned"): the body repeats the word before it and never this one.
 */
function headlineVerbFormAfterName(text: string, tokens: Token[], k: number): boolean {
  const word = tokens[k]!.text;
  if (!/^\p{Lu}\p{Ll}+(?:[^sui]s|ed)$/u.test(word) || genderOfFirstName(word) !== 'unknown') return false;
  return !recursBelowLine(text, tokens[k]!.start, word) && recursBelowLine(text, tokens[k]!.start, tokens[k - 1]!.text);
}

// First words of a compound office ("Prime Minister", "Vice President", "Deputy Mayor").
const OFFICE_OPENING_WORDS = new Set(['prime', 'vice', 'deputy', 'assistant', 'acting']);

/** Whether a title is an office's first word: "Prime" always, the others after "the" ("the Deputy Mayor"). */
function officeOpeningWord(title: string, before: string): boolean {
  const word = title.toLowerCase();
  return word === 'prime' || (OFFICE_OPENING_WORDS.has(word) && /\bthe\s+$/i.test(before));
}
