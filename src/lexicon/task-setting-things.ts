import { wordSetFrom } from './data-file.js';

let nouns: ReadonlySet<string> | undefined;

/** data/task-setting-things.json: things that set people a task ("the clue asked contestants to …"). */
export function isTaskSettingThing(word: string): boolean {
  nouns ??= wordSetFrom('task-setting-things.json', 'nouns');
  return nouns.has(word);
}
