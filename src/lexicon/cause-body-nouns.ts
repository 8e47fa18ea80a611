import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/** data/cause-body-nouns.json: nouns that follow a campaign's or a party's own name ("the Free Tibet campaign"), lower case. */
export function causeBodyNouns(): ReadonlySet<string> {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/cause-body-nouns.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns;
}
