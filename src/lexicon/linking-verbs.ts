import { wordSetFrom } from './data-file.js';

let forms: ReadonlySet<string> | undefined;

/** data/linking-verbs.json: a present form in -s linking a subject to an adjective ("remains unchanged", "seems fair"). */
export function isLinkingVerbForm(word: string): boolean {
  forms ??= wordSetFrom('linking-verbs.json', 'forms');
  return forms.has(word);
}
