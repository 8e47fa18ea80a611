import { readFileSync } from 'node:fs';

let pairs: ReadonlySet<string> | undefined;

/**
 * Whether two given names (any case) are a full name and one of its short forms, either way round ("Thomas", "Tom"):
 * data/given-name-short-forms.json. Two short forms of one full name ("Tom", "Tommy") are not paired.
 */
export function areGivenNameForms(a: string, b: string): boolean {
  if (!pairs) {
    const forms = (JSON.parse(readFileSync(new URL('../../data/given-name-short-forms.json', import.meta.url), 'utf8')) as { forms: Record<string, string[]> }).forms;
    pairs = new Set(Object.entries(forms).flatMap(([full, shorts]) => shorts.map((s) => `${full.toLowerCase()} ${s.toLowerCase()}`)));
  }
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return pairs.has(`${x} ${y}`) || pairs.has(`${y} ${x}`);
}
