import { readDataFile } from './data-file.js';

let lists: Record<string, string[]> | undefined;

/** The word lists that mark a name as a thing's (documents, dishes, diseases, craft; data/thing-names.json), by key. */
export function thingNameWords(): Record<string, string[]> {
  lists ??= readDataFile<Record<string, string[]>>('thing-names.json');
  return lists;
}
