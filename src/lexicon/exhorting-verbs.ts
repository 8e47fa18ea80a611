import { wordSetFrom } from './data-file.js';

let verbs: ReadonlySet<string> | undefined;

/** Verbs of urging someone to act, which only a speaker does (data/exhorting-verbs.json): "urge", "implore". */
export function exhortingVerbs(): ReadonlySet<string> {
  verbs ??= wordSetFrom('exhorting-verbs.json', 'verbs');
  return verbs;
}
