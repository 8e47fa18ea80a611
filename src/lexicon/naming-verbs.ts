import { readDataFile } from './data-file.js';
import { regExpLiteral } from '../text/regexp-literal.js';

/** The named lists of data/naming-verbs.json (each section's note there says why it differs). */
export type NamingVerbList = 'thing_goes_by' | 'speaker_names_it' | 'work_title' | 'apposition_name' | 'given_title' | 'named_apposition_head';

let lists: Record<string, { words: string[] }> | undefined;

/** The words of one list of data/naming-verbs.json, in the file's order. */
export function namingVerbs(list: NamingVerbList): readonly string[] {
  lists ??= readDataFile<Record<string, { words: string[] }>>('naming-verbs.json');
  const section = lists[list];
  // A misspelt list name would match nothing silently: fail at load instead.
  if (!section) throw new Error(`data/naming-verbs.json has no list "${list}"`);
  return section.words;
}

/** One list as a regular-expression alternation ("called|dubbed|…"), to build a pattern around. */
export function namingVerbAlternation(list: NamingVerbList): string {
  return namingVerbs(list).map(regExpLiteral).join('|');
}
