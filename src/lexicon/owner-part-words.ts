import { readDataFile } from './data-file.js';

let words: ReadonlySet<string> | undefined;

/** A staff job or a part of a broadcaster ("correspondent", "host", "newsroom"; data/outlets.json staffWords, staffTitleJobs, ownerPartWords). */
export function ownerPartWords(): ReadonlySet<string> {
  if (!words) {
    const data = readDataFile<Record<string, string[]>>('outlets.json');
    words = new Set([...data.staffWords!, ...data.staffTitleJobs!, ...data.ownerPartWords!]);
  }
  return words;
}
