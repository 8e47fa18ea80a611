import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** Words an award is hyphened to before a name (data/award-participles.json): "nominated", "winning". */
export function awardParticiples(): ReadonlySet<string> {
  words ??= wordSetFrom('award-participles.json', 'words');
  return words;
}
