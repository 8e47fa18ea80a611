import { readDataFile } from './data-file.js';

interface ParticipleData { only_participle: string[]; also_past: string[] }

let data: { onlyParticiple: Set<string>; any: Set<string> } | undefined;

function load() {
  if (data) return data;
  const raw = readDataFile<ParticipleData>('irregular-participles.json');
  return (data = { onlyParticiple: new Set(raw.only_participle), any: new Set([...raw.only_participle, ...raw.also_past]) });
}

/** A participle not in -ed that cannot be a past tense: "shown", "written" (data/irregular-participles.json). */
export function isOnlyParticiple(word: string): boolean {
  return load().onlyParticiple.has(word);
}

/** Any participle not in -ed, a past tense or not: "held", "told", "shown". */
export function isIrregularParticiple(word: string): boolean {
  return load().any.has(word);
}
