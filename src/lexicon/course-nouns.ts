import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/** data/course-nouns.json: a school course's or exam's noun ("tests", "classes"), after which an acronym names the course. */
export function isCourseNoun(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/course-nouns.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(word.toLowerCase());
}
