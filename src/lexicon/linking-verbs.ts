import { readFileSync } from 'node:fs';

let forms: ReadonlySet<string> | undefined;

/** data/linking-verbs.json: a present form in -s linking a subject to an adjective ("remains unchanged", "seems fair"). */
export function isLinkingVerbForm(word: string): boolean {
  forms ??= new Set((JSON.parse(readFileSync(new URL('../../data/linking-verbs.json', import.meta.url), 'utf8')) as { forms: string[] }).forms);
  return forms.has(word);
}
