import { readFileSync } from 'node:fs';

let verbs: ReadonlySet<string> | undefined;

/** data/inference-verbs.json: verbs by which a thing points to a conclusion ("the record suggested …"). */
export function inferenceVerbs(): ReadonlySet<string> {
  verbs ??= new Set((JSON.parse(readFileSync(new URL('../../data/inference-verbs.json', import.meta.url), 'utf8')) as { verbs: string[] }).verbs);
  return verbs;
}
