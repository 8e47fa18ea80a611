import { wordSetFrom } from './data-file.js';

let openers: ReadonlySet<string> | undefined;
let heads: ReadonlySet<string> | undefined;

/** data/civic-body-names.json openers: a call to act opening a campaign's name ("Stop", "Save"), as written. */
export function isCampaignOpener(word: string): boolean {
  openers ??= wordSetFrom('civic-body-names.json', 'openers');
  return openers.has(word);
}

/** data/civic-body-names.json heads: the noun such a campaign's name ends on ("campaign", "coalition"), lower case. */
export function isCampaignHead(word: string): boolean {
  heads ??= wordSetFrom('civic-body-names.json', 'heads');
  return heads.has(word);
}
