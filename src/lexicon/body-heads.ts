import { readFileSync } from 'node:fs';

let heads: Set<string> | undefined;

/** A noun that is a person heading a body when "of" the body follows: "the head of the council" (data/body-head-nouns.json). */
export function isBodyHeadNoun(word: string): boolean {
  heads ??= new Set((JSON.parse(readFileSync(new URL('../../data/body-head-nouns.json', import.meta.url), 'utf8')) as { body_head_nouns: string[] }).body_head_nouns);
  return heads.has(word);
}
