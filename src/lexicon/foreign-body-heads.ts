import { readDataFile } from './data-file.js';

interface ForeignBodyHeads { heads: string[]; kind_heads: string[]; joiners: string[] }

interface ForeignBodyData { heads: Set<string>; kindHeads: Set<string>; joiners: Set<string> }

let data: ForeignBodyData | undefined;

// (Read once: readDataFile parses the file on every call.)
function foreignBodyData(): ForeignBodyData {
  data ??= load();
  return data;
}

function load(): ForeignBodyData {
  const raw = readDataFile<ForeignBodyHeads>('foreign-body-heads.json');
  return { heads: new Set([...raw.heads, ...raw.kind_heads]), kindHeads: new Set(raw.kind_heads), joiners: new Set(raw.joiners.flatMap((j) => j.split(' '))) };
}

/** A body's first word kept in its own language (data/foreign-body-heads.json): "Musée", "Teatro". As written. */
export function isForeignBodyHead(word: string): boolean {
  return foreignBodyData().heads.has(word);
}

/** A foreign word for a kind of business that opens its name with no joiner needed: "Cyrk" in "Cyrk Arlekin". As written. */
export function isForeignKindHead(word: string): boolean {
  return foreignBodyData().kindHeads.has(word);
}

/** A small joining word of a foreign body's name: "des" in "Musée des Arts", "alla" in "Teatro alla Scala". */
export function isForeignNameJoiner(word: string): boolean {
  return foreignBodyData().joiners.has(word);
}
