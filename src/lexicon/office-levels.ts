import { readFileSync } from 'node:fs';

let levels: ReadonlySet<string> | undefined;

/** Levels of government written before an office ("state", "county"; data/office-levels.json), lower case. */
export function officeLevels(): ReadonlySet<string> {
  levels ??= new Set((JSON.parse(readFileSync(new URL('../../data/office-levels.json', import.meta.url), 'utf8')) as { levels: string[] }).levels);
  return levels;
}
