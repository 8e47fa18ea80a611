import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/**
 * data/course-nouns.json: a school course's or exam's noun ("tests", "classes"), after which an acronym names the course.
 * Only as written in lower case: a capitalised one belongs to a name ("CNN Student News").
 */
export function isCourseNoun(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/course-nouns.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(word);
}
