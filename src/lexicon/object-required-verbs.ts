import { readFileSync } from 'node:fs';

let verbs: ReadonlySet<string> | undefined;

/** The lemmas of data/object-required-verbs.json: verbs that need an object ("reported", "published"). */
export function objectRequiredVerbs(): ReadonlySet<string> {
  verbs ??= new Set((JSON.parse(readFileSync(new URL('../../data/object-required-verbs.json', import.meta.url), 'utf8')) as { verbs: string[] }).verbs);
  return verbs;
}
