import { wordSetFrom } from './data-file.js';

let verbs: ReadonlySet<string> | undefined;

/** The lemmas of data/object-required-verbs.json: verbs that need an object ("reported", "published"). */
export function objectRequiredVerbs(): ReadonlySet<string> {
  verbs ??= wordSetFrom('object-required-verbs.json', 'verbs');
  return verbs;
}
