import { readDataFile, wordSetFrom } from './data-file.js';

let networks: readonly string[] | undefined;
let notShowLast: ReadonlySet<string> | undefined;

/** Television networks and streaming services, as written ("HBO Max", "Nickelodeon"; data/screen-networks.json networks). */
export function screenNetworks(): readonly string[] {
  networks ??= readDataFile<{ networks: string[] }>('screen-networks.json').networks;
  return networks;
}

/** Words a show's title does not end with (data/screen-networks.json not_show_last_words). */
export function notShowLastWords(): ReadonlySet<string> {
  notShowLast ??= wordSetFrom('screen-networks.json', 'not_show_last_words');
  return notShowLast;
}
