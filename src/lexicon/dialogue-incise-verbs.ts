import { readDataFile } from './data-file.js';

let verbs: readonly string[] | undefined;

/** Verbs of a dialogue incise in the past ("asked", "replied"; data/cues.json dialogue_incise_verbs). */
export function dialogueInciseVerbs(): readonly string[] {
  verbs ??= readDataFile<{ dialogue_incise_verbs: string[] }>('cues.json').dialogue_incise_verbs;
  return verbs;
}
