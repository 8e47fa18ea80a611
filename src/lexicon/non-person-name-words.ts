import { readDataFile } from './data-file.js';

let lists: Record<string, string[]> | undefined;

/** The word lists that mark a name as no person's (teams', firms', contests', services'; data/non-person-names.json), by key. */
export function nonPersonNameWords(): Record<string, string[]> {
  lists ??= readDataFile<Record<string, string[]>>('non-person-names.json');
  return lists;
}
