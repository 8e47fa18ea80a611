import { readDataFile } from './data-file.js';

/** The lists of data/screening-cues.json: a screening's time before a title, a cinema after "show at". */
export type ScreeningCueList = 'before_title' | 'venue_after';

let lists: Record<string, { words: string[] }> | undefined;

/** The words of one list of data/screening-cues.json (lower case). */
export function screeningCues(list: ScreeningCueList): readonly string[] {
  lists ??= readDataFile<Record<string, { words: string[] }>>('screening-cues.json');
  const section = lists[list];
  if (!section) throw new Error(`data/screening-cues.json has no list "${list}"`);
  return section.words;
}
