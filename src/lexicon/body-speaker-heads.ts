import { wordSetFrom } from './data-file.js';

let rulingModifiers: ReadonlySet<string> | undefined;
let sideHeads: ReadonlySet<string> | undefined;

/** What a body does, before "body" in a description ("governing", "regulatory"): data/body-speaker-heads.json. */
export function isRulingBodyModifier(word: string): boolean {
  rulingModifiers ??= wordSetFrom('body-speaker-heads.json', 'ruling_body_modifiers');
  return rulingModifiers.has(word);
}

/** A sport's side under another name than "team" ("crew", "squad"): data/body-speaker-heads.json. */
export function isSideHead(word: string): boolean {
  sideHeads ??= wordSetFrom('body-speaker-heads.json', 'side_heads');
  return sideHeads.has(word);
}
