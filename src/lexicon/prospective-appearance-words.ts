import { readDataFile } from './data-file.js';

/** data/prospective-appearance-words.json: the words that put an appearance on a programme in the future. */
export interface ProspectiveAppearanceWords {
  modals: ReadonlySet<string>;
  intentions: ReadonlySet<string>;
  times: ReadonlySet<string>;
}

let words: ProspectiveAppearanceWords | undefined;

export function prospectiveAppearanceWords(): ProspectiveAppearanceWords {
  if (words) return words;
  const data = readDataFile<Record<string, string[]>>('prospective-appearance-words.json');
  words = { modals: new Set(data['modals']), intentions: new Set(data['intentions']), times: new Set(data['times']) };
  return words;
}
