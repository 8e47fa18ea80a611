import { readDataFile } from './data-file.js';

let groups: readonly string[] | undefined;

/** Groups of people who give a thing its name ("locals", "residents", "fans"; data/name-givers.json groups). */
export function nameGiverGroups(): readonly string[] {
  groups ??= readDataFile<{ groups: string[] }>('name-givers.json').groups;
  return groups;
}
