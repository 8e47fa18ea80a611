import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** data/prospective-report-frames.json: the words of "is expected to", "is due to" that put a report in the future. */
export function prospectiveReportFrames(): ReadonlySet<string> {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/prospective-report-frames.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words;
}
