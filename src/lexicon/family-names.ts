import { readDataFile } from './data-file.js';

export interface FamilyNameLists {
  family_first: string[];
  past_tense_not_given: string[];
  short_words_not_given: string[];
}

let lists: FamilyNameLists | undefined;

/** Family names written first ("Kim", "Zhang") and the words that look like given names after them but are none (data/family-names.json). */
export function familyNameLists(): FamilyNameLists {
  lists ??= readDataFile<FamilyNameLists>('family-names.json');
  return lists;
}
