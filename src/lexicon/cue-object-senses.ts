import { readDataFile } from './data-file.js';

interface CueObjectSenses {
  citeSources: ReadonlySet<string>;
  pictures: ReadonlySet<string>;
  audiences: ReadonlySet<string>;
  prizes: ReadonlySet<string>;
  rankedPrizes: ReadonlySet<string>;
  emptyAfterPrepositions: ReadonlySet<string>;
  pointedPlaces: ReadonlySet<string>;
  takenLives: ReadonlySet<string>;
  declaredActs: ReadonlySet<string>;
  signedDocuments: ReadonlySet<string>;
  supportedPeople: ReadonlySet<string>;
}

let words: CueObjectSenses | undefined;

/** data/cue-object-senses.json: object nouns that make "cite"/"show" name a source or display a thing. */
export function cueObjectSenses(): CueObjectSenses {
  if (!words) {
    const raw = readDataFile<Record<string, string[]>>('cue-object-senses.json');
    words = { citeSources: new Set(raw.citeSources), pictures: new Set(raw.pictures), audiences: new Set(raw.audiences), prizes: new Set(raw.prizes), rankedPrizes: new Set(raw.rankedPrizes), emptyAfterPrepositions: new Set(raw.emptyAfterPrepositions ?? []), pointedPlaces: new Set(raw.pointedPlaces ?? []), takenLives: new Set(raw.takenLives ?? []), declaredActs: new Set(raw.declaredActs ?? []), signedDocuments: new Set(raw.signedDocuments ?? []), supportedPeople: new Set(raw.supportedPeople ?? []) };
  }
  return words;
}
