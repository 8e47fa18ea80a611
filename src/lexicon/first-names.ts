import { readDataFile } from './data-file.js';

export interface FirstNameLists {
  male: string[];
  female: string[];
  both?: string[];
}

let lists: FirstNameLists | undefined;

/** Given names by sex, and those given to either (data/first-names.json). */
export function firstNameLists(): FirstNameLists {
  lists ??= readDataFile<FirstNameLists>('first-names.json');
  return lists;
}
