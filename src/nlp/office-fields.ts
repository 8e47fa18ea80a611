import { officeFieldLists } from '../lexicon/office-fields.js';

let fields: ReadonlySet<string> | undefined;
let givenNames: ReadonlySet<string> | undefined;

/**
 * A field a title of office is written with, lower case ("services" in "Director of Parks and Recreation
 * Services", "industry" in "Head of Trade and Industry"; data/office-fields.json): no one's name.
 */
export function isOfficeField(word: string): boolean {
  fields ??= new Set(officeFieldLists().office_fields);
  return fields.has(word);
}

/** A given name shaped as a field's abstract noun, lower case ("charity", "trinity"; data/office-fields.json): a name's start, no field. */
export function isGivenNameWithFieldEnding(word: string): boolean {
  givenNames ??= new Set(officeFieldLists().given_names_with_field_endings);
  return givenNames.has(word);
}
