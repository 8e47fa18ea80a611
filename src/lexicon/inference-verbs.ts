import { readFileSync } from 'node:fs';

let verbs: ReadonlySet<string> | undefined;
let studies: ReadonlySet<string> | undefined;

/** data/inference-verbs.json: verbs by which a thing points to a conclusion ("the record suggested …"). */
export function inferenceVerbs(): ReadonlySet<string> {
  verbs ??= new Set((JSON.parse(readFileSync(new URL('../../data/inference-verbs.json', import.meta.url), 'utf8')) as { verbs: string[] }).verbs);
  return verbs;
}

/** data/inference-verbs.json studies: things that speak for themselves when they show something ("the trial showed …"). */
export function isStudyNoun(word: string): boolean {
  studies ??= new Set((JSON.parse(readFileSync(new URL('../../data/inference-verbs.json', import.meta.url), 'utf8')) as { studies: string[] }).studies);
  return studies.has(word);
}
