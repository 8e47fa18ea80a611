import { readDataFile } from './data-file.js';

let pairs: ReadonlySet<string> | undefined;

/**
 * Whether two given names (any case) are a full name and one of its short forms, either way round ("Thomas", "Tom"):
 * data/given-name-short-forms.json. Two short forms of one full name ("Tom", "Tommy") are not paired.
 */
export function areGivenNameForms(a: string, b: string): boolean {
  if (!pairs) {
    const forms = readDataFile<{ forms: Record<string, string[]> }>('given-name-short-forms.json').forms;
    pairs = new Set(Object.entries(forms).flatMap(([full, shorts]) => shorts.map((s) => `${full.toLowerCase()} ${s.toLowerCase()}`)));
  }
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return pairs.has(`${x} ${y}`) || pairs.has(`${y} ${x}`);
}
