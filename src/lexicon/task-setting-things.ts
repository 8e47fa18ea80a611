import { readFileSync } from 'node:fs';

let nouns: ReadonlySet<string> | undefined;

/** data/task-setting-things.json: things that set people a task ("the clue asked contestants to …"). */
export function isTaskSettingThing(word: string): boolean {
  nouns ??= new Set((JSON.parse(readFileSync(new URL('../../data/task-setting-things.json', import.meta.url), 'utf8')) as { nouns: string[] }).nouns);
  return nouns.has(word);
}
