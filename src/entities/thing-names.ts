import { thingNameWords } from '../lexicon/thing-name-words.js';
import { organisationData } from '../lexicon/organisations.js';
import { genderOfFirstName, isHonorificOrAddressTitle } from '../nlp/names.js';
import { isRoleWord } from '../nlp/words.js';
import { regExpLiteral } from '../text/regexp-literal.js';

let diseaseNouns: string[] | undefined;

// "Duchenne muscular dystrophy", "Crohn's disease", "Ewing sarcoma": a capitalised word (maybe possessive), at most
// one qualifier in small letters shaped as an adjective ("muscular", "spinal", "cerebral"), a disease noun.
// (No qualifier after a possessive: "Jones's chronic disease" is a person's illness.)
let diseaseAfter: RegExp | undefined;
// "the Korvel Glide 3", "the Velo Pro 2": "the", a capitalised word, a capitalised model word and a number is a
// product line; its first word is the brand. (A model number is short: "the Gordon Brown 2010 campaign" is no
// model; nor a given name a brand: see thingNamesIn.)
const MODEL_AFTER = /\bthe\s+(\p{Lu}[\p{L}-]+)\s+\p{Lu}[\p{L}-]*\s+\d{1,3}(?![\d,.]\d)\b/gu;
// "the Dutch price comparison site Kaufwert", "the ride-hailing app Zumo": "the", up to three words (a nationality
// capitalised), a kind of business in small letters (data/organisations.json kind_nouns) and one capitalised word (no weekday:
// "the exchange Tuesday").
let kindBefore: RegExp | undefined;

function diseasePattern(): RegExp {
  diseaseNouns ??= thingNameWords().disease_nouns!;
  return (diseaseAfter ??= new RegExp(String.raw`(?<![\p{L}-])(\p{Lu}[\p{L}-]+)(?:['’]s?\s+|\s+(?:\p{Ll}+(?:ar|al|ic|ous|ary|ive)\s+)?)(?:${diseaseNouns.join('|')})\b`, 'gu'));
}

// "the association, which runs Powerball", "a company that operates Skyline": a body's relative clause keeping a
// thing going; the one capitalised word after its verb (data/thing-names.json operated_thing_verbs) names the thing.
let operatedAfter: RegExp | undefined;

function operatedPattern(): RegExp {
  if (operatedAfter) return operatedAfter;
  const verbs = thingNameWords().operated_thing_verbs!;
  return (operatedAfter = new RegExp(String.raw`\b(?:which|that)\s+(?:${verbs.join('|')})\s+(\p{Lu}[\p{L}-]+)(?![\p{L}'’-])(?!\s*\p{Lu})`, 'gu'));
}

// "Europe's Vega rocket", "the Hoshiro probe": one capitalised word (no capital word before it: "the Space Launch
// System rocket" is a longer name) right before a craft's noun in small letters (data/thing-names.json vehicle_nouns).
let vehicleBefore: RegExp | undefined;
// What every match of vehicleBefore holds after its name: a space and a craft's noun ending its word. The pattern
// itself opens on a capital behind two lookbehinds and is tried at each; most articles name no craft, and the
// noun, found first, spares them the pattern.
let mayVehicle: RegExp | undefined;

function vehiclePattern(): RegExp {
  if (vehicleBefore) return vehicleBefore;
  const nouns = thingNameWords().vehicle_nouns!;
  mayVehicle = new RegExp(String.raw`\s(?:${nouns.join('|')})(?![\p{L}-])`, 'u');
  return (vehicleBefore = new RegExp(String.raw`(?<![\p{L}'’-])(?<!(?<![\p{L}'’-])(?!(?:The|A|An)\s)\p{Lu}[\p{L}-]*\s+)(\p{Lu}[\p{L}-]+)\s+(?:${nouns.join('|')})(?![\p{L}-])`, 'gu'));
}

// What every match of kindBefore holds: a space, a kind of business, space and a capital. (The pattern opens on "the"
// at each word boundary and tries up to three words after it before the kind noun.)
let mayKind: RegExp | undefined;

function kindPattern(): RegExp {
  mayKind ??= new RegExp(String.raw`\s(?:${organisationData().kind_nouns.join('|')})\s+\p{Lu}`, 'u');
  return (kindBefore ??= new RegExp(String.raw`\b[Tt]he\s+(?:[\p{L}-]+\s+){0,3}(?:${organisationData().kind_nouns.join('|')})\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(\p{Lu}[\p{L}-]+)(?![\p{L}-])(?!\s*\p{Lu})`, 'gu'));
}

/**
 * Single capitalised words the article shows to be a thing's name: an illness's eponym, a brand with a model
 * line, a thing a body runs, a craft's name before its noun, a business named after its kind (never a given name we list). Used alone elsewhere ("has Duchenne", "Korvel said") they name no person.
 * (Not a word the article also gives a person: "Mr. Hodgkin … treated for Hodgkin lymphoma", "Ms. Baker founded
 * the law firm Baker": a surname names its holder as well as the illness or the firm.)
 */
export function thingNamesIn(text: string): Set<string> {
  const names = new Set<string>();
  // (The disease pattern tries every capitalised word; an article with no disease noun in it cannot match, so it is not run.)
  const diseases = diseasePattern();
  const patterns = diseaseNouns!.some((noun) => text.includes(noun)) ? [diseases, MODEL_AFTER, kindPattern(), operatedPattern(), vehiclePattern()] : [MODEL_AFTER, kindPattern(), operatedPattern(), vehiclePattern()];
  for (const pattern of patterns) {
    // (A pattern whose precondition the text fails finds nothing: see mayVehicle and mayKind.)
    if ((pattern === vehicleBefore && !mayVehicle!.test(text)) || (pattern === kindBefore && !mayKind!.test(text))) continue;
    for (const m of text.matchAll(pattern)) if (genderOfFirstName(m[1]!) === 'unknown') names.add(m[1]!);
  }
  for (const name of names) if (namedAsPerson(text, name)) names.delete(name);
  return names;
}

/** Whether the text puts a person's title ("Mr.", "Dr", "Sen.") or a given name ("Tom") right before name. */
function namedAsPerson(text: string, name: string): boolean {
  const escaped = regExpLiteral(name);
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}-])(\p{Lu}[\p{L}-]*)(\.?)\s+${escaped}(?![\p{L}-])`, 'gu'))) {
    const word = m[1]!.toLowerCase();
    if (isHonorificOrAddressTitle(word) || isRoleWord(word + m[2]) || isRoleWord(word) || genderOfFirstName(m[1]!) !== 'unknown') return true;
  }
  return false;
}
