import { readFileSync } from 'node:fs';

let nouns: Set<string> | undefined;

/** A noun for a body a named owner sends or appoints: "the OSCE mission", "Saudi Arabia's delegation" (data/owned-bodies.json). */
export function isOwnedBodyNoun(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/owned-bodies.json', import.meta.url), 'utf8')) as { owned_body_nouns: string[] }).owned_body_nouns);
  return nouns.has(word);
}
