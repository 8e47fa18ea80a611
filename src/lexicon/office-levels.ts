import { wordSetFrom } from './data-file.js';

let levels: ReadonlySet<string> | undefined;

/** Levels of government written before an office ("state", "county"; data/office-levels.json), lower case. */
export function officeLevels(): ReadonlySet<string> {
  levels ??= wordSetFrom('office-levels.json', 'levels');
  return levels;
}
