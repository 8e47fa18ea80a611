import { readFileSync } from 'node:fs';

let acts: readonly string[][] | undefined;

/** data/speaker-next-acts.json: a verb lemma and the words after it, for acts a speaker goes on to after a report ("stopped short of", "laughed"). */
export function speakerNextActs(): readonly string[][] {
  acts ??= (JSON.parse(readFileSync(new URL('../../data/speaker-next-acts.json', import.meta.url), 'utf8')) as { acts: string[] }).acts.map((a) => a.split(' '));
  return acts;
}
