import { readDataFile } from './data-file.js';

let acts: readonly string[][] | undefined;

/** data/speaker-next-acts.json: a verb lemma and the words after it, for acts a speaker goes on to after a report ("stopped short of", "laughed"). */
export function speakerNextActs(): readonly string[][] {
  acts ??= readDataFile<{ acts: string[] }>('speaker-next-acts.json').acts.map((a) => a.split(' '));
  return acts;
}
