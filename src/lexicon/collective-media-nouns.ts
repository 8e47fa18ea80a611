import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/** A noun for news media taken together (data/collective-media-nouns.json), small letters: "media", "television". */
export function isCollectiveMediaNoun(phrase: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/collective-media-nouns.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(phrase);
}
