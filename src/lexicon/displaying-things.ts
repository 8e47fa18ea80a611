import { readDataFile } from './data-file.js';

interface DisplayingData { verbs: ReadonlySet<string>; things: ReadonlySet<string> }
let data: DisplayingData | undefined;

/** data/displaying-things.json, read once for both of its lists. */
function displayingData(): DisplayingData {
  if (!data) {
    const raw = readDataFile<{ verbs: string[]; things: string[] }>('displaying-things.json');
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
