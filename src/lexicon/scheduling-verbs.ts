import { wordSetFrom } from './data-file.js';

let verbs: ReadonlySet<string> | undefined;

/** The bare forms of data/scheduling-verbs.json: verbs of a show or event coming out or back ("returns", "airs"). */
export function schedulingVerbs(): ReadonlySet<string> {
  verbs ??= wordSetFrom('scheduling-verbs.json', 'verbs');
  return verbs;
}
