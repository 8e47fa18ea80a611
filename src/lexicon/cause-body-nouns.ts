import { wordSetFrom } from './data-file.js';

let nouns: ReadonlySet<string> | undefined;

/** data/cause-body-nouns.json: nouns that follow a campaign's or a party's own name ("the Free Tibet campaign"), lower case. */
export function causeBodyNouns(): ReadonlySet<string> {
  nouns ??= wordSetFrom('cause-body-nouns.json', 'nouns');
  return nouns;
}
