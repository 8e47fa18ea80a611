import { readFileSync } from 'node:fs';

let verbs: ReadonlySet<string> | undefined;

/** data/perception-clause-verbs.json: verbs of perceiving that take a bare clause ("heard shots were fired"). */
export function perceptionClauseVerbs(): ReadonlySet<string> {
  if (!verbs) verbs = new Set((JSON.parse(readFileSync(new URL('../../data/perception-clause-verbs.json', import.meta.url), 'utf8')) as { verbs: string[] }).verbs);
  return verbs;
}
