// One-word mentions ("Ruiz said", "Mr Wilson", "Norway promised"): matched to a full name already found, or
// recorded as a person on their own evidence, after the checks that make a lone capitalised word a place, a
// party, a body, a description or a common noun at a sentence's start.
import { isRunTogetherBodyName } from '../nlp/run-together-names.js';
import { codePointBefore, isLetter, startsWithCapital, wholeWordOffsets } from '../text/boundaries.js';
import type { AnalyzedArticle, Token } from '../types.js';
import { PersonRegistry, genderOfFirstName, isRoyalTitle } from '../nlp/names.js';
import { ANONYMOUS_HEADS, EVIDENCE_WORDS, INSTITUTION_WORDS, isPluralName, isRoleWord, ORGANIZATION_HEADS, alternatives } from '../nlp/words.js';
import { homeTownAfterAge, isHomeTownWord } from '../nlp/home-towns.js';
import { ageAfter } from '../nlp/described-after.js';
import { firstNameOnlyBefore, thingNamedBefore } from '../nlp/first-name-only.js';
import { isCityNotGivenName, isPlaceNotGivenName } from '../lexicon/place-names.js';
import { endsBeforePlaceNoun } from '../nlp/constituency.js';
import { isBodyCompound, isKnownOrganisation } from '../lexicon/organisations.js';
import { cueLexicon, isDocumentNoun, isPluralPeopleNoun } from '../lexicon/cues.js';
import { relativeNouns, relativePluralNouns } from '../lexicon/relatives.js';
import { isPartyMemberNoun } from '../lexicon/party-tags.js';
import { isAgentPlural, isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { byAgent } from './work-titles-before.js';
import { GEO_HEADS, sentenceAround } from './not-person-places.js';
import { bodyNameWithAndBefore } from './organisation-name-patterns.js';
import { isHonorificTitle, CUE_AFTER, PLACE_TAKER_BEFORE, describedAfter, sentenceOpening, royalBefore } from './person-evidence.js';
import type { NameClues, NameSpan, RecordMention } from './name-clues.js';

// Parties named by one word that is no one's surname (lower case).
const PARTY_NAMES = new Set(['labour', 'labor', 'tory', 'tories', 'conservatives', 'snp', 'likud', 'fidesz', 'syriza', 'podemos', 'vox', 'ukip']);
// Relatives named by first name only: "his widow Deborah", "daughter Suri".
const RELATIVE_BEFORE = new RegExp(String.raw`\b(?:${alternatives(relativeNouns())})(?:,\s+|\s+)$`);
// Relatives named in a list of first names after a plural: "his children, Paul and Eleanor", "her sisters Ana, Marta and Lucía"
// (each name of the list, up to the one read, a single capitalised word; the one read a known given name, so "their
// parents, Catholic immigrants" and "the network's parents, Comcast and NBCUniversal" name no one).
const RELATIVES_LIST_BEFORE = new RegExp(String.raw`\b(?:${alternatives(relativePluralNouns())}),?[ \t]+(?:\p{Lu}[\p{Ll}'’-]+,?[ \t]+){0,4}(?:(?:and|&)[ \t]+)?$`, 'u');
// A sentence about a government: what makes a lone country that is also a given name ("Jordan said") the country.
const GOVERNMENT_WORDS = /\b(?:ministry|ministries|government|embassy|foreign minister|state media|state news agency)\b/i;
// Offices addressed with an honorific ("Mr President", "Madam Speaker", "Madam Chair", "Madame Director"), none of them a surname.
const ADDRESSED_OFFICES = new Set(['president', 'speaker', 'chairman', 'chairwoman', 'chair', 'mayor', 'ambassador', 'secretary', 'commissioner', 'minister', 'premier', 'chancellor', 'governor', 'director', 'senator', 'prosecutor', 'superintendent', 'inspector', 'commander', 'administrator', 'attorney']);
// An ordinal in small letters or figures right before a word: "sixth", "third", "12th".
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+$/;
// "the " and up to two small words before a nationality noun: "said the 29-year-old Brazilian".
const NATIONALITY_EPITHET_BEFORE = /\bthe\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u;
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;
/**
 * Whether a word stands in the text all in lower case, as a whole word ("methane" for "Methane"). The text's
 * words are read once, on the first question (a scan of the text per sentence-opening word grew with the
 * square of the article's length).
 */
function lowerCaseWordsOf(text: string): (word: string) => boolean {
  let words: Set<string> | undefined;
  return (word) => {
    const lower = word.toLowerCase();
    if (lower === word) return false;
    if (!LETTERS_AND_DIGITS.test(lower)) return wholeWordOffsets(text, lower).length > 0;
    words ??= new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
    return words.has(lower);
  };
}

/** One-word mentions: a known person's surname or first name, or a titled or quoted name ("Mr Wilson", "Obama"). */
export function recordSingleNames(doc: AnalyzedArticle, clues: NameClues, singles: NameSpan[], registry: PersonRegistry, record: RecordMention): void {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const writtenInLowerCase = lowerCaseWordsOf(text);
  for (const { s, e, title } of singles) {
    const name = text.slice(tokens[s]!.start, tokens[e]!.end);
    const parts = name.split(/\s+/);
    // (A listed company's name that is the surname of a person named in full is that person's: "Hans Siemens … Siemens said".)
    if ((isKnownOrganisation(name) && !(parts.length === 1 && registry.find(parts, true))) || clues.works.has(name)) continue;
    // A surname alone is more often meant than a first name alone ("Kelly" after "Megyn Kelly" and "Kelly Ripa");
    // after an honorific a single name is always a surname ("Ms. Kelly" is not Kelly Ripa).
    let person = registry.find(parts, true) ?? (title !== null && isHonorificTitle(title) ? null : registry.find(parts, false)) ?? null;
    // Family name first ("Li Wei" … "Li said", "Tan Wei Ming" … "Tan said"): see PersonRegistry.familyNameHolder.
    person ??= parts.length === 1 ? registry.familyNameHolder(name) ?? null : null;
    // "Ms Marsh" after "David Marsh … Claire Marsh": the honorific's gender picks among those sharing the surname.
    if (person && title !== null && isHonorificTitle(title)) person = registry.holderForTitle(person, parts, title) ?? null;
    const before = text.slice(Math.max(0, tokens[s]!.start - 30), tokens[s]!.start);
    const after = text.slice(tokens[e]!.end, tokens[e]!.end + 80);
    // "the centre-right Bürgerunion", "the Volkspartei": a German compound ending in a party or league word is a body.
    if (!person && parts.length === 1 && isBodyCompound(name)) continue;
    // "the Slovenian said", "the Dutchman": a capitalised word after a lower-case article is a description.
    if (!person && /\bthe\s+$/.test(before)) continue;
    // "his sixth Test", "the 12th Ashes": a word counted by an ordinal is a fixture or an event, no one's name.
    if (!person && parts.length === 1 && ORDINAL_BEFORE.test(before)) continue;
    // "said the 29-year-old Brazilian": a nationality noun after "the" and an epithet describes someone already named.
    if (!person && parts.length === 1 && cueLexicon().nationalityNouns.has(name) && NATIONALITY_EPITHET_BEFORE.test(before)) continue;
    // "“Methane tells you …”": a word capitalised only because it opens a sentence, written in lower case
    // elsewhere in the article, is a common noun.
    if (!person && parts.length === 1 && title === null && sentenceOpening(before) && writtenInLowerCase(name)) continue;
    // "who had flown from Oslo, said": a word after a verb of travel and its "from"/"to" is a place.
    if (!person && afterTravel(tokens, s)) continue;
    // "The Mariners said": a plural word alone after a capitalised "The" names a team or a band, not a person
    // (a surname takes no article).
    if (!person && parts.length === 1 && /(?:^|[.!?:]["”’]?\s+|\n)The\s+$/.test(before) && isPluralName(name)) continue;
    // "The King said": a royal title alone after "the" describes its holder; it is no person called King ("Mr. King" is).
    if (!person && isRoyalTitle(name) && /\bthe\s+$/i.test(before)) continue;
    // "The Chancellor, Rosa Mendel, said": an office alone after "the" describes its holder, as a royal title does.
    if (!person && parts.length === 1 && title === null && isRoleWord(tokens[s]!.normal) && /\bthe\s+$/i.test(before)) continue;
    // "Prince Alexander of Lindavia", "the Duke of Harwell": the word after a royal's "of" is their land, no person.
    if (!person && royalLand(before)) continue;
    // "Ted Marsh of Dakota", "Ana Ruiz, 41, of Tarwick": a word after a person's "of" is their place or employer.
    if (!person && placeOfPerson(tokens, s, registry)) continue;
    // "GrainHub", "EDRi": a word run together with a capital inside is a body's name (src/nlp/run-together-names.ts).
    if (!person && parts.length === 1 && isRunTogetherBodyName(name)) continue;
    if (!person && (clues.orgHeads.has(name) || GEO_HEADS.has(name) || clues.orgContext(name) || clues.describedBodies.has(name))) continue;
    // "has Duchenne" after "Duchenne muscular dystrophy", "Korvel said" after "the Korvel Glide 3": a word the
    // article shows to name a thing is that thing alone too, even as a speaker.
    if (!person && parts.length === 1 && clues.thingNames.has(name)) continue;
    // "Mr President, is this a U-turn?", "Madam Speaker": an office after an honorific addresses its holder; it names no one.
    // (Only offices that are no surnames: "Mr Bishop", "Mr King" stay people.)
    // (Not before an age or a description of a person: "Ms Chancellor, the head of the school board, said" names Ms Chancellor.)
    if (!person && parts.length === 1 && title !== null && isHonorificTitle(title) && ADDRESSED_OFFICES.has(tokens[s]!.normal) && !describedAfter(after)) continue;
    // "the committee's ranking Democrat, Sen. …": a party's member noun alone describes a person, it names no one.
    if (!person && isPartyMemberNoun(tokens[s]!.normal)) continue;
    // "Labour's approach", "how the Tories would pay": a party named alone is no person (no surname either: "Mr Green" keeps his title).
    if (!person && title === null && parts.length === 1 && PARTY_NAMES.has(tokens[s]!.normal)) continue;
    // "Geologists said …": a plural agent noun in -ists opening a sentence describes people, it names no one.
    if (!person && parts.length === 1 && /^\p{Lu}/u.test(name) && isAgentPlural(name.toLowerCase())) continue;
    // "Polls show …", "Surveys suggest …": a source of evidence capitalised at a sentence's start is no one.
    if (!person && parts.length === 1 && EVIDENCE_WORDS.has(tokens[s]!.normal)) continue;
    // "Q: “…”": a lone capital letter is a transcript's label or an initial, no name (unless titled: "Mr A").
    if (!person && title === null && /^\p{Lu}$/u.test(name)) continue;
    // "a baker from Coventry", "the mayor of the district of Ashby": a lone word after "from" or a place noun's
    // "of" is a place.
    if (!person && genderOfFirstName(name) === 'unknown' && (/\bfrom\s+$/.test(before) || endsBeforePlaceNoun(before))) continue;
    // "The owner of the farmhouse above Dunmore, Tom Ashby, said": a lone word placing a description, the person's
    // name set off after it, is the place (the name after the comma is who speaks).
    if (!person && parts.length === 1 && genderOfFirstName(name) === 'unknown' && placesDescriptionBeforeName(tokens, s, e)) continue;
    // "the Court of Appeal for Rowing": a lone word after a capitalised word and "of" or "for" ends a longer name.
    if (!person && /\p{Lu}[\p{L}-]*\s+(?:of|for)\s+(?:the\s+)?$/u.test(before)) continue;
    // … and after such a name's "and": "the Centers for Disease Control and Prevention", "the Ministry of Trade and Industry".
    if (!person && parts.length === 1 && bodyNameWithAndBefore(text.slice(Math.max(0, tokens[s]!.start - 80), tokens[s]!.start))) continue;
    // "Documents reviewed by the Ledger show …", "Emails seen by …": a record capitalised at a sentence's
    // start is no one, even as a speaker.
    if (!person && parts.length === 1 && isDocumentNoun(tokens[s]!.normal)) continue;
    // A country or state alone ("Norway promised …") is a government or a place, even as a speaker; not one that is
    // also a given name ("Georgia said") nor one after an honorific.
    if (!person && isPlaceNotGivenName(name) && !(title !== null && isHonorificTitle(title)) && !describedAfter(after)) continue;
    // A country that is also a given name ("Jordan said …, the foreign ministry announced") is the country when its
    // sentence speaks of a government and the text names no one with that given name ("Jordan Reyes").
    if (!person && parts.length === 1 && title === null && cueLexicon().placeNames.has(name) && GOVERNMENT_WORDS.test(sentenceAround(text, tokens[s]!.start, tokens[e]!.end)) && !opensFullName(text, name)) continue;
    // … and so is a capital or a large city alone ("a day after Washington added …", "Sacramento receives …").
    // (… not one followed by an age or a description of a person: "said Washington, a 34-year-old nurse", "Boston, 34, said".)
    if (!person && title === null && isCityNotGivenName(name) && !describedAfter(after)) continue;
    // "of Toledo, Ohio, said": a state or country after a town or a preposition, and a town with one
    // after it, are places ("Jordan, a student, said" may still be a person).
    // … and so is a home town after an age: "Deja Moss, 19, of Memphis, told".
    if (!person && ((cueLexicon().placeNames.has(name) && PLACE_SLOT_BEFORE.test(before)) || knownPlaceAfterComma(after) || homeTownAfterAge(tokens, s))) continue;
    // "The group, known only as Ember, said": a name given to an animal, a group or a thing is no one's.
    if (!person && title === null && thingNamedBefore(text.slice(Math.max(0, tokens[s]!.start - 60), tokens[s]!.start))) continue;
    const named =
      (title !== null && (isHonorificTitle(title) || royalBefore(tokens, s))) ||
      // "President Okoro", "Sen. Halvik": a title of office before a lone surname names its holder.
      (title !== null && officeBeforeSurname(tokens, s, e, title)) ||
      // "who gave only his first name, Tobias": a person the article names by a first name alone.
      firstNameOnlyBefore(text.slice(Math.max(0, tokens[s]!.start - 60), tokens[s]!.start), name) ||
      personNamedBefore(before) ||
      clues.speakers.has(name) ||
      parts.length > 1 ||
      // A capitalised description at a sentence start ("Opponents argued") is not a name.
      (tokens[s]!.pos === 'PROPN' && !/^[-–]/.test(after) && !ANONYMOUS_HEADS.has(tokens[s]!.normal) && !ORGANIZATION_HEADS.has(tokens[s]!.normal) && !isPluralPeopleNoun(tokens[s]!.normal) && !isAgentPlural(tokens[s]!.normal) &&
        // A lone given name that speaks is usually a character or a friend already named; a lone surname is a person.
        (RELATIVE_BEFORE.test(before) || (genderOfFirstName(name) !== 'unknown' && RELATIVES_LIST_BEFORE.test(text.slice(Math.max(0, tokens[s]!.start - 80), tokens[s]!.start))) || byAgent(before) || ageAfter(after) || (CUE_AFTER.test(after) && genderOfFirstName(name) === 'unknown' && !PLACE_TAKER_BEFORE.test(before) && !RELATIVE_CLAUSE_BEFORE.test(before))));
    // "de Armas" alone still names someone: a particle is name evidence.
    if (!person && named) person = registry.add(name, title);
    if (person) record(person, s, e, title, null);
  }
}

/**
 * Whether `name` stands in the text as a word opening a longer name, a capitalised word after it ("Jordan Reyes";
 * no letter, apostrophe or hyphen before it). Read by indexOf: a pattern built per name cost a compile per candidate.
 */
function opensFullName(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const cp = codePointBefore(text, i);
    if (cp !== undefined && (isLetter(cp) || cp === 0x27 || cp === 0x2019 || cp === 0x2d)) continue;
    let j = i + name.length;
    while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
    if (j > i + name.length && startsWithCapital(text.slice(j, j + 2))) return true;
  }
  return false;
}

/**
 * tokens[s..e] after a preposition of place (data/cues.json description_place_prepositions) and a noun in small
 * letters, with a comma and a known given name right after: "the farmhouse above Dunmore, Tom Ashby,".
 */
function placesDescriptionBeforeName(tokens: Token[], s: number, e: number): boolean {
  const prep = tokens[s - 1]?.normal === 'the' ? s - 2 : s - 1;
  const noun = tokens[prep - 1];
  if (!noun || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text) || !cueLexicon().descriptionPlacePrepositions.has(tokens[prep]!.normal)) return false;
  return tokens[e + 1]?.text === ',' && genderOfFirstName(tokens[e + 2]?.text ?? '') !== 'unknown';
}

/**
 * A title of office (data/cues.json name_titles) right before a lone capitalised word that is no given
 * name, no title or common word of a place's or firm's name (data/cues.json office_name_words) and no
 * organisation's head: "President Okoro", "Gov. Lenz".
 */
function officeBeforeSurname(tokens: Token[], s: number, e: number, title: string): boolean {
  if (s !== e || !cueLexicon().nameTitles.has(title.toLowerCase()) || tokens[s - 1]?.text !== title) return false;
  // (A title word inside a longer name is none: "Leeds General Infirmary".)
  if (tokens[s - 2]?.pos === 'PROPN' || INSTITUTION_WORDS.has(tokens[s]!.normal)) return false;
  // "The President Cup", "The General Assembly": an article before the title makes the pair a thing's name.
  if (/^(the|a|an)$/.test(tokens[s - 2]?.normal ?? '')) return false;
  const word = tokens[s]!;
  // "Secretary General", "General Electric", "President Square": a title or a common word is no surname.
  const lex = cueLexicon();
  if (lex.nameTitles.has(word.normal) || lex.officeNameWords.has(word.normal)) return false;
  return word.pos === 'PROPN' && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word.text) && genderOfFirstName(word.text) === 'unknown' && !ORGANIZATION_HEADS.has(word.normal) && !ANONYMOUS_HEADS.has(word.normal);
}

// "a fisherman named Walt", "a nurse called Ines": a person noun, then "named", before a lone name.
const NAMED_AFTER_NOUN = /\b(?:a|an|one)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:named|called)\s+$/u;

/** A person noun and "named" or "called" end the text before a name (a dog or a boat named so is no one). */
function personNamedBefore(before: string): boolean {
  const noun = NAMED_AFTER_NOUN.exec(before)?.[1];
  return !!noun && (isPersonNounOrSingular(noun) || /(?:man|woman)$/.test(noun));
}

/**
 * Token s follows "of" or "from" right after a person named in full before it ("Ted Marsh of", "Ana Ruiz, 41, from"):
 * the word names where the person is from or works, no second person.
 */
function placeOfPerson(tokens: Token[], s: number, registry: PersonRegistry): boolean {
  if (!isHomeTownWord(tokens, s - 1)) return false;
  // (Past an age set off by commas: "Ana Ruiz, 41, of" ends the name five tokens back.)
  // (… and past a comma alone: "Jane Hall, of Maidstone".)
  const last = tokens[homeTownAfterAge(tokens, s) ? s - 5 : tokens[s - 2]?.text === ',' ? s - 3 : s - 2];
  if (!last || !/^\p{Lu}/u.test(last.text)) return false;
  const person = registry.find([last.text], true);
  return !!person && person.tokens.length > 1 && person.tokens[person.tokens.length - 1] === last.text;
}

/** tokens[s] follows a verb of travel and "from" or "to", maybe with "in" or "back" between: "had flown from", "drove in from". */
function afterTravel(tokens: Token[], s: number): boolean {
  if (!/^(from|to)$/.test(tokens[s - 1]?.normal ?? '')) return false;
  const verb = /^(in|back|over|here)$/.test(tokens[s - 2]?.normal ?? '') ? tokens[s - 3] : tokens[s - 2];
  return !!verb && verb.pos === 'VERB' && cueLexicon().travelVerbs.has(verb.lemma);
}

/** ", Ohio" / ", France" right after a word: that word is a town, the place after the comma its state or country. */
function knownPlaceAfterComma(after: string): boolean {
  const m = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=[\s,.;:]|$)/u.exec(after);
  return !!m && cueLexicon().placeNames.has(m[1]!.replace(/\.$/, ''));
}
/**
 * Text before a state or country named as a place: after a town's comma (a capitalised word: "Toledo, Ohio";
 * "His daughter, Georgia," is a person), or "of/from/in/at/near".
 */
// "The union, which organises Eurovision, said …": a name closing a relative clause on the speaker is that clause's
// object; the cue after it is the speaker's, no evidence the name is a person's.
const RELATIVE_CLAUSE_BEFORE = /,\s+(?:which|who)\s+[^,.;]*$/;
const PLACE_SLOT_BEFORE = /(?:\p{Lu}\p{L}*,|\b(?:of|from|in|at|near))\s+$/u;
/** Text before a word ending in a royal title, maybe with its given name, and "of": "Prince Alexander of ", "Duke of ". */
function royalLand(before: string): boolean {
  const m = /(?:(\p{Lu}\p{Ll}+) )?(\p{Lu}\p{Ll}+) of\s+$/u.exec(before);
  return !!m && (isRoyalTitle(m[2]!) || (!!m[1] && isRoyalTitle(m[1])));
}
