import { wordSetFrom } from './data-file.js';

let nouns: ReadonlySet<string> | undefined;

/**
 * data/course-nouns.json: a school course's or exam's noun ("tests", "classes"), after which an acronym names the course.
 * Only as written in lower case: a capitalised one belongs to a name ("CNN Student News").
 */
export function isCourseNoun(word: string): boolean {
  nouns ??= wordSetFrom('course-nouns.json', 'nouns');
  return nouns.has(word);
}
