import { readDataFile } from './data-file.js';

let names: readonly string[] | undefined;

/** Names written with "!" ("E! News", "Yahoo!"): data/cues.json names_with_bang, then outlets' names and aliases (data/outlets.json) that hold one. */
export function listedNamesWithBang(): readonly string[] {
  if (names) return names;
  const all = new Set<string>(readDataFile<{ names_with_bang?: string[] }>('cues.json').names_with_bang ?? []);
  for (const o of readDataFile<{ outlets: { name: string; aliases: string[] }[] }>('outlets.json').outlets) for (const v of [o.name, ...o.aliases]) if (v.includes('!')) all.add(v);
  return (names = [...all]);
}
