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

let runHeads: ReadonlySet<string> | undefined;
let runThings: ReadonlySet<string> | undefined;

/** Role nouns that take what a person runs or owns right before them as one trade ("owner" in "garage owner"); data/role-modifiers.json. */
export function roleRunHeads(): ReadonlySet<string> {
  runHeads ??= wordSetFrom('role-modifiers.json', 'run_heads');
  return runHeads;
}

/** Places and things run or owned, written before a run head ("garage", "studio", "team"); data/role-modifiers.json. */
export function roleRunThings(): ReadonlySet<string> {
  runThings ??= wordSetFrom('role-modifiers.json', 'run_things');
  return runThings;
}

let scopes: ReadonlySet<string> | undefined;
let scopedOffices: ReadonlySet<string> | undefined;

/** "area director": a word for the stretch an office covers, right before an office it scopes (data/role-modifiers.json scopes, scoped_offices). */
export function isScopedOffice(scope: string, office: string): boolean {
  scopes ??= wordSetFrom('role-modifiers.json', 'scopes');
  scopedOffices ??= wordSetFrom('role-modifiers.json', 'scoped_offices');
  return scopes.has(scope) && scopedOffices.has(office);
}
