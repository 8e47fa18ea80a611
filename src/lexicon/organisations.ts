import { readDataFile } from './data-file.js';
import { withoutPossessive } from '../text/possessive.js';

/** data/organisations.json: organisations whose names read like a person's, and words that mark a thing's name. */
export interface OrganisationData {
  organisations: string[];
  groups: string[];
  clubs: string[];
  kind_nouns: string[];
  house_kinds: string[];
  job_kind_nouns: string[];
  winning_verbs: string[];
  club_heads: string[];
  slogan_openers: string[];
  league_words: string[];
  company_officers: string[];
  company_roles: string[];
  body_compound_endings: string[];
  name_of_heads: string[];
  members_heads: string[];
  field_body_heads: string[];
  members_tails: string[];
  of_tail_heads: string[];
  name_tails: string[];
  organization_tails: string[];
  club_tails: string[];
  surname_company_tails: string[];
  name_heads: string[];
  descriptor_name_openers: string[];
  described_bodies: { outlet: string[]; body: string[]; outlet_modifiers: string[]; modified_outlet_only: string[]; agency_modifiers: string[]; units: string[]; service_modifiers: string[]; company_nouns: string[]; operating_participles: string[]; body_modifiers: string[] };
  described_body_kinds: { team_nouns: string[]; company_tails: string[]; civic_nouns: string[]; civic_name_words: string[]; self_named_nouns: string[] };
  statement_documents: string[];
  statement_feelings: string[];
  body_description_heads: string[];
  person_description_heads: string[];
}

let data: OrganisationData | undefined;

export function organisationData(): OrganisationData {
  data ??= readDataFile<OrganisationData>('organisations.json');
  return data;
}

let names: Set<string> | undefined;
/** Listed bodies named with a possessive ("McDonald's", "Sotheby's"), folded: the bare word is a surname. */
let possessiveNames: Set<string> | undefined;

/** Seats of government named for the government housed there ("the Élysée declined to comment"; data/government-seats.json). */
function governmentSeats(): string[] {
  return readDataFile<{ seats: string[] }>('government-seats.json').seats;
}

/** Government departments named by a single noun ("the Treasury said"; data/government-departments.json). */
function governmentDepartments(): string[] {
  return readDataFile<{ departments: string[] }>('government-departments.json').departments;
}

/**
 * Well-known companies, institutions, music groups and clubs (data/organisations.json) whose names read like a
 * person's ("Nielsen", "Depeche Mode"). Compared case-insensitively without a leading "The".
 */
export function isKnownOrganisation(name: string): boolean {
  if (!names) {
    const { organisations, groups, clubs } = organisationData();
    // (A seat of government said or declined as the body it houses: a body, never a person.)
    // (… and so is a department named by its one noun: "the Treasury said it would …".)
    names = new Set([...organisations, ...groups, ...clubs, ...governmentSeats(), ...governmentDepartments()].map(fold));
    possessiveNames = new Set(organisations.filter((o) => withoutPossessive(o) !== o).map(fold));
  }
  // (No listed name is near this long: a long run is no body's name, and folding it would cost its length.)
  if (name.length > 80) return false;
  const folded = fold(name);
  if (!names.has(folded)) return false;
  // ("“…,” said McDonald.": a body named by a possessive is written with it; the bare word is a person's surname.)
  return !(possessiveNames!.has(folded) && withoutPossessive(name.trim()) === name.trim());
}

/**
 * "Planned Parenthood Great Rivers", "Amnesty International UK": a listed body's name of two words or more
 * with a branch's or region's name after it is that body's branch (a person's name never opens with a body's).
 */
export function opensWithListedBody(name: string): boolean {
  const words = name.trim().split(/\s+/);
  for (let k = 2; k < words.length; k++) if (isKnownOrganisation(words.slice(0, k).join(' '))) return true;
  return false;
}

/** name.trim().replace(/[’']s$/, '').replace(/^the\s+/i, '').toLowerCase() with " and " as " & ", each replace run only where it can match. */
function fold(name: string): string {
  let folded = withoutPossessive(name.trim());
  if (folded[0] === 't' || folded[0] === 'T') folded = folded.replace(/^the\s+/i, '');
  // ("Procter and Gamble" is the listed "Procter & Gamble": papers spell the joiner either way.)
  return folded.toLowerCase().replace(/ and /g, ' & ');
}

/** Officers' titles only a body has ("ceo", "founder"; data/organisations.json company_officers): role words too. */
export function companyOfficers(): readonly string[] {
  return organisationData().company_officers;
}

let companyRoles: Set<string> | undefined;

/** "the former CEO of Brackwell": word (lower case) is a role or group only a body has, so the name after its "of" is a body's. */
export function isCompanyRole(word: string): boolean {
  companyRoles ??= new Set([...organisationData().company_officers, ...organisationData().company_roles]);
  return companyRoles.has(word);
}

let bodyCompound: RegExp | undefined;

/** "Bürgerunion", "Volkspartei": one capitalised German compound ending in a party or league word (body_compound_endings), a body. */
export function isBodyCompound(name: string): boolean {
  bodyCompound ??= new RegExp(String.raw`^\p{Lu}\p{Ll}{2,}(?:${organisationData().body_compound_endings.join('|')})$`, 'u');
  return bodyCompound.test(name);
}

let nameOfHeads: Set<string> | undefined;

/** "department", "bureau", "centers": (lower case) heads a body's name that goes on with "of"/"for" and words joined by "and" (data/organisations.json name_of_heads). */
export function isNameOfHead(word: string): boolean {
  nameOfHeads ??= new Set(organisationData().name_of_heads);
  return nameOfHeads.has(word);
}

let leagueWords: Set<string> | undefined;

/** "Major League Baseball", "the Big Ten Conference", "La Liga": a league word (data/organisations.json league_words) anywhere in a name of two words or more makes it a league's. */
export function hasLeagueWord(nameWords: readonly string[]): boolean {
  leagueWords ??= new Set(organisationData().league_words);
  return nameWords.length > 1 && nameWords.some((w) => leagueWords!.has(w));
}

let membersHeads: Set<string> | undefined;
let membersTails: Set<string> | undefined;

/** "alliance", "guild": (lower case) heads a members' body's name going on with "of" (data/organisations.json members_heads). */
export function isMembersHead(word: string): boolean {
  membersHeads ??= new Set(organisationData().members_heads);
  return membersHeads.has(word);
}

/** "producers", "workers": (lower case) a plural group that ends a members' body's name (data/organisations.json members_tails). */
export function isMembersTail(word: string): boolean {
  membersTails ??= new Set(organisationData().members_tails);
  return membersTails.has(word);
}

let ofTailHeads: Set<string> | undefined;

/** "port", "bank": (lower case) open a body's name before "of" and a run ending in a tail word, "the" or not (data/organisations.json of_tail_heads, name_of_heads). */
export function isOfTailHead(word: string): boolean {
  ofTailHeads ??= new Set([...organisationData().of_tail_heads, ...organisationData().name_of_heads]);
  return ofTailHeads.has(word);
}

let surnameCompanyTails: Set<string> | undefined;

/** "holding": (lower case) ends a company's name and someone's surname too (data/organisations.json surname_company_tails). */
export function isSurnameCompanyTail(word: string): boolean {
  surnameCompanyTails ??= new Set(organisationData().surname_company_tails);
  return surnameCompanyTails.has(word);
}

let nameTails: Set<string> | undefined;

/** "ballet", "dynamics", "metro": (lower case) ends a body's name, no one's surname (data/organisations.json name_tails). */
export function isNameTail(word: string): boolean {
  nameTails ??= new Set(organisationData().name_tails);
  return nameTails.has(word);
}

let clubTails: Set<string> | undefined;

/** "town", "county", "united": (lower case) ends a football club's name as well as a place's (data/organisations.json club_tails). */
export function isClubTail(word: string): boolean {
  clubTails ??= new Set(organisationData().club_tails);
  return clubTails.has(word);
}

let descriptorOpeners: Set<string> | undefined;

/** "american", "republican": (lower case) a person's descriptor that may open a body's name (data/organisations.json descriptor_name_openers). */
export function isDescriptorNameOpener(word: string): boolean {
  descriptorOpeners ??= new Set(organisationData().descriptor_name_openers);
  return descriptorOpeners.has(word);
}

let houseKinds: Set<string> | undefined;

/** "auction", "fashion": a word that makes "house" after it a firm's kind noun (data/organisations.json house_kinds). */
export function isHouseKind(word: string): boolean {
  houseKinds ??= new Set(organisationData().house_kinds);
  return houseKinds.has(word);
}

let bodyDescriptionHeads: Set<string> | undefined;

/** A noun for a body, or for what one does, heading a description of a name ("chain", "promoter"; data/organisations.json body_description_heads and kind_nouns). */
export function isBodyDescriptionHead(word: string): boolean {
  bodyDescriptionHeads ??= new Set([...organisationData().body_description_heads, ...organisationData().kind_nouns]);
  return bodyDescriptionHeads.has(word);
}

let personDescriptionHeads: Set<string> | undefined;

/** A description's head a person may hold as well as a body ("owner", "producer"; data/organisations.json person_description_heads). */
export function isPersonDescriptionHead(word: string): boolean {
  personDescriptionHeads ??= new Set(organisationData().person_description_heads);
  return personDescriptionHeads.has(word);
}

let fieldBodyHeads: Set<string> | undefined;

/** "chamber", "board": (lower case) heads a body written in small letters with its field after "of" (data/organisations.json field_body_heads). */
export function isFieldBodyHead(word: string): boolean {
  fieldBodyHeads ??= new Set(organisationData().field_body_heads);
  return fieldBodyHeads.has(word);
}
