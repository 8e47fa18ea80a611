import { readFileSync } from 'node:fs';

interface DisplayingData { verbs: ReadonlySet<string>; things: ReadonlySet<string> }
let data: DisplayingData | undefined;

/** data/displaying-things.json, read once for both of its lists. */
function displayingData(): DisplayingData {
  if (!data) {
    const raw = JSON.parse(readFileSync(new URL('../../data/displaying-things.json', import.meta.url), 'utf8')) as { verbs: string[]; things: string[] };
    data = { verbs: new Set(raw.verbs), things: new Set(raw.things) };
  }
  return data;
}

/** Verbs (lemmas) by which a sight or recording shows something: show, display, read. */
export function isDisplayingVerb(lemma: string): boolean {
  return displayingData().verbs.has(lemma);
}

/** Things that display or record (boards, screens, footage, replays), lower case. */
export function isDisplayingThing(word: string): boolean {
  return displayingData().things.has(word);
}
