import { wordSetFrom } from './data-file.js';

let verbs: ReadonlySet<string> | undefined;

/** data/perception-clause-verbs.json: verbs of perceiving that take a bare clause ("heard shots were fired"). */
export function perceptionClauseVerbs(): ReadonlySet<string> {
  if (!verbs) verbs = wordSetFrom('perception-clause-verbs.json', 'verbs');
  return verbs;
}
