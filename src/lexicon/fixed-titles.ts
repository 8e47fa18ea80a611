import { readDataFile } from './data-file.js';

let titles: readonly (readonly string[])[] | undefined;

/**
 * Offices named by a fixed phrase, each as its words in lower case ("special agent in charge", "secretary of
 * state"; data/fixed-titles.json), longest first so the fullest title is found before a shorter one inside it.
 */
export function fixedTitles(): readonly (readonly string[])[] {
  titles ??= readDataFile<{ titles: string[] }>('fixed-titles.json').titles
    .map((t) => t.split(' '))
    .sort((a, b) => b.length - a.length);
  return titles;
}
