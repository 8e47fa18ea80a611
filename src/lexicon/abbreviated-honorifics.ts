import { readDataFile } from './data-file.js';

let honorifics: readonly string[] | undefined;

/** Honorifics and ranks written abbreviated before a name, without their stop ("Dr", "Capt"; data/abbreviated-honorifics.json). */
export function abbreviatedHonorifics(): readonly string[] {
  honorifics ??= readDataFile<{ honorifics: string[] }>('abbreviated-honorifics.json').honorifics;
  return honorifics;
}

/** The honorifics as regex alternatives, in file order: "Mr|Mrs|…". */
export function abbreviatedHonorificAlternatives(): string {
  return abbreviatedHonorifics().join('|');
}
