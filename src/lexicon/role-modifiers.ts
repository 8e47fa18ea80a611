import { wordSetFrom } from './data-file.js';

let modifiers: ReadonlySet<string> | undefined;

/** Words that qualify a role right before it and belong to the office ("managing" director; data/role-modifiers.json), lower case. */
export function roleModifiers(): ReadonlySet<string> {
  modifiers ??= wordSetFrom('role-modifiers.json', 'modifiers');
  return modifiers;
}
