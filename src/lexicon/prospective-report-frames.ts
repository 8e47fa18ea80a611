import { wordSetFrom } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** data/prospective-report-frames.json: the words of "is expected to", "is due to" that put a report in the future. */
export function prospectiveReportFrames(): ReadonlySet<string> {
  words ??= wordSetFrom('prospective-report-frames.json', 'words');
  return words;
}
