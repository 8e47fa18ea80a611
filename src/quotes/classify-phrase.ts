/**
 * What a phrase of words is as a speaker (classify): a named person, an outlet or a body, a pronoun, a
 * description; and the word tests it shares with the readers before and after the cue (speaker.ts,
 * speaker-after-cue.ts).
 */
import { isBodyHeadNoun } from '../lexicon/body-heads.js';
import { isRulingBodyModifier, isSideHead } from '../lexicon/body-speaker-heads.js';
import { spanAnswers } from './span-answers.js';
import { isOwnedBodyHead } from './owned-bodies.js';
import { isForeignInstitutionHead, isInstitutionJoiner } from '../lexicon/institution-heads.js';
import { monthAsGivenName } from '../nlp/month-given-name.js';
import { bangInName, hyphenatedGivenNameAt, hyphenInWord } from '../nlp/name-shapes.js';
// (hyphenInWord is read through here by the quote stage's readers.)
export { hyphenInWord };
import type { SpeakerKind, Token } from '../types.js';
import { startsWithCapital } from '../text/boundaries.js';
import { articleOfPersonName, endsWithJobKind, endsWithOutletKind, isJobKindWord, isOutletKindWord, isWebName, lookupOutlet, outletShapedName, recogniseOutlet, styledOutletOpening } from '../lexicon/outlets.js';
import { ANONYMOUS_HEADS, BODY_KIND_WORDS, DESCRIPTORS, EVIDENCE_WORDS, isPluralName, isRoleWord, NOT_NAMES, ORGANIZATION_HEADS, ORGANIZATION_TAILS, POST_NOMINALS, PRONOUN_GENDER, seatWordAsSurname, SERVICE_TAILS } from '../nlp/words.js';
import { capitalsWithoutGivenName, familyFirstNameEnd, familyNameBeforeVerb, familyNameOfEarlierName, genderOfFirstName, isGivenNameToken, isHonorific, isParticle, isRoyalTitle } from '../nlp/names.js';
import { isOfficeField } from '../nlp/office-fields.js';
import { nameAfterBodyTail, runEndsInBody } from '../nlp/body-before-name.js';
import { nameAfterConstituency, placeOfficeBeforePlace, representativeBeforeSeat } from '../nlp/constituency.js';
import { isPlaceName, nameAfterOfficePlace } from '../lexicon/place-names.js';
import { hasLeagueWord, isClubTail, isDescriptorNameOpener, isFieldBodyHead, isKnownOrganisation, isNameOfHead, isNameTail, isSurnameCompanyTail } from '../lexicon/organisations.js';
import { isPlaceTail, placeWords } from '../lexicon/place-words.js';
import { nationalityNounWords } from '../lexicon/nationalities.js';
import { cueLexicon, isPluralPeopleNoun } from '../lexicon/cues.js';
import { isTitleRole } from './titles.js';
import { rolePhrase } from './role-phrase.js';
import { groupAdjectives } from '../lexicon/group-adjectives.js';
import { isPartyMemberNoun, partyMember } from '../lexicon/party-tags.js';
import { bodyWordAfterPossessive, peoplePluralPossessiveInName, possessiveInOfBodyName } from './body-name-possessives.js';
import { kindNounOpeningSentence, kindNounOpensBodyName } from './opening-kind-noun.js';
import { membersWordInName } from './members-word-bodies.js';
import { foreignBodyName } from './foreign-body-names.js';
import { isAgentPlural, isPersonNoun, isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { bodyNameStart } from './body-names.js';
import { bodyByApposition } from './outlet-shaped-bodies.js';
import { sportGoverningBody } from './sport-governing-bodies.js';
import { nationBranchOfBody } from './nation-branch-bodies.js';
import { jointBodiesStart } from './joint-bodies.js';
import { jointOutletsPhrase } from './joint-outlets.js';
import { describedMedium } from './medium-descriptions.js';
import { groupNameBody } from './group-name-bodies.js';
import { knownOrganisationPhrase, knownOrganisationRun, organisationOfRun, personalNameRun, withoutBodyAfterSurname, withoutBodyInSmallLetters } from './body-speakers.js';
import { relativeNouns } from '../lexicon/relatives.js';
import { isPlaceOfNoun } from '../lexicon/place-of-nouns.js';
import { namesLeagueTeam, teamNicknameTail } from '../lexicon/team-nicknames.js';
import { description, isQuoteMark, sourceText, type SpeakerPhrase } from './speaker-phrase.js';
import { positionBeforeFullName } from '../lexicon/playing-positions.js';
import { fixedTitles } from '../lexicon/fixed-titles.js';
import { civicBodyName } from './civic-body-names.js';
import { givenNameAndSurnameTail } from '../nlp/surname-tails.js';

export const isCap = (t: Token) => startsWithCapital(t.text);

/** A side's word alone ("the Dutch crew said", data/body-speaker-heads.json side_heads), not the last of a pair ("the cast and crew", the people who made a show, are no side). */
const sideHead = (tokens: Token[], s: number, head: string) => isSideHead(head) && tokens[s - 1]?.normal !== 'and';

/** tokens[s, e) are surname particles in small letters ("de la"), and at least one: "de la Cruz". */
function smallParticlesOnly(tokens: Token[], s: number, e: number): boolean {
  return e > s && tokens.slice(s, e).every((t) => isParticle(t.text) && !isCap(t));
}

/**
 * Where the surname particles in small letters right before a name at tokens[ns] start ("von Ahlen", "de la
 * Cruz", "al-" with its hyphen glued on both sides: "al-Tayeb"); ns when there are none. Not before s.
 */
function particlesBefore(tokens: Token[], s: number, ns: number): number {
  let k = ns;
  if (k - 2 >= s && hyphenInWord(tokens, k - 1) && tokens[k - 2]!.end === tokens[k - 1]!.start && isParticle(tokens[k - 2]!.text) && !isCap(tokens[k - 2]!)) k -= 2;
  while (k > s && isParticle(tokens[k - 1]!.text) && !isCap(tokens[k - 1]!)) k--;
  // "Van der Berg said": a capitalised particle opening the phrase before small ones is the same surname's
  // start, written so because it opens the sentence.
  if (k - 1 === s && k < ns && isParticle(tokens[s]!.text) && isCap(tokens[s]!)) k--;
  return k;
}

export const isNameToken = (t: Token, first: boolean) =>
  (isCap(t) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB') && !(first && NOT_NAMES.has(t.normal))) ||
  (!first && isParticle(t.text));

/**
 * tokens[k] is a capitalised word right after a capitalised given name: a surname, whatever the tagger
 * read it as ("Dana Jolly hopes" with "Jolly" an adverb, "Tom Will wrote" with "Will" an auxiliary).
 */
export function surnameAfterGivenName(tokens: Token[], k: number, lo: number): boolean {
  const prev = tokens[k - 1];
  return k > lo && !!prev && isCap(tokens[k]!) && isCap(prev) && isGivenNameToken(prev);
}

/**
 * tokens[k] continues the word before it: the tagger splits some names at a letter outside ASCII
 * ("Petrovi" + "ć", "Wa" + "łę" + "sa"), and the piece is part of the name. (Only at such a letter:
 * "did" + "n't" touch too.)
 */
export function wordPiece(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const t = tokens[k]!;
  return !!prev && prev.end === t.start && /^\p{L}/u.test(t.text) && /\p{L}$/u.test(prev.text) && /[^\x00-\x7F]/.test(prev.text.slice(-1) + t.text[0]);
}

/** Capitalised common words that open a run before a name: a department, a body, a headline's topic. */
const RUN_PREFIX_WORDS = new Set(['state', 'house', 'senate', 'county', 'city', 'news', 'party', 'department', 'committee', 'council', 'virus', 'university', 'school', 'court', 'police', 'army', 'navy', 'air', 'force', 'public', 'affairs', 'government', 'federal', 'national', 'international', 'foreign', 'defense', 'defence', 'treasury', 'justice', 'health', 'energy', 'labor', 'labour', 'commerce', 'education', 'interior', 'homeland', 'security', 'intelligence', 'fox', 'zika', 'breaking', 'update', 'watch', 'video', 'live']);

/** Capitalised words, maybe joined by "and", "&" or a possessive: "Harlow", "Harlow and Elton", "Harlow's Old Town". */
export function placeNames(words: Token[]): boolean {
  const joiner = (t: Token) => t.normal === 'and' || t.normal === '&' || t.normal === "'s" || t.normal === '’s';
  return isCap(words[0]!) && isCap(words[words.length - 1]!) && words.every((t) => isCap(t) || joiner(t));
}

/**
 * classify's answers, by span: the quote stage asks about the same span several times (a name run "Dana
 * Cole" when names are registered, again as a cue's subject), a quarter of all calls.
 */
const classified = spanAnswers(classifySpan);

/** Decide what a phrase tokens[s, e) is: a named person, an outlet, a pronoun, a description. */
/**
 * The nickname in quotation marks inside a name whose opening or closing mark is tokens[k]: a given name,
 * one to three capitalised words in marks, a capitalised word ("Carla “The Wall” Jensen"). Its opening and
 * closing marks' indices, or null. (The entity stage reads such a name as Carla Jensen, see withNicknamedNames.)
 */
export function nicknameInName(tokens: Token[], k: number): { open: number; close: number } | null {
  const t = tokens[k];
  if (!t || !isQuoteMark(t)) return null;
  for (const open of [k, k - 2, k - 3, k - 4]) {
    const close = open === k ? -1 : k;
    const given = tokens[open - 1];
    if (!given || !isQuoteMark(tokens[open] ?? given) || !isCap(given) || !isGivenNameToken(given)) continue;
    let m = open + 1;
    while (m < tokens.length && m <= open + 3 && isCap(tokens[m]!) && !isQuoteMark(tokens[m]!)) m++;
    if (m === open + 1 || !tokens[m] || !isQuoteMark(tokens[m]!) || (close >= 0 && m !== close)) continue;
    const after = tokens[m + 1];
    if (after && isCap(after) && !isQuoteMark(after) && after.start > tokens[m]!.end) return { open, close: m };
  }
  return null;
}

export function classify(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  if (e <= s) return null;
  // "Gregory “Bud” Tannenbaum": the name without its nickname.
  // (A loop over the span, not a slice of it: this runs on every call, before the answers are looked up.)
  let nick = -1;
  for (let k = s, hi = Math.min(e, tokens.length); k < hi && nick < 0; k++) if (isQuoteMark(tokens[k]!) && nicknameInName(tokens, k)?.open === k) nick = k - s;
  if (nick >= 0) {
    const { open, close } = nicknameInName(tokens, s + nick)!;
    if (close < e) return classify([...tokens.slice(0, open), ...tokens.slice(close + 1)], s, e - (close + 1 - open));
  }
  return classified(tokens, s, e);
}

/**
 * tokens[ns] follows a role's field: "of" or "and" before it, and before those only capitalised words, "of"
 * and "and" back to a capitalised role word ("Professor of Law and Ethics", "Director of Parks"; no royal
 * title, whose land is its holder's name). The phrase may have been cut at the "and": the words looked at
 * may lie before it.
 */
export function roleFieldBefore(tokens: Token[], ns: number): boolean {
  return roleBeforeField(tokens, ns) >= 0;
}

/** The role word's index when tokens[ns] follows its field (see roleFieldBefore), else -1. */
function roleBeforeField(tokens: Token[], ns: number): number {
  // ("for" as "of": "Minister for Coastal Resilience", "Secretary of State for Trade", as src/entities/role-fields.ts reads them.)
  if (!/^(of|for|and|&)$/.test(tokens[ns - 1]?.normal ?? '')) return -1;
  for (let k = ns - 2; k >= 0 && k >= ns - 8; k--) {
    const t = tokens[k]!;
    // ("Head of Research and Strategy": "head" is no role word alone, a surname or a thing, but is one before "of" and a field.)
    if (isCap(t) && (isRoleWord(t.normal) || t.normal === 'head') && /^(of|for)$/.test(tokens[k + 1]!.normal)) return isRoyalTitle(t.text) ? -1 : k;
    if (!isCap(t) && !/^(of|for|and|&)$/.test(t.normal)) return -1;
  }
  return -1;
}

/** tokens[k] is a small joining word ("in", "of") inside a fixed title opening in capitals: "Special Agent in Charge". */
export function joinerInFixedTitle(tokens: Token[], k: number): boolean {
  if (!/^\p{Ll}/u.test(tokens[k]!.text)) return false;
  return fixedTitles().some((title) => title.some((w, p) => w === tokens[k]!.normal && k - p >= 0 && !!tokens[k - p + title.length - 1] && isCap(tokens[k - p]!) && title.every((x, q) => tokens[k - p + q]!.normal === x)));
}

/**
 * Where a fixed title (data/fixed-titles.json) written in capitals ends inside the name run tokens[ns..ne),
 * with a name after it: the index after the title, else -1.
 */
function fixedTitleEndInRun(tokens: Token[], s: number, ns: number, ne: number): number {
  for (const title of fixedTitles()) {
    for (let k = Math.max(s, ns - title.length + 1); k < ns; k++) {
      const end = k + title.length;
      if (end < ns + 1 || end > ne - 1) continue;
      if (!isCap(tokens[k]!) || !title.every((w, j) => tokens[k + j]!.normal === w)) continue;
      return end;
    }
  }
  return -1;
}

/** A field's noun for sure: a role word, a listed field, or an abstract ending no given name has ("Trinity" ends in "-ity"). */
function firmFieldNoun(t: Token): boolean {
  return isRoleWord(t.normal) || /(?:tion|sion|ment|ics|ogy|ship|ness|ism|ions|ents)$/.test(t.normal) || isOfficeField(t.normal);
}

/** A capitalised word shaped as a field's noun, not a name: a role word, an abstract noun's ending ("Development", "Ethics", "Operations") or a listed field ("Services", "Industry"). */
function fieldNounLike(t: Token): boolean {
  return isRoleWord(t.normal) || /(?:tion|sion|ment|ics|ogy|ity|ship|ness|ism|ies|ions|ents)$/.test(t.normal) || isOfficeField(t.normal);
}

/**
 * "Officials at the Securities and Exchange Commission", "a spokesman for the Food and Drug Administration": a
 * person noun (after an article or adjectives only), "at"/"of"/"from"/"for"/"with", "the" and a body's joined name
 * ending the phrase (body-names.ts). Its "and" must not cut the body to its last part ("Exchange Commission").
 * As organisationOfRun reads one unjoined: one in small letters "for"/"at"/"with" the body is described by it;
 * otherwise ("Officials at …") the body speaks, named alone. Null when no such phrase.
 */
function personNounAtJoinedBody(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  for (let p = s + 2; p < e - 3; p++) {
    if (tokens[p]!.normal !== 'the' || !/^(at|of|from|for|with)$/.test(tokens[p - 1]!.normal)) continue;
    const noun = p - 2;
    // (A sentence's first word is capitalised, and the tagger may read it as a name: "Officials at …".)
    if (!isPersonNoun(tokens[noun]!.normal) || (noun > s ? tokens[noun]!.pos !== 'NOUN' || isCap(tokens[noun]!) : !/^(NOUN|PROPN)$/.test(tokens[noun]!.pos))) return null;
    for (let k = s; k < noun; k++) if (!/^(DET|ADJ|NUM)$/.test(tokens[k]!.pos)) return null;
    const bodyStart = bodyNameStart(tokens, p, e);
    if (bodyStart < 0) return null;
    if (!isCap(tokens[noun]!) && /^(for|at|with)$/.test(tokens[p - 1]!.normal)) return { ...description(tokens, s, e), role: isRoleWord(tokens[noun]!.normal) ? tokens[noun]!.normal : null };
    // (The mention is the body's, as organisationOfRun gives for "Officials from the Department of Health".)
    const name = sourceText(tokens, bodyStart, e);
    return { start: tokens[bodyStart]!.start, end: tokens[e - 1]!.end, text: name, kind: 'organization', name, role: null, title: null };
  }
  return null;
}

/**
 * The run tokens[ns, ne), ending the phrase, names a body after an office's "of"/"for" and "the", no person:
 * "The Commissioner for Refugees of the United Nations", "Director of the Museum Victoria Park". A person's name
 * takes no article; one after a body's name is cut off before (nameAfterBodyTail). Read so when the run holds no
 * given name, or opens with a body's head word ("Museum") and ends in a place's ("Park"). ("Secretary of the
 * Navy Ray Mabus" keeps its name.)
 */
function bodyAfterOfficeOfThe(tokens: Token[], s: number, ns: number, ne: number): boolean {
  if (ns - 3 < s || tokens[ns - 1]!.normal !== 'the' || !/^(of|for)$/.test(tokens[ns - 2]!.normal)) return false;
  let k = ns - 3;
  // (Back over the office's chain: "Commissioner for Refugees of the …".)
  while (k > s && !(isCap(tokens[k]!) && (isRoleWord(tokens[k]!.normal) || tokens[k]!.normal === 'head') && /^(of|for)$/.test(tokens[k + 1]!.normal)) && (isCap(tokens[k]!) || /^(of|for|the|and|&)$/.test(tokens[k]!.normal))) k--;
  const office = tokens[k]!;
  if (!isCap(office) || !(isRoleWord(office.normal) || office.normal === 'head') || !/^(of|for)$/.test(tokens[k + 1]!.normal) || isRoyalTitle(office.text)) return false;
  if (!tokens.slice(ns, ne).some((t) => isGivenNameToken(t)) || runEndsInBody(tokens, ns, ne)) return true;
  return isNameOfHead(tokens[ns]!.normal) && isPlaceTail(tokens[ne - 1]!.normal);
}

/**
 * "The Ledger said": "The" and one capitalised word that the article writes with a capital "The" inside a sentence
 * too ("told The Ledger"). A person's name takes no article: it is a body's or paper's name, "The" included. (A
 * sentence's first "The" alone tells nothing: "The Pentagon", "the Pentagon".)
 */
function theNamedBody(tokens: Token[], s: number, e: number): boolean {
  if (e - s !== 2 || tokens[s]!.text !== 'The') return false;
  const word = tokens[s + 1]!;
  if (word.pos !== 'PROPN' || !isCap(word) || isGivenNameToken(word) || isRoleWord(word.normal) || DESCRIPTORS.has(word.normal)) return false;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (k === s || tokens[k]!.text !== 'The' || tokens[k + 1]!.text !== word.text) continue;
    // (Inside a sentence: after a word, not after a stop or an opening mark.)
    if (/^[\p{L}\d,]/u.test(tokens[k - 1]!.text) && tokens[k - 1]!.end < tokens[k]!.start) return true;
  }
  return false;
}

/**
 * "according to El Mercurio", "according to La Gazzetta di Bergamo": a name whose form alone makes it a paper or a
 * station (styledOutletOpening), after "according to", is that outlet though the gazetteer lacks it; not a surname
 * the article gives a first name elsewhere ("Marine Le Pen" … "according to Le Pen").
 */
function styledOutletAfterAccording(tokens: Token[], s: number, e: number): string | null {
  if (s < 2 || tokens[s - 1]!.normal !== 'to' || tokens[s - 2]!.normal !== 'according') return null;
  const words = tokens.slice(s, e).map((t) => t.text);
  if (styledOutletOpening(words) !== 2 || e - s !== 2 || articleOfPersonName(tokens, s)) return null;
  return words.join(' ');
}

function classifySpan(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  const span = tokens.slice(s, e);
  if (span.length === 1 && span[0]!.pos === 'PRON') {
    const p = span[0]!.normal;
    // "it says" / "“…,” it said": a document or organisation named before, left unresolved.
    if (!PRONOUN_GENDER.has(p) && p !== 'it') return null;
    return { start: span[0]!.start, end: span[0]!.end, text: span[0]!.text, kind: 'pronoun', name: p, role: null, title: null };
  }
  // "Marca and AS reported": two outlets reporting together (joint-outlets.ts).
  const jointOutlets = jointOutletsPhrase(tokens, s, e);
  if (jointOutlets) return jointOutlets;
  // Outlet as a whole phrase ("Deadline", "The Hollywood Reporter").
  const whole = sourceText(tokens, s, e);
  // (recogniseOutlet looks the phrase up in the gazetteer first.)
  const outlet = recogniseOutlet(whole) ?? styledOutletAfterAccording(tokens, s, e);
  // "Doctors Without Borders", "the Red Cross", "Live Nation" (not the outlet "The Nation"): a known body's
  // whole name, though it holds a role word or reads like a person's or an outlet's.
  const body = knownOrganisationPhrase(tokens, s, e);
  if (body) return body;
  // "the Department of Water and Power": a body's name joined by "and" is one name, not its last part (body-names.ts).
  const bodyStart = bodyNameStart(tokens, s, e);
  if (bodyStart >= 0) {
    const name = sourceText(tokens, bodyStart, e);
    return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text: whole, kind: 'organization', name, role: null, title: null };
  }
  // "Northwind Airways and Skylark Airlines said": two bodies as one subject speak together (joint-bodies.ts).
  const jointStart = jointBodiesStart(tokens, s, e);
  if (jointStart >= 0) {
    const name = sourceText(tokens, jointStart, e);
    return { start: tokens[jointStart]!.start, end: tokens[e - 1]!.end, text: name, kind: 'organization', name, role: null, title: null };
  }
  const describedBody = personNounAtJoinedBody(tokens, s, e);
  if (describedBody) return describedBody;
  // "Jane Reyes of the Ashford Echo": a person's name, then the outlet they write for; the person speaks (the
  // whole phrase only reads as an outlet because it ends in one's kind word).
  // (A name only shaped like an outlet's that an apposition calls a group is a body's: outlet-shaped-bodies.ts.)
  if (outlet && !lookupOutlet(whole) && bodyByApposition(tokens, e)) return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text: whole, kind: 'organization', name: whole.replace(/^the\s+/i, ''), role: null, title: null };
  if (outlet && (lookupOutlet(whole) || !ofOutletWriter(tokens, s, e))) return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text: whole, kind: 'outlet', name: outlet, role: null, title: null };
  // "According to SaveTheQuay.org": a campaign's site with its web domain (no outlet: lexicon recogniseOutlet) is the body's own.
  if (e - s === 1 && isWebName(tokens[s]!.text)) return { start: tokens[s]!.start, end: tokens[s]!.end, text: whole, kind: 'organization', name: whole, role: null, title: null };
  // "The state broadcaster reported …", "State media said …": a news medium described, not named (medium-descriptions.ts).
  const medium = describedMedium(tokens, s, e);
  if (medium) return medium;
  if (theNamedBody(tokens, s, e)) return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text: whole, kind: 'organization', name: whole, role: null, title: null };
  // "Friends of Market Square", "Residents Against the Incinerator": a civic group's own name (civic-body-names.ts).
  const civic = civicBodyName(tokens, s, e);
  if (civic) return civic;
  // "The Tenants First alliance said": a group's name, then its kind in small letters (group-name-bodies.ts).
  const group = groupNameBody(tokens, s, e);
  if (group) return group;
  // "Rep. Tom Haskell of New Mexico", "Donna Reyes from Ohio": a person's name, then where they are from.
  e = withoutPlaceOfOrigin(tokens, s, e);
  // "Amy Bell KC", "Tom Hale MP": letters after a full name (two capitalised words) are an office or honour, no
  // part of the name ("a senior Conservative MP" is a description).
  while (e - s > 2 && POST_NOMINALS.has(tokens[e - 1]!.text) && isCap(tokens[e - 2]!) && isCap(tokens[e - 3]!) && tokens[e - 3]!.pos === 'PROPN' && !DESCRIPTORS.has(tokens[e - 3]!.normal) && !isRoleWord(tokens[e - 3]!.normal)) e--;
  // "Meteorologist Ana Ruiz of the weather service": a name, then a body in small letters it works for.
  e = withoutBodyInSmallLetters(tokens, s, e);
  e = withoutBodyAfterSurname(tokens, s, e);
  // "the Florida Republican", "a New Hampshire Democrat": a party's member, maybe from a place, is no one's name.
  if (partyMemberPhrase(tokens, s, e)) return description(tokens, s, e);
  // "the Spaniard", "the 23-year-old Kenyan": one of a nation, an epithet for someone named before, no name.
  if (nationalityPhrase(tokens, s, e)) return description(tokens, s, e);
  // "A neighbour of slain grocer Ana Ruiz": a person described by whom they belong to; the name is the possessor's.
  if (describedByPossessor(tokens, s, e)) return description(tokens, s, e);
  // The last run of name tokens is the person; role words before it are the role.
  let ne = e;
  while (ne > s && (tokens[ne - 1]!.pos === 'PART' || tokens[ne - 1]!.text === '-')) ne--;
  let ns = ne;
  // Hyphenated surnames come as three tokens: "Holtz", "-", "Eakin".
  // (… and "al", "-", "Khalil": a particle in small letters hyphened to a capitalised surname, "Omar al-Khalil".)
  const particleHyphen = (k: number) => isParticle(tokens[k]!.text) && hyphenInWord(tokens, k + 1) && k + 2 < ne && isCap(tokens[k + 2]!);
  const glued = (k: number) => k > s && hyphenInWord(tokens, k) && (isCap(tokens[k - 1]!) || particleHyphen(k - 1));
  // … and "Min-jun" as "Min", "-", "jun", its tail in lower case.
  const gluedTail = (k: number) => k - 1 > s && glued(k - 1) && tokens[k - 1]!.end === tokens[k]!.start;
  // A role word after a given name is a surname: "Howard Dean", "Nora Judge".
  // (… and after an honorific: "Mr Baker", "Ms Judge".)
  const surnameRole = (k: number) => k === ne - 1 && k - 1 >= s && isCap(tokens[k]!) && (genderOfFirstName(tokens[k - 1]!.text) !== 'unknown' || isHonorific(tokens[k - 1]!.normal.replace(/\.$/, '')) || seatWordAsSurname(tokens[k]!.normal, tokens[k - 1]!.text));
  // "Park Soon-ja": the given name's head and the family name before it, whatever their tags.
  const eastAsianName = (k: number) => hyphenatedGivenNameAt(tokens, k) || (k + 1 < ne && hyphenatedGivenNameAt(tokens, k + 1));
  // ("the San Francisco 49ers said": a league nickname opening with digits, which the tagger splits as "49" + "ers",
  // ends the name after capitalised words.)
  if (ne - 2 > s && /^\d+$/.test(tokens[ne - 2]!.text) && tokens[ne - 2]!.end === tokens[ne - 1]!.start && teamNicknameTail([tokens[ne - 2]!.text + tokens[ne - 1]!.text]) === 1 && isCap(tokens[ne - 3]!)) ns -= 2;
  // A plural's possessive inside a name does not end it: "Harwick Rovers Supporters' Trust", "the Writers' Guild",
  // "the Central Association of the Harbour Pilots’ Guild" (after a body's head and "of", whatever word follows).
  const pluralPossessive = (k: number) => k > s && /^['’]$/.test(tokens[k]!.text) && tokens[k - 1]!.end === tokens[k]!.start && k + 1 < ne && (bodyWordAfterPossessive(tokens[k - 1]!, tokens[k + 1]!) || possessiveInOfBodyName(tokens, k));
  // "the Lone Star Wildlife Conservancy said": a capitalised role word between capitalised words, in a run a body's
  // last word ends (data/organisations.json name_tails), is a word of the body's name, not a title before it.
  const roleInsideBodyName = (k: number) => k - 1 >= s && isCap(tokens[k]!) && isCap(tokens[k - 1]!) && tokens[k - 1]!.normal !== 'the' && !isRoleWord(tokens[k - 1]!.normal) && ne - k >= 3 && tokens.slice(k + 1, ne).every(isCap) && isNameTail(tokens[ne - 1]!.normal);
  while (ns > s && (isNameToken(tokens[ns - 1]!, false) || glued(ns - 1) || particleHyphen(ns - 1) || pluralPossessive(ns - 1) || (ns - 2 >= s && peoplePluralPossessiveInName(tokens, ns - 1)) || bangInName(tokens, ns - 1, s, ne) || gluedTail(ns - 1) || eastAsianName(ns - 1) || ampersandInName(tokens, ns - 1, s) || (ns - 1 > s && andInKnownOutlet(tokens, ns - 1, s)) || (ns - 1 > s && (wordPiece(tokens, ns - 1) || surnameAfterGivenName(tokens, ns - 1, s)))) && (!isRoleWord(tokens[ns - 1]!.normal) || surnameRole(ns - 1) || roleInsideBodyName(ns - 1)) && !positionBeforeFullName(tokens, ns - 1, ne)) ns--;
  // A capitalised particle before a capitalised word opens the name: "Le Pen said", "De Niro said", "Le Van".
  // (Not yet before a particle in small letters, "Van der Berg": kept, it lets "defending champion" be a cue.)
  // A particle joined by a hyphen to a capitalised word is the surname's first part ("Al-Rashidi", "el-Amin"):
  // the surname alone stands for the person named in full, as a plain one does.
  const keptParticle = (k: number) => (isCap(tokens[k]!) && !!tokens[k + 1] && isCap(tokens[k + 1]!)) || particleHyphen(k);
  while (ns < ne && isParticle(tokens[ns]!.text) && (ns === s || smallParticlesOnly(tokens, s, ns) || (isParticle(tokens[s]!.text) && (ns === s + 1 || smallParticlesOnly(tokens, s + 1, ns)))) && !keptParticle(ns)) ns++;
  // "General Mills said": a known company whose name opens with a title word is the company, not a
  // titled surname.
  const foreign = foreignBodyName(tokens, s, ne);
  if (foreign) return foreign;
  const company = ne > ns ? knownOrganisationRun(tokens, s, ns, ne) : null;
  if (company) return company;
  // "the Association of American Railroads": an organisation's head, "of" and a run is the organisation's
  // name whole, whatever descriptor ("American") the run opens with.
  const organisation = organisationOfRun(tokens, s, ns, ne);
  if (organisation) return organisation;
  // "Airline Skyhop said": a kind of body opening the sentence, then the body's name.
  // ("Broadcaster Telvio said": a kind word that is also a job was left out of the name as its title.)
  if (ns <= s + 1 && kindNounOpeningSentence(tokens, s, ne)) {
    const name = sourceText(tokens, s + 1, ne);
    return { start: tokens[s + 1]!.start, end: tokens[ne - 1]!.end, text: name, kind: 'organization', name, role: null, title: null };
  }
  // "Women's Aid", "the Men's Health Forum": a name holding a plural's possessive for people is a body's, no person's.
  if (ne - ns >= 3 && tokens.slice(ns + 1, ne - 1).some((_, n) => peoplePluralPossessiveInName(tokens, ns + 1 + n))) {
    const name = sourceText(tokens, ns, ne);
    return { start: tokens[ns]!.start, end: tokens[ne - 1]!.end, text: name, kind: 'organization', name, role: null, title: null };
  }
  // "Massachusetts Sen. Elizabeth Warren", "Republican Donald Trump": the name starts after the last title.
  for (let k = ne - 2; k >= ns; k--) {
    if ((isRoleWord(tokens[k]!.normal) || DESCRIPTORS.has(tokens[k]!.normal)) && !roleInsideBodyName(k) && !opensPlaceName(tokens, k, ne) && !opensTeamPlace(tokens, k, ne) && !(k === ns && descriptorOpensBody(tokens, k, ne))) {
      ns = k + 1;
      break;
    }
  }
  // "Head of the Martin Luther King Center Dana Cole": after an office's "of"/"for" and a body's name, the person
  // starts after the body's last word; the office is the role, not a word inside the body's name ("King").
  let bodyOffice: string | null | undefined;
  const afterBody = ne > ns ? nameAfterBodyTail(tokens, s, ne) : -1;
  if (afterBody >= ns) {
    for (let j = afterBody - 2; j > s && bodyOffice === undefined; j--) {
      const office = tokens[j - 1]!;
      if (/^(of|for)$/.test(tokens[j]!.normal) && isCap(office) && (isRoleWord(office.normal) || office.normal === 'head') && !isRoyalTitle(office.text)) bodyOffice = isRoleWord(office.normal) ? office.normal : null;
    }
    if (bodyOffice !== undefined) ns = afterBody;
  }
  // "Zika Virus Chris Christie", "State John Kerry" (after "Secretary of"), "Fox News Sean Hannity": a run
  // that opens with common words of a headline or an office and holds a given name before its last word
  // starts the person there. ("Nnamdi Daniel Okafor" keeps its first name: it is no common word.)
  if (ne - ns >= 3 && RUN_PREFIX_WORDS.has(tokens[ns]!.normal)) {
    for (let k = ns + 1; k < ne - 1; k++) {
      if (genderOfFirstName(tokens[k]!.text) !== 'unknown') {
        ns = k;
        break;
      }
      if (!RUN_PREFIX_WORDS.has(tokens[k]!.normal)) break;
    }
  }
  // "Supporter Alan Cartwright", "Olympian Dana Whitmore": a capitalised noun for a person (no role word, no given
  // name) before a given name we know and a surname describes the person; the name starts at the given name.
  let nounRole: string | null = null;
  if (ne - ns >= 3 && isPersonNounOrSingular(tokens[ns]!.normal) && genderOfFirstName(tokens[ns]!.text) === 'unknown' && genderOfFirstName(tokens[ns + 1]!.text) !== 'unknown' && isCap(tokens[ns + 2]!)) {
    nounRole = tokens[ns]!.normal;
    ns++;
  }
  // "Special Agent in Charge Robert Haines": a fixed title's last words ("Charge") run into the name's; the
  // person starts after the title, whose "in" or "of" joins it rather than placing a person noun.
  const titleEnd = fixedTitleEndInRun(tokens, s, ns, ne);
  if (titleEnd > 0) ns = titleEnd;
  // "MP for Hartwell Jo Pike": the seat written before the name, with no comma, is no part of it.
  // ("Member of Parliament for Hartwell" too.)
  const representative = ns - 2 >= s ? representativeBeforeSeat(tokens.slice(Math.max(s, ns - 4), ns).map((t) => t.text)) : null;
  if (representative) {
    const k = nameAfterConstituency(tokens.slice(ns, ne).map((t) => t.text));
    if (k > 0) ns += k;
    // "The MP for Westbridge" with no name after the seat: an office described by its seat, naming no one.
    else return { ...description(tokens, s, ne), role: representative };
  } else if (ns - 2 >= s) {
    // "Mayor of Harrowgate Tom Fenwick", "Prime Minister of Norland Ana Ruiz": the place, then the name.
    // ("Governor of New Mexico Ana Ruiz": a place's first word the run left out, "New", is the place's.)
    const officeBefore = (at: number) => placeOfficeBeforePlace(tokens.slice(Math.max(s, at - 4), at).map((t) => t.text));
    const officeAtRun = officeBefore(ns);
    const from = !officeAtRun && ns - 3 >= s && isCap(tokens[ns - 1]!) ? ns - 1 : ns;
    const office = from === ns ? officeAtRun : officeBefore(from);
    // ("President of the Wildlife Society Grace Bay": a place after a body's name is the body's, no person.)
    const k = office && !runEndsInBody(tokens, from, ne) ? nameAfterOfficePlace(tokens.slice(from, ne).map((t) => t.text)) : -1;
    if (k > 0) ns = from + k;
    // "The Governor of Norland" alone: the office, described by its place, naming no one.
    else if (office && (ne - from === 1 || cueLexicon().placeNames.has(sourceText(tokens, from, ne)))) return { ...description(tokens, s, ne), role: office };
  }
  // "Professor of Law and Ethics Ana Ruiz": a role's field after its "of" (and "and"), then a given name:
  // the person starts at the given name, not at the field's last word.
  // With no given name we know ("Head of Research and Strategy Siobhan Kealy"), the last two words are the
  // person's when neither reads as a field's noun ("… of Research and Global Development Strategy" names no one).
  // (The role word may lie before the phrase, cut at the field's "and": "Minister of Trade and Industry Vukani Mbeki".)
  let fieldRole: string | null = null;
  // ("… Marketing Trinity Jones": a given name we do not know may end as a field does, "-ity"; only a listed
  // field or a field's firmer ending makes the word before the surname part of the field.)
  // "Minister of Trade and Industry Benning": a field's word, then one word that reads as none, is a surname.
  if (ne - ns >= 2 && roleFieldBefore(tokens, ns)) {
    const roleAt = roleBeforeField(tokens, ns);
    if (isRoleWord(tokens[roleAt]!.normal)) fieldRole = tokens[roleAt]!.normal;
    let given = -1;
    for (let k = ns + 1; k < ne - 1 && given < 0; k++) if (isGivenNameToken(tokens[k]!)) given = k;
    if (given < 0 && ne - ns >= 3 && !fieldNounLike(tokens[ne - 1]!) && !firmFieldNoun(tokens[ne - 2]!)) given = ne - 2;
    if (given < 0 && !fieldNounLike(tokens[ne - 1]!) && tokens.slice(ns, ne - 1).every(fieldNounLike) && isCap(tokens[ne - 1]!) && tokens[ne - 1]!.pos === 'PROPN') given = ne - 1;
    if (given > 0) ns = given;
  }
  // "the Director of Research and Development" alone: the field's last noun after its "and" is no one's
  // name; the office, described by its field, names no one.
  const bareRole = ne - ns <= 2 && tokens.slice(ns, ne).every(fieldNounLike) ? roleBeforeField(tokens, ns) : -1;
  // (The phrase may have been cut at the field's "and", "Director of Parks and Recreation Services said": the
  // mention is the whole office, from its role word.)
  const officeStart = bareRole < s && tokens[bareRole - 1]?.normal === 'the' ? bareRole - 1 : Math.min(s, bareRole);
  if (bareRole >= 0) return { ...description(tokens, officeStart, ne), role: isRoleWord(tokens[bareRole]!.normal) ? tokens[bareRole]!.normal : null };
  // "the Duke of Harwell", "the Princess of Norland": a royal title and its land are the person's name.
  if (ne > ns && ns - 2 >= s && tokens[ns - 1]!.normal === 'of' && isCap(tokens[ns - 2]!) && isRoyalTitle(tokens[ns - 2]!.text) && !/^(king|queen)$/.test(tokens[ns - 2]!.normal)) {
    const name = sourceText(tokens, ns - 2, ne);
    return { start: tokens[ns - 2]!.start, end: tokens[ne - 1]!.end, text: name, kind: 'person', name, role: tokens[ns - 2]!.normal, title: null };
  }
  // "the King of Pop", "the Queen of Soul", "the Prince of the Night": a king's or queen's "of", or any
  // royal title's "of the", makes a nickname or a bare office, whose last word is no one's name. The whole
  // phrase is the mention, a description naming no one.
  const ofAt = tokens[ns - 1]?.normal === 'the' ? ns - 2 : ns - 1;
  const royal = tokens[ofAt - 1];
  if (ne > ns && ofAt - 1 >= s && tokens[ofAt]!.normal === 'of' && royal && isCap(royal) && isRoyalTitle(royal.text) && (ofAt < ns - 1 || /^(king|queen)$/.test(royal.normal))) return description(tokens, s, ne);
  // "An amateur astronomer in New Zealand", "a spokesman for Tom Reed": a name after a common noun and its
  // preposition belongs to the description; the speaker is the noun.
  let prep = ns - 1;
  while (prep > s && isCap(tokens[prep]!)) prep--; // "in New Zealand": "New" is no given name but is the place's
  // "an assistant to talent manager Ana Ruiz": a title in lower case before the name is the name's; the
  // preposition stands before it.
  let title = prep;
  while (title > s && title > prep - 3 && tokens[title]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[title]!.text)) title--;
  if (title < prep && /^(to|for|of)$/.test(tokens[title]!.normal)) prep = title;
  // "the founder of the collapsed exchange Tallcoin": an article and small-letter modifiers before that kind
  // word are the complement's too. ("Investors in the collapsed exchange Tallcoin": people in a body too.)
  else if (title > s) {
    let k = title;
    while (k > s && k > title - 3 && /^(ADJ|VERB|NOUN)$/.test(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text)) k--;
    if (k - 1 > s && /^(the|a|an)$/.test(tokens[k]!.normal) && /^(to|for|of|in)$/.test(tokens[k - 1]!.normal)) prep = k - 1;
  }
  // "a spokesman for the Harbour Council": the body's article is the description's too.
  // (So too after "with": "an official with the Harbour Council" is one of its people, not the body.)
  if (prep - 1 > s && tokens[prep]!.normal === 'the' && /^(of|for|at|with)$/.test(tokens[prep - 1]!.normal)) prep--;
  // "A diplomat at the UN in New York": a place after a second preposition still belongs to the first one's
  // phrase; step back over "at the UN" to the preposition after the head noun.
  // (placePrep: the place's own preposition; bodyBeforePlace: the loop stepped from it over a body to the head's preposition.)
  // "Voters in the region of Valdoria": a place's kind noun and its "of" name the place, as "in Valdoria" would; the
  // place phrase runs back to its own preposition, and the noun before that heads the description.
  // (One adjective may stand before the kind noun: "Residents of the remote island of Inchbeg" live on a place too.)
  const placeAdjective = prep - 4 > s && tokens[prep - 3]!.normal === 'the' && /^(ADJ|PROPN)$/.test(tokens[prep - 2]!.pos) ? 1 : 0;
  if (prep - 3 - placeAdjective > s && tokens[prep]!.normal === 'of' && isPlaceOfNoun(tokens[prep - 1]!.text) && tokens[prep - 2 - placeAdjective]!.normal === 'the' && /^(in|at|near|outside|from|of|for|with)$/.test(tokens[prep - 3 - placeAdjective]!.normal)) prep -= 3 + placeAdjective;
  const placePrep = /^(in|at|near|outside|from)$/.test(tokens[prep]?.normal ?? '') ? prep : -1;
  let bodyBeforePlace = false;
  for (let hop = 0; hop < 2 && prep - 2 > s && /^(in|at|from|near|outside|of|for|with)$/.test(tokens[prep]!.normal); hop++) {
    let k = prep - 1;
    // ("Researchers at the University of California at Berkeley": a body's name holds "of" between capitalised words.)
    while (k > s && (isCap(tokens[k]!) || (tokens[k]!.normal === 'of' && k - 1 > s && isCap(tokens[k - 1]!) && isCap(tokens[k + 1]!)))) k--;
    // "A nurse at the clinic in Leeds": a body named in small letters before a place's "in" is the first
    // phrase's too (nouns after an article).
    const smallBody = k === prep - 1 && /^(in|at|near|outside|from)$/.test(tokens[prep]!.normal);
    if (smallBody) {
      while (k > s && k > prep - 4 && /^(NOUN|ADJ)$/.test(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text)) k--;
      // ("a staff member for the Sanders campaign in Philadelphia": one capitalised name before the noun names whose body it is.)
      if (k > s + 1 && k < prep - 1 && isCap(tokens[k]!) && tokens[k]!.pos === 'PROPN' && /^(the|a|an)$/.test(tokens[k - 1]!.normal)) k--;
      if (k === prep - 1 || !/^(the|a|an)$/.test(tokens[k]!.normal)) break;
    } else if (k === prep - 1) break;
    if (/^(the|a|an)$/.test(tokens[k]!.normal)) k--;
    // ("The campaign of the senator from Ohio": landing on "of" after small-letter nouns would read the
    // place as the "of"'s person, "Ohio's campaign"; the place stays inside the description. A person's
    // noun before that "of" heads the description, "the chairman of the party in Kent", "the head of the council": hop on to it.)
    if (smallBody && tokens[k]?.normal === 'of' && !(k - 1 > s && /^\p{Ll}/u.test(tokens[k - 1]!.text) && (isPersonNoun(tokens[k - 1]!.normal) || isBodyHeadNoun(tokens[k - 1]!.normal)))) break;
    // (A group's noun capitalised as the phrase opens counts too: "Researchers at the University of … at Berkeley".)
    if (k <= s || !/^(at|for|with|of|in|from|to)$/.test(tokens[k]!.normal) || !((tokens[k - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k - 1]!.text)) || (k - 1 === s && (ANONYMOUS_HEADS.has(tokens[s]!.normal) || isPluralPeopleNoun(tokens[s]!.normal))))) break;
    if (prep === placePrep) bodyBeforePlace = true;
    prep = k;
  }
  // (Only a noun for a person: "no mention of Dana Cole, who …" is still Cole.)
  // ("Supporters of Mara Okafor said": a group's noun capitalised as the phrase opens counts too; a title
  // capitalised there is the name's, "Secretary of State Ana Ruiz".)
  // ("Lawyer for Hanna Berg said", "Attorney for Jonah Pike": a go-between's role opening the phrase before "for"
  // speaks for the person named after it, its client, never that person.)
  // ("Lawyer for the city Ann Cole said", "Attorney for Jonah Pike Ann Cole": a second name after the client
  // ends the phrase; that trailing name is the go-between, the speaker.)
  const trailingNameAfterClient = (k: number) => {
    for (let m = k + 3; m <= ne - 2; m++) {
      if (!tokens.slice(m, ne).every(isCap)) continue;
      const before = tokens[m - 1]!;
      if (/^\p{Ll}/u.test(before.text) && before.pos !== 'DET' && before.pos !== 'ADP') return true;
      if (m - (k + 2) >= 2 && tokens.slice(k + 2, m).every(isCap) && isGivenNameToken(tokens[m]!)) return true;
    }
    // ("Representative for Texas Ann Cole": one capitalised word no given name, title or role, then a given name
    // and a surname: the place or body, then the speaker. A party or nation's word is no body but the client's
    // description: "Spokeswoman for Republican Ana Cole" speaks for Ana Cole.)
    const client = tokens[k + 2];
    const sideLabel = (t: Token) => cueLexicon().roleAffiliations.has(t.normal) || cueLexicon().nationalityNouns.has(t.text);
    return !!client && ne - (k + 3) >= 2 && tokens.slice(k + 2, ne).every(isCap) && isGivenNameToken(tokens[k + 3]!) && !isGivenNameToken(client) && genderOfFirstName(client.text) === 'unknown' && !isHonorific(client.normal.replace(/\.$/, '')) && !isRoleWord(client.normal) && !sideLabel(client);
  };
  // ("Spokesman for Acme Corp Tom Reed": an office's head noun opening the phrase before "for"/"of" a body and then
  // a person's name is that person's title, not a description.)
  const titleBeforeTrailingName = (k: number) => /^(for|of)$/.test(tokens[k + 1]?.normal ?? '') && isCap(tokens[k]!) && isRoleWord(tokens[k]!.normal) && trailingNameAfterClient(k);
  const groupOpening = (k: number) => k === s && ((ANONYMOUS_HEADS.has(tokens[k]!.normal) && !titleBeforeTrailingName(k)) || isPluralPeopleNoun(tokens[k]!.normal) || (tokens[k + 1]?.normal === 'for' && cueLexicon().goBetweenRoles.has(tokens[k]!.normal) && !trailingNameAfterClient(k)));
  // ("The President of Acme Holdings said", "the former CEO of Brackwell-Stone": a role capitalised as a title,
  // of a body whose name ends the phrase or of one word after an article, describes one unnamed;
  // "Secretary of State Ana Ruiz" names her. A known given name after "of" is a person's name, "the CEO of
  // Harlow Vance" is left to the name reading.)
  // Read only once a name is known to end the span (ne > ns): with none, ne may be 0.
  const endsInBody = () => ORGANIZATION_HEADS.has(tokens[ne - 1]!.normal) || ORGANIZATION_TAILS.has(tokens[ne - 1]!.normal);
  const oneWordBody = (k: number) => tokens[s]!.pos === 'DET' && tokens.slice(k + 2, ne).every((t, n) => n % 2 === 0 ? genderOfFirstName(t.text) === 'unknown' : hyphenInWord(tokens, k + 2 + n));
  // ("The publisher of Ranger said": a doer noun in small letters "of" a name, a firm or a person, is the one described.)
  const agentOfName = (k: number) => tokens[k]!.normal === 'of' && /^\p{Ll}/u.test(tokens[k - 1]!.text) && cueLexicon().agentNouns.has(tokens[k - 1]!.normal);
  const titledRoleOfBody = (k: number) => isCap(tokens[k]!) && isRoleWord(tokens[k]!.normal) && /^(of|for|at)$/.test(tokens[k + 1]!.normal) && (endsInBody() || oneWordBody(k));
  // "Police in Cranberry Township said", "state police in Ohio said": a force or body noun, then where it serves, is
  // that body as "police said" is; the place after "in" speaks for no one.
  // (Only as the phrase's own head: in "a staff member for the campaign in Philadelphia" the body only says whom the person serves.)
  const force = prep - 1;
  const forceHeadsPhrase = () => tokens.slice(s, force).every((t) => t.pos !== 'ADP' && !isPersonNoun(t.normal));
  if (ne > ns && force >= s && tokens[prep]!.normal === 'in' && ORGANIZATION_HEADS.has(tokens[force]!.normal) && !isPersonNoun(tokens[force]!.normal) && (/^\p{Ll}/u.test(tokens[force]!.text) || force === s) && forceHeadsPhrase()) {
    let de = e;
    while (de > ne && /^(ADP|PART|CCONJ|PUNCT)$/.test(tokens[de - 1]!.pos)) de--;
    const described = sourceText(tokens, s, de);
    return { start: tokens[s]!.start, end: tokens[de - 1]!.end, text: described, kind: 'organization', name: described, role: null, title: null };
  }
  if (ne > ns && prep - 1 >= s && /^(in|from|at|for|of|with|near|outside|to)$/.test(tokens[prep]!.normal) && (tokens[prep - 1]!.pos === 'NOUN' || groupOpening(prep - 1) || titledRoleOfBody(prep - 1)) && (/^\p{Ll}/u.test(tokens[prep - 1]!.text) || groupOpening(prep - 1) || titledRoleOfBody(prep - 1)) && (isPersonNoun(tokens[prep - 1]!.normal) || agentOfName(prep))) {
    let de = e;
    while (de > ne && /^(ADP|PART|CCONJ|PUNCT)$/.test(tokens[de - 1]!.pos)) de--;
    const described = sourceText(tokens, s, de);
    const head = tokens[prep - 1]!.normal;
    return { start: tokens[s]!.start, end: tokens[de - 1]!.end, text: described, kind: 'anonymous', name: described, role: isRoleWord(head) ? head : null, title: null };
  }
  // "The 29-year-old from Gothenburg said", "the Swede from Malmö": an age or one of a nation, then where they are
  // from, describes one person (someone named before, or no one); the place after "from" is never the speaker.
  if (ne > ns && prep - 1 > s && tokens[prep]!.normal === 'from' && /^(the|a|an)$/i.test(tokens[s]!.text) && (ageEndsAt(tokens, prep - 1, s) || nationalityPhrase(tokens, s, prep))) {
    let de = e;
    while (de > ne && /^(ADP|PART|CCONJ|PUNCT)$/.test(tokens[de - 1]!.pos)) de--;
    const described = sourceText(tokens, s, de);
    return { start: tokens[s]!.start, end: tokens[de - 1]!.end, text: described, kind: 'anonymous', name: described, role: null, title: null };
  }
  // "The office of the UN in Geneva said", "A trader at Castle Securities in Frankfurt said": the place after a
  // body's chained preposition is where the body is, never a person; with no person noun heading the phrase
  // the whole phrase is still a description naming no one.
  if (bodyBeforePlace && ne > ns && ns > placePrep && prep - 1 >= s && tokens[prep - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[prep - 1]!.text)) {
    let de = e;
    while (de > ne && /^(ADP|PART|CCONJ|PUNCT)$/.test(tokens[de - 1]!.pos)) de--;
    const described = sourceText(tokens, s, de);
    return { start: tokens[s]!.start, end: tokens[de - 1]!.end, text: described, kind: 'anonymous', name: described, role: null, title: null };
  }
  // "a tribunal in Leeds had found", "the inquiry at Harwick said": an article, nouns in small letters no list knows,
  // then a place's preposition and a name: the name is where the noun is, never the speaker (as for "a judge in
  // Leeds"); the whole phrase describes one unnamed. (Only a listed place: "a report in Variety said" is the outlet's.)
  if (ne > ns && placePrep >= 0 && placePrep === prep && tokens[prep]!.normal !== 'from' && prep - 1 > s && /^(the|a|an)$/.test(tokens[s]!.normal) && tokens[prep - 1]!.pos === 'NOUN' && smallLetterNouns(tokens, s + 1, prep) && placeNotOutlet(sourceText(tokens, ns, ne))) {
    let de = e;
    while (de > ne && /^(ADP|PART|CCONJ|PUNCT)$/.test(tokens[de - 1]!.pos)) de--;
    const described = sourceText(tokens, s, de);
    return { start: tokens[s]!.start, end: tokens[de - 1]!.end, text: described, kind: 'anonymous', name: described, role: null, title: null };
  }
  // A lone capitalised common noun ("Opponents argued") is a description, not a name.
  // A lone capitalised word the tagger read as a verb ("Lynch said") is a name.
  // ("Jurors said", "Superdelegates argued": a plural noun for people, capitalised as the sentence opens;
  // "Polls show", "Surveys suggest": a source of evidence; "Auditors said": a plural agent noun, but "The Harriers said" is a team.)
  // ("Park said" after "Park Dong-hyun": a family name written first is that person's short form, read as a noun or not;
  // so is one alone before its verb, "Park noted that …".)
  const loneCommon = ne - ns === 1 && ((tokens[ns]!.pos !== 'PROPN' && tokens[ns]!.pos !== 'VERB' && !familyNameOfEarlierName(tokens, ns) && !familyNameBeforeVerb(tokens, ns)) || ANONYMOUS_HEADS.has(tokens[ns]!.normal) || ORGANIZATION_HEADS.has(tokens[ns]!.normal) || isPluralPeopleNoun(tokens[ns]!.normal) || (isAgentPlural(tokens[ns]!.normal) && tokens[ns - 1]?.text !== 'The') || EVIDENCE_WORDS.has(tokens[ns]!.normal));
  if (ne > ns && !loneCommon && (isCap(tokens[ns]!) || particleHyphen(ns)) && (!NOT_NAMES.has(tokens[ns]!.normal) || (ne - ns > 1 && monthAsGivenName(tokens, ns)))) {
    const name = sourceText(tokens, ns, ne);
    const before = tokens.slice(s, ns).map((t) => t.normal);
    // ("Center Tyrell Haynes said": a sport's position that is also an ordinary word is the player's role.)
    const positionRole = ns > s && positionBeforeFullName(tokens, ns - 1, ne) ? tokens[ns - 1]!.normal : null;
    const role = bodyOffice !== undefined ? bodyOffice : rolePhrase(before) || fieldRole || nounRole || positionRole;
    const title = before.length ? before[before.length - 1]! : null;
    // (The name's words, split once for the several tests below that read them.)
    const nameWords = name.split(/\s+/);
    // ("Procter & Gamble", "the Elwin Convention & Visitors Bureau": names joined by "&" are a firm's or a body's.)
    // ("The Pelicans said": a plural word alone after a capitalised "The" is a team or a band; a surname takes no article.)
    // ("The Sacramento Kings said", "the Trail Blazers said": a major league's nickname after a place, or after "the", is the team's.)
    const team = (ne - ns === 1 && tokens[ns - 1]?.text === 'The' && isPluralName(name)) || namesLeagueTeam(nameWords, /^the$/i.test(tokens[ns - 1]?.text ?? ''));
    const serviceBody = SERVICE_TAILS.has(tokens[ne - 1]!.normal) && ne - ns > 1 && !role && tokens.slice(ns, ne - 1).every((t) => genderOfFirstName(t.text) === 'unknown' && !isRoleWord(t.normal));
    // ("the fan account Lund Updates": a name after a kind of body, no given name first, is the body's.)
    const bodyNamed = !!title && BODY_KIND_WORDS.has(title) && genderOfFirstName(tokens[ns]!.text) === 'unknown';
    // ("Riverton Metro said", "Norvik Dynamics said": a body's own last word, no given name first; "Dale County
    // Public Schools said": three words or more, a place's given-name-like first word changes nothing.)
    // ("Alpenlift Holding said": a company's last word that is a surname too, after no given name; "Michael Holding" is a person.)
    const nameTailBody = ne - ns > 1 && (isNameTail(tokens[ne - 1]!.normal) || (isSurnameCompanyTail(tokens[ne - 1]!.normal) && genderOfFirstName(tokens[ns]!.text) === 'unknown')) && (genderOfFirstName(tokens[ns]!.text) === 'unknown' || (ne - ns > 2 && genderOfFirstName(tokens[ne - 2]!.text) === 'unknown'));
    // ("USA Swimming said", "Athletics Canada said": a sport's governing body by its nation and sport;
    // "Major League Baseball said", "the Big Ten Conference said": a league word anywhere in the name.)
    // ("Jane Hall said", "Ruth Church said": a given name, then one place's word that is a common surname too, with no
    // article before it, is a person; "the Albert Hall" keeps its article.)
    const surnameTail = givenNameAndSurnameTail(tokens, ns, ne);
    // ("Harrowfield Town said", "Dale County said": a club's last word after words none a given name or a role; a place says nothing itself.)
    const club = ne - ns > 1 && isClubTail(tokens[ne - 1]!.normal) && tokens.slice(ns, ne - 1).every((t) => genderOfFirstName(t.text) === 'unknown' && !isRoleWord(t.normal));
    const org = team || club || serviceBody || nameTailBody || sportGoverningBody(nameWords) || nationBranchOfBody(nameWords) || hasLeagueWord(nameWords) || ORGANIZATION_HEADS.has(tokens[ne - 1]!.normal) || (ORGANIZATION_TAILS.has(tokens[ne - 1]!.normal) && !surnameTail) || capitalsWithoutGivenName(nameWords) || tokens.slice(ns, ne).some((t) => t.text === '&') || kindNounOpensBodyName(tokens, ns, ne) || membersWordInName(tokens, ns, ne);
    // "The news agency Bernama", "the daily Harbour Post": a name after a kind of news medium is that outlet's.
    // ("the veteran broadcaster Dermot Ashe": a kind word that is also a job names an outlet only when the name is outlet-shaped.)
    // ("Belgian newspaper Dagblad Noord said": a nation's adjective opens the kind without an article, as "the" would.)
    // ("Irish broadcaster Dermot Ashe": without the article a job's kind word keeps a person, unless the name is an outlet's shape.)
    const nationWithoutArticle = ns > s && nationOpensKind(tokens, s) && (!isJobKindWord(tokens[ns - 1]!.normal) || outletShapedName(name));
    const kindBefore = ns > s ? (nationWithoutArticle ? 'the ' : '') + sourceText(tokens, s, ns) + ' ' : '';
    // ("the newspaper Asahi Shimbun": a listed outlet's name is the outlet's though its first word is also a given name.)
    // ("the newspaper VG", "the broadcaster NRK": an acronym, else a body's, or a listed outlet, is the outlet the kind word names.)
    const outletDespiteBody = !!lookupOutlet(name) || (ne - ns === 1 && capitalsWithoutGivenName([name]));
    if (ns > s && (!org || outletDespiteBody) && (genderOfFirstName(tokens[ns]!.text) === 'unknown' || !!lookupOutlet(name)) && endsWithOutletKind(kindBefore) && (!endsWithJobKind(kindBefore) || outletShapedName(name))) {
      return { start: tokens[ns]!.start, end: tokens[ne - 1]!.end, text: name, kind: 'outlet', name, role: null, title: null };
    }
    if (!org && !bodyNamed && bodyAfterOfficeOfThe(tokens, s, ns, ne)) return { ...description(tokens, s, ne), role: role ? role.replace(/\.$/, '') : null };
    // "von Ahlen said", "de la Cruz said": particles in small letters opening the mention are part of it as
    // written; the name looked up stays the surname (the registry knows "Dietrich von Ahlen" by "Ahlen").
    const lead = org || bodyNamed ? ns : particlesBefore(tokens, s, ns);
    if (lead < ns) {
      const kept = tokens.slice(s, lead).map((t) => t.normal);
      return { start: tokens[lead]!.start, end: tokens[ne - 1]!.end, text: sourceText(tokens, lead, ne), kind: 'person', name, role: role ? role.replace(/\.$/, '') : null, title: kept.length ? kept[kept.length - 1]! : null };
    }
    return { start: tokens[ns]!.start, end: tokens[ne - 1]!.end, text: name, kind: org || bodyNamed ? 'organization' : 'person', name, role: role ? role.replace(/\.$/, '') : null, title };
  }
  // A description: "a spokesperson for the studio", "police", "officials".
  const headIndex = lastNounIndex(span);
  if (headIndex < 0) return null;
  const head = span[headIndex]!.normal;
  // Any other noun phrase before a cue still says who spoke ("The Ohio businessman says",
  // "the report said"): keep it as an unnamed speaker so the mention is reported.
  // ("Some in the party" are people in it, not the party.)
  const members = (headIndex > 1 && /^(in|among)$/.test(span[1]!.normal)) || countedPeople(span, headIndex);
  // ("an authority on Roman silver" is an expert, a person: "authority" is a body only without "on" after it.)
  const expert = head === 'authority' && tokens[e]?.normal === 'on';
  // ("the sport's governing body said": "body" is a body only after what it does; "the body was found" is no one.)
  const ruling = head === 'body' && headIndex > 0 && isRulingBodyModifier(span[headIndex - 1]!.normal);
  const kind: SpeakerKind | null = ((ORGANIZATION_HEADS.has(head) && !expert) || ruling || sideHead(tokens, s, head) || isOwnedBodyHead(span, headIndex) || bodyHeadBeforeOf(span, headIndex)) && !members ? 'organization' : span[headIndex]!.pos !== 'ADJ' || isTitleRole(head) || adjectiveAsNoun(span) || outletKindEnding(span) || groupAdjectiveAt(span, headIndex) ? 'anonymous' : null;
  if (!kind) return null;
  const described = sourceText(tokens, s, e);
  // ("The chief operating officer": the office's words up to its head, not the head alone.)
  return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text: described, kind, name: described, role: isRoleWord(head) ? rolePhrase(span.slice(0, headIndex + 1).map((t) => t.normal)) ?? head : null, title: null };
}

/** Words before a plural noun for people that count or date them one by one: "two producers", "former officers". */
const COUNTING_WORDS: ReadonlySet<string> = new Set(['several', 'few', 'former', 'ex']);

/**
 * "Two former producers said", "Three officers said": people counted, or former, are so many persons speaking,
 * not the production or the force that "the producers" or "officers" alone stand for. (A body's own noun
 * counted stays bodies: "two studios said".)
 */
function countedPeople(span: Token[], headIndex: number): boolean {
  const head = span[headIndex]!.normal;
  if (!/(?:ers|ors|people)$/.test(head) && !isPluralPeopleNoun(head) && !isAgentPlural(head)) return false;
  return span.slice(0, headIndex).some((t) => t.pos === 'NUM' || COUNTING_WORDS.has(t.normal));
}

/**
 * "the city's chamber of commerce", "the state board of elections": a body's head in small letters
 * (data/organisations.json field_body_heads) before "of" heads a body's name, the body itself and not someone
 * unnamed in it. ("Friends of the family" are people; "the State of the Union" is a capitalised name.)
 */
function bodyHeadBeforeOf(span: Token[], headIndex: number): boolean {
  const head = span[headIndex]!;
  return span[headIndex + 1]?.normal === 'of' && /^\p{Ll}/u.test(head.text) && isFieldBodyHead(head.normal);
}

/**
 * Where a phrase that stops at tokens[e] = "of" after such a body's head in small letters ends with its field: "the
 * chamber of commerce" runs past "of" over nouns in small letters, before `limit`. Else e. A capitalised head
 * runs on over its capitalised field after "of" or "for": "The Office for Students", "the Arts Council for England"
 * are one name ("Tom Reed of Reuters" has no body's head before "of").
 */
export function bodyFieldEnd(tokens: Token[], e: number, limit: number): number {
  const head = tokens[e - 1];
  if (!head) return e;
  if (/^(of|for)$/.test(tokens[e]?.text ?? '') && /^\p{Lu}/u.test(head.text) && isFieldBodyHead(head.normal)) {
    let k = e + 1;
    while (k < limit && /^\p{Lu}/u.test(tokens[k]!.text) && /^(PROPN|NOUN|ADJ)$/.test(tokens[k]!.pos)) k++;
    return k > e + 1 ? k : e;
  }
  if (tokens[e]?.normal !== 'of' || !/^\p{Ll}/u.test(head.text) || !bodyHeadBeforeOf(tokens, e - 1)) return e;
  let k = e + 1;
  while (k < limit && tokens[k]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  return k > e + 1 ? k : e;
}

/**
 * tokens[s, e) end in a party's member noun ("Republican", "Democrat") with no capitalised word before it
 * but a place's name: "the Florida Republican", "a New Hampshire Democrat", "the lifelong Republican".
 */
function partyMemberPhrase(tokens: Token[], s: number, e: number): boolean {
  const last = tokens[e - 1]!.text;
  if (partyMember(last) !== last.toLowerCase() || !isPartyMemberNoun(last.toLowerCase())) return false;
  let k = s;
  // (Past "the", "One", "another" and words in small letters: "the lifelong", "a senior"; and a body's
  // possessive before them: "the panel's senior Democrat" is a member of the panel, no one named "Democrat".)
  // (… and a named possessor: "the Senate's top Democrat", "Ohio's senior Republican".)
  while (k < e - 1 && (/^\p{Ll}/u.test(tokens[k]!.text) || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'NUM' || /^['’]s$/.test(tokens[k]!.normal) || /^['’]s$/.test(tokens[k + 1]?.normal ?? ''))) k++;
  return k === e - 1 || cueLexicon().placeNames.has(sourceText(tokens, k, e - 1));
}

/** An age written as a description ends at tokens[k]: "29-year-old", "the 61 year old" (the "old" after "year(s)"). */
function ageEndsAt(tokens: Token[], k: number, s: number): boolean {
  if (tokens[k]?.normal !== 'old') return false;
  const year = tokens[k - 1]?.text === '-' ? k - 2 : k - 1;
  return year > s && /^years?$/.test(tokens[year]!.normal);
}

/** "the Spaniard", "the 23-year-old New Zealander": an article, words in small letters, then a noun for one of a nation. */
function nationalityPhrase(tokens: Token[], s: number, e: number): boolean {
  const words = nationalityNounWords(tokens.slice(Math.max(s + 1, e - 2), e).map((t) => t.text));
  const start = e - words;
  if (!words || start <= s || !/^(?:the|a|an)$/i.test(tokens[s]!.text)) return false;
  for (let k = s + 1; k < start; k++) if (!/^[\p{Ll}\d]/u.test(tokens[k]!.text)) return false;
  return true;
}

/**
 * tokens[k] is a descriptor opening a body's name that runs to e: "the American Petroleum Institute", "British
 * Airways", "the Republican National Committee". Capitalised words after it, no role and no given name, ending in a
 * body's tail word; the descriptor is then the name's first word, not a description of it ("the American actor
 * Tom Hanks" keeps its cut, no tail ends the name). Only where it opens the run (the caller's k === ns): one
 * inside a run ("the Constitutional Democratic Party") is left as it was read.
 */
function descriptorOpensBody(tokens: Token[], k: number, e: number): boolean {
  if (!isCap(tokens[k]!) || !isDescriptorNameOpener(tokens[k]!.normal) || e - k < 2) return false;
  const last = tokens[e - 1]!.normal;
  if (!(ORGANIZATION_TAILS.has(last) || SERVICE_TAILS.has(last) || isNameTail(last))) return false;
  // (A plural's possessive before a body's word stays inside: "British Rail Drivers’ Association".)
  const possessive = (j: number) => /^['’]$/.test(tokens[j]!.text) && tokens[j - 1]!.end === tokens[j]!.start && j + 1 < e && bodyWordAfterPossessive(tokens[j - 1]!, tokens[j + 1]!);
  for (let j = k + 1; j < e; j++) {
    const t = tokens[j]!;
    if (!possessive(j) && !(isCap(t) && !isRoleWord(t.normal) && !isGivenNameToken(t))) return false;
  }
  return true;
}

/** tokens[k, e) name a known place whose first word is also a descriptor: "New Zealand", "New Mexico". */
function opensPlaceName(tokens: Token[], k: number, e: number): boolean {
  return cueLexicon().placeNames.has(sourceText(tokens, k, e));
}

/**
 * tokens[k, e) name a league team whose place opens with a descriptor ("New York Yankees", "New England
 * Patriots"): the descriptor opens some known place of two or more words ("New York"), and a place and a
 * nickname follow it. "Former Lakers" keeps its descriptor out: "Former" opens no place.
 */
function opensTeamPlace(tokens: Token[], k: number, e: number): boolean {
  if (e - k < 3 || !isCap(tokens[k]!)) return false;
  const opener = tokens[k]!.text + ' ';
  let opensPlace = false;
  for (const place of cueLexicon().placeNames) if (place.startsWith(opener)) opensPlace = true;
  return opensPlace && namesLeagueTeam(tokens.slice(k, e).map((t) => t.text), false);
}

/** Adjectives that stand for someone named before ("the latter said"), no description of their own. */
const POINTING_BACK = new Set(['former', 'latter', 'other', 'same', 'first', 'second', 'last', 'elder', 'younger', 'older']);

function adjectiveAsNoun(span: Token[]): boolean {
  // (Nor a share, "a fifth", "a third": an ordinal after "a" counts a group, read by the quantity rules.)
  return span.length === 2 && /^(a|an|one|another|the)$/.test(span[0]!.normal) && span[1]!.pos === 'ADJ' && /^\p{Ll}+$/u.test(span[1]!.text) && !POINTING_BACK.has(span[1]!.normal) && !/(?:th|third)$/.test(span[1]!.normal);
}

/** "the daily", "the rival weekly": "the", then an outlet's kind word (outlets.json kindWords) read as no noun, ending the phrase. */
function outletKindEnding(span: Token[]): boolean {
  const last = span[span.length - 1]!;
  return span.length >= 2 && span[0]!.normal === 'the' && (last.pos === 'ADJ' || last.pos === 'ADV') && isOutletKindWord(last.normal) && span.every((t) => /^\p{Ll}/u.test(t.text) || t === span[0]);
}

/** span[i] is a group's adjective ("injured", data/group-adjectives.json) after "the", ending the phrase. */
function groupAdjectiveAt(span: Token[], i: number): boolean {
  return i === span.length - 1 && span[i - 1]!.normal === 'the' && groupAdjectives().has(span[i]!.normal) && /^\p{Ll}+$/u.test(span[i]!.text);
}

function lastNounIndex(span: Token[]): number {
  // The head is the last noun before any "for/of" complement ("a spokesperson for the studio").
  // ("three-in-five voters": a preposition inside a hyphenated word is no complement.)
  const cut = span.findIndex((t, k) => t.pos === 'ADP' && !(span[k - 1]?.text === '-' && span[k + 1]?.text === '-'));
  const upto = cut < 0 ? span.length : cut;
  const isHead = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && (ORGANIZATION_HEADS.has(t.normal) || ANONYMOUS_HEADS.has(t.normal)));
  // "one cleaner said", "a cleaner said": a word the tagger reads as an adjective alone after an article or
  // "one"/"another" is the noun the phrase is about (an adjective heads no subject there); not a word that
  // points back to someone ("the latter", "the other").
  if (adjectiveAsNoun(span)) return 1;
  // "The daily reported", "the rival daily said": an outlet's kind word the tagger reads as an adjective or an adverb
  // ends a phrase after "the" as its head.
  if (outletKindEnding(span)) return span.length - 1;
  // "the injured said", "one of the wounded told reporters": a listed adjective after "the" with no noun after it
  // names a group of people (the tagger may read it as a verb).
  for (let i = span.length - 1; i > 0; i--) if (groupAdjectiveAt(span, i)) return i;
  // "the general said", "the retired major said": a title's role the tagger reads as an adjective, with nothing
  // after it to qualify (after a noun it ends a compound whose head the noun is: "the attorney general").
  if (upto === span.length && upto >= 2 && span[0]!.pos === 'DET' && span[upto - 2]!.pos !== 'NOUN' && isTitleRole(span[upto - 1]!.normal)) return upto - 1;
  for (let i = upto - 1; i >= 0; i--) if (isHead(span[i]!)) return i;
  // "those close to the couple", "those familiar with the talks": "those" heads the phrase, people whom
  // an adjective or participle and its complement describe.
  if (cut === 2 && span[0]!.normal === 'those' && /^(ADJ|VERB)$/.test(span[1]!.pos)) return 0;
  // "seven of 10 parents", "most of the nurses": a quantifier before "of" leaves the head to the noun after it.
  // "nine in 10 drivers", and "four in 10" alone: a proportion of people.
  const inRatio = cut > 0 && span[cut]!.normal === 'in' && span[cut - 1]!.pos === 'NUM' && span[cut + 1]?.pos === 'NUM';
  // "many in the hall", "some among the delegates": a quantifier alone, then where they are.
  const inGroup = cut === 1 && /^(in|among)$/.test(span[cut]!.normal) && /^(many|some|most|few|several|others|all|none|one|two|three|four|five)$/.test(span[0]!.normal);
  if (cut > 0 && (span[cut]!.normal === 'of' || inRatio || inGroup) && span.slice(0, cut).every((t) => /^(NUM|DET|ADJ|ADV|PRON)$/.test(t.pos))) {
    const next = span.findIndex((t, k) => k > cut && t.pos === 'ADP');
    for (let i = (next < 0 ? span.length : next) - 1; i > cut; i--) if (isHead(span[i]!)) return i;
    if (inRatio && cut + 2 === span.length) return cut + 1;
  }
  return -1;
}

/** A listed place's name (a country, a state, a city) that names no outlet. */
function placeNotOutlet(name: string): boolean {
  return isPlaceName(name) && !lookupOutlet(name);
}

/** tokens[from, to) are nouns and adjectives in small letters: "tribunal", "employment tribunal". */
function smallLetterNouns(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/^(NOUN|ADJ)$/.test(tokens[k]!.pos) || !/^\p{Ll}/u.test(tokens[k]!.text)) return false;
  return true;
}

/** The end of a run of words in small letters (hyphens inside) from tokens[from], at most up to `limit`. */
function smallLetterRunEnd(tokens: Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && (/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) || (tokens[k]!.text === '-' && k > from))) k++;
  return k;
}

/** Tokens [s, e) are "NAME of (the) OUTLET": a person's name, "of" and a name that reads as an outlet's. */
export function ofOutletWriter(tokens: Token[], s: number, e: number): boolean {
  const nameEnd = withoutPlaceOfOrigin(tokens, s, e);
  return nameEnd < e && tokens[nameEnd]!.normal === 'of' && !!recogniseOutlet(sourceText(tokens, nameEnd + 1, e));
}

/**
 * The end of a "NAME of PLACE" phrase's name, when the name opens with a given name or is a royal title's
 * given name ("Prince Alexander of Lindavia"); `e` otherwise.
 */
function withoutPlaceOfOrigin(tokens: Token[], s: number, e: number): number {
  for (let m = s + 2; m < e - 1; m++) {
    // ("Park Dong-hyun of …": a family-name-first name ends on its given name's small-letter syllable.)
    if (!/^(of|from)$/.test(tokens[m]!.normal) || !(isCap(tokens[m - 1]!) || familyFirstNameEnd(tokens, m - 4) === m)) continue;
    // ("of St. Anne's College Oxford": a possessive inside the body's name is part of it.)
    // ("of the Dublin law firm Cask Partners": a body's kind in small letters before its name is part of it.)
    // ("of the governing Civic Union", "of the centre-right Unity Party": small-letter modifiers right after
    // "the" before a body's capitalised name are the body's.)
    // ("of rural Vellmark", "of nearby Eastford": without "the", the one word right after "of" goes unchecked, as a
    // place's small-letter modifier; the words after it must still be a name's.)
    const afterOf = m + 1;
    const modifiersEnd = isCap(tokens[e - 1]!) && tokens[afterOf]!.normal === 'the' ? smallLetterRunEnd(tokens, afterOf + 1, e - 1) : afterOf + 1;
    // ("of the National Weather Service in Sacramento": the body's own place after "in" is part of where they are from;
    // so is a campus after "at", "of the University of Chicago at Urbana".)
    // ("of the Université de Montréal": a body named in another language keeps its small-letter joining words.)
    const foreignBody = isCap(tokens[e - 1]!) && isForeignInstitutionHead(tokens[modifiersEnd]?.normal ?? '');
    // ("of Isabela province", "of Kerry county": a place's kind in small letters after its name is part of it.)
    const placeEnd = e - 2 > m && isCap(tokens[e - 2]!) && placeWords().division_tails.includes(tokens[e - 1]!.normal) ? e - 1 : e;
    if (!tokens.slice(modifiersEnd, placeEnd).every((t, k) => isCap(t) || (foreignBody && isInstitutionJoiner(t.normal)) || /^(\.|the|of|for|and|on|&|['’]s|law)$/.test(t.normal) || ((t.normal === 'in' || t.normal === 'at') && modifiersEnd + k > afterOf + 1 && isCap(tokens[modifiersEnd + k + 1] ?? t) && modifiersEnd + k + 1 < e) || (ORGANIZATION_HEADS.has(t.normal) && isCap(tokens[e - 1]!)))) return e;
    let first = m - 1;
    // ("Mara Oduya-Brandt of Pellham Securities": a hyphen inside the surname is part of the name.)
    while (first > s && (isCap(tokens[first - 1]!) || (hyphenInWord(tokens, first - 1) && first - 2 >= s))) first--;
    while (first < m - 1 && (isRoleWord(tokens[first]!.normal) || DESCRIPTORS.has(tokens[first]!.normal))) first++;
    // ("House Speaker Ana Ruiz of Nevada", "Senate Minority Leader …": a title's own capitalised words
    // before its role word are the title's too; the name starts after its last role word.)
    for (let k = m - 2; k > first; k--) {
      if (isRoleWord(tokens[k]!.normal) || DESCRIPTORS.has(tokens[k]!.normal)) {
        first = k + 1;
        break;
      }
    }
    // "Prince Alexander of Lindavia": a royal title's given name alone is the whole name.
    if (first === m - 1 && first > s && isRoyalTitle(tokens[first - 1]!.text)) return m;
    // ("Wells Fargo of San Francisco": a firm with a person's look, known as a firm, is no person before "of".)
    if (isKnownOrganisation(sourceText(tokens, first, m))) return e;
    return first < m - 1 && (genderOfFirstName(tokens[first]!.text) !== 'unknown' || personalNameRun(tokens, s, first, m) || familyFirstNameEnd(tokens, first) === m) ? m : e;
  }
  return e;
}

/**
 * tokens[k] is an "&" between two capitalised words of the span that starts at lo: "Procter & Gamble",
 * "Convention & Visitors Bureau" are one name, not a name after a stray mark.
 */
export function ampersandInName(tokens: Token[], k: number, lo: number): boolean {
  return tokens[k]!.text === '&' && k - 1 >= lo && isCap(tokens[k - 1]!) && !!tokens[k + 1] && isCap(tokens[k + 1]!);
}

/**
 * tokens[k] is the "and" inside a known outlet's or company's name: "Ann Lee of The Globe and Mail said" is said by
 * Ann Lee, of that paper, not by someone called Mail; "Procter and Gamble said" by the company. The capitalised words (and small linking words) around it must be a
 * gazetteer name, with or without its leading "The".
 */
export function andInKnownOutlet(tokens: Token[], k: number, lo: number): boolean {
  if (tokens[k]!.normal !== 'and' || !isCap(tokens[k - 1]!) || !tokens[k + 1] || !isCap(tokens[k + 1]!)) return false;
  let b = k - 1;
  while (b - 1 >= lo && b > k - 4 && isCap(tokens[b - 1]!)) b--;
  let e = k + 2;
  while (e < tokens.length && e < k + 4 && isCap(tokens[e]!)) e++;
  for (let end = e; end > k + 1; end--) {
    const name = tokens.slice(b, end).map((t) => t.text).join(' ').replace(/^The\s+/, '');
    // (A listed company joined by "and" too: "Procter and Gamble", one body, not two people.)
    if (lookupOutlet(name) || isKnownOrganisation(name)) return true;
  }
  return false;
}

/** tokens[k] is a hyphen inside a word whose part after it is capitalised: the "-" of "Ruiz-Delgado". */
export function hyphenatedCapitalAt(tokens: Token[], k: number): boolean {
  return k > 0 && k + 1 < tokens.length && hyphenInWord(tokens, k) && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]!.text);
}

export function roleOf(phrase: string): string | null {
  return rolePhrase(phrase.toLowerCase().split(/\s+/));
}

/**
 * The phrase opens with "a"/"an" (or "the" before a relative: "the widow of …"), a common noun in small letters
 * and "of", and ends in a name: the name belongs to the one the noun relates to, not the phrase's person.
 */
function describedByPossessor(tokens: Token[], s: number, e: number): boolean {
  const article = tokens[s]!.normal;
  if (!/^(a|an|the)$/.test(article) || !isCap(tokens[e - 1]!)) return false;
  let k = s + 1;
  while (k < e - 2 && tokens[k]!.pos === 'ADJ' && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  const head = tokens[k]!;
  if (head.pos !== 'NOUN' || !/^\p{Ll}/u.test(head.text) || tokens[k + 1]?.normal !== 'of') return false;
  // ("a clip of McCain saying he will …": a participle right after the name is the named one's own act.)
  if (/ing$/.test(tokens[e]?.normal ?? '') && tokens[e]!.start === tokens[e - 1]!.end + 1) return false;
  return article !== 'the' || relativeNouns().includes(head.normal);
}

/** A nation's adjective opening a phrase (data/cues.json outlet_kind_nationalities): "Dutch newspaper …", "Belgian broadcaster …". */
function nationOpensKind(tokens: Token[], s: number): boolean {
  return cueLexicon().outletKindNationalities.has(tokens[s]!.text);
}
