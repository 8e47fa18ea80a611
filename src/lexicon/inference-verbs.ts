import { readDataFile } from './data-file.js';

interface InferenceData { verbs: ReadonlySet<string>; studies: ReadonlySet<string> }
let data: InferenceData | undefined;

/** data/inference-verbs.json, read once for both of its lists. */
function inferenceData(): InferenceData {
  if (!data) {
    const raw = readDataFile<{ verbs: string[]; studies: string[] }>('inference-verbs.json');
    data = { verbs: new Set(raw.verbs), studies: new Set(raw.studies) };
  }
  return data;
}

/** Verbs by which a thing points to a conclusion ("the record suggested …"). */
export function inferenceVerbs(): ReadonlySet<string> {
  return inferenceData().verbs;
}

/** Studies: things that speak for themselves when they show something ("the trial showed …"). */
export function isStudyNoun(word: string): boolean {
  return inferenceData().studies.has(word);
}
