import { readDataFile } from './data-file.js';

interface ForeignBodyHeads { heads: string[]; joiners: string[] }

let data: { heads: Set<string>; joiners: Set<string> } | undefined;

// (Read once: readDataFile parses the file on every call.)
function foreignBodyData(): { heads: Set<string>; joiners: Set<string> } {
  data ??= load();
  return data;
}

function load(): { heads: Set<string>; joiners: Set<string> } {
  const raw = readDataFile<ForeignBodyHeads>('foreign-body-heads.json');
  return { heads: new Set(raw.heads), joiners: new Set(raw.joiners.flatMap((j) => j.split(' '))) };
}

/** A body's first word kept in its own language (data/foreign-body-heads.json): "Musée", "Teatro". As written. */
export function isForeignBodyHead(word: string): boolean {
  return foreignBodyData().heads.has(word);
}

/** A small joining word of a foreign body's name: "des" in "Musée des Arts", "alla" in "Teatro alla Scala". */
export function isForeignNameJoiner(word: string): boolean {
  return foreignBodyData().joiners.has(word);
}
