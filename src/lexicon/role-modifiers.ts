import { wordSetFrom } from './data-file.js';

let modifiers: ReadonlySet<string> | undefined;

/**
 * Words that qualify a role right before it and belong to the office ("managing" director), and nouns naming the
 * field that makes it another trade ("voice" actor, "climate" scientist); data/role-modifiers.json, lower case.
 */
export function roleModifiers(): ReadonlySet<string> {
  modifiers ??= new Set([...wordSetFrom('role-modifiers.json', 'modifiers'), ...wordSetFrom('role-modifiers.json', 'fields')]);
  return modifiers;
}
