import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** data/rating-grades.json: the steps of a quality scale on a rating form ("fair", "poor", "very good"). */
export function ratingGrades(): ReadonlySet<string> {
  words ??= wordSetFrom('rating-grades.json', 'words');
  return words;
}
