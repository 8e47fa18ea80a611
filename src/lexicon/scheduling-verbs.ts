import { readFileSync } from 'node:fs';

let verbs: ReadonlySet<string> | undefined;

/** The bare forms of data/scheduling-verbs.json: verbs of a show or event coming out or back ("returns", "airs"). */
export function schedulingVerbs(): ReadonlySet<string> {
  verbs ??= new Set((JSON.parse(readFileSync(new URL('../../data/scheduling-verbs.json', import.meta.url), 'utf8')) as { verbs: string[] }).verbs);
  return verbs;
}
