import { readDataFile } from './data-file.js';

let after: RegExp | undefined;

/**
 * Whether the text right after a name opens with a possessive and a body's noun (data/office-holder-bodies.json):
 * "’s Office said", "'s Department". A title before it ("the Ada County Sheriff’s Office") names the office's body.
 */
export function officeBodyAfter(text: string): boolean {
  if (!after) {
    const nouns = readDataFile<{ body_nouns: string[] }>('office-holder-bodies.json').body_nouns;
    after = new RegExp(String.raw`^['’]s?[ \t]+(?:${nouns.join('|')})\b`, 'u');
  }
  return after.test(text);
}
