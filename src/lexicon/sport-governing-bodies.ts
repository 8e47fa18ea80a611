import { readDataFile } from './data-file.js';

/** data/sport-governing-bodies.json: sports' names and nations' short names that together name a governing body. */
interface SportBodyData {
  sports: string[];
  nation_short_forms: string[];
  scope_words: string[];
}

let data: { sports: Set<string>; nations: Set<string>; scopes: Set<string> } | undefined;

function load(): { sports: Set<string>; nations: Set<string>; scopes: Set<string> } {
  if (!data) {
    const raw = readDataFile<SportBodyData>('sport-governing-bodies.json');
    data = { sports: new Set(raw.sports), nations: new Set(raw.nation_short_forms), scopes: new Set(raw.scope_words) };
  }
  return data;
}

/** "swimming", "rugby": (lower case) a sport's name. */
export function isSportName(word: string): boolean {
  return load().sports.has(word);
}

/** "USA", "UK": (as written) a nation's short name that the place list does not hold. */
export function isNationShortForm(word: string): boolean {
  return load().nations.has(word);
}

/** "World", "European": (as written) the area a body governs, before a sport's name ("World Rowing"). */
export function isScopeWord(word: string): boolean {
  return load().scopes.has(word);
}
