import { ANONYMOUS_HEADS, isRoleWord } from '../nlp/words.js';
import { cueLexicon } from './cues.js';
import { isPartyMemberNoun } from './party-tags.js';
import { isSurnameGroupNoun } from './letter-terms.js';
import { isStoryPartNoun } from './story-part-nouns.js';
import { isPublicMemberNoun } from './public-member-nouns.js';

/** Compounds for a person by their shape: "chairperson", "businesswomen", "spokesman", "salesmen". */
const PERSON_COMPOUND = /^(?:\w*(?:person|people|woman|women)|\w*(?:spokes|chair|congress|business|sales)(?:man|men))$/;

/**
 * A noun (lower case) that stands for a person or people: a role ("host", "co-chair"), an anonymous
 * source's head ("insider"), a people noun as cues.json lists it ("owner", "neighbors"), a
 * party member ("republican"), a part in a story ("headliner"), a member of the public ("shopper"), or a
 * compound in -person, -woman, -man.
 */
export function isPersonNoun(word: string): boolean {
  return ANONYMOUS_HEADS.has(word) || isRoleWord(word) || cueLexicon().peopleNouns.has(word) || isPartyMemberNoun(word) || isStoryPartNoun(word) || isPublicMemberNoun(word) || PERSON_COMPOUND.test(word);
}

/**
 * A person noun, or the singular of a plural that only cues.json people_nouns lists ("tenant" through
 * "tenants"). The entity stage reads a role before a name's comma this way; the quote stage's speaker
 * descriptions read isPersonNoun alone (reading them this way too changes polnear_train's quotes).
 */
export function isPersonNounOrSingular(word: string): boolean {
  return isPersonNoun(word) || cueLexicon().peopleNouns.has(word + 's');
}

// Plural agent nouns by their endings: "auditors", "supervisors", "economists", "historians". (Not -eers or -iers:
// surnames end so, "Speers", "Desrosiers"; "engineers" and "soldiers" come from people_nouns.)
// ("Shopkeepers", "Stallholders", "Holidaymakers": a compound of a thing and a doer is no surname either.)
const AGENT_PLURAL = /^\p{Ll}{2,}(?:tors|sors|ists|ians)$|^\p{Ll}{3,}(?:keepers|mongers|makers|holders|owners|goers|dwellers|seekers|payers)$/u;

/**
 * A plural noun for people by its shape alone, for a lone capitalised word opening a sentence
 * ("Auditors said", "Curators argued"), which the tagger reads as a name. Surnames rarely end so
 * ("Connors", "Rogers", "Spiers" do not match).
 */
export function isAgentPlural(word: string): boolean {
  return AGENT_PLURAL.test(word) || listedAgentPlural(word);
}

/**
 * A plural doer cues.json agent_nouns lists ("retailers", "suppliers", "insurers"): the -ers the shape above
 * leaves out for surnames, known by the list; not one that is a surname as well ("Sellers", "Banks").
 */
function listedAgentPlural(word: string): boolean {
  return word.endsWith('s') && cueLexicon().agentNouns.has(word) && !isSurnameGroupNoun(word);
}
