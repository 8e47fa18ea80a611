import { readDataFile } from './data-file.js';

export type Generation = 'older' | 'younger';

interface GenerationFile {
  older: string[];
  younger: string[];
  comparatives: Record<string, Generation>;
}

let file: GenerationFile | undefined;
const generations = (): GenerationFile =>
  (file ??= readDataFile<GenerationFile>('generation-relatives.json'));

/** data/generation-relatives.json: whether a relative noun names one older ("mother") or younger ("son") than the one related. */
export function generationOfRelative(word: string): Generation | undefined {
  const f = generations();
  return f.older.includes(word) ? 'older' : f.younger.includes(word) ? 'younger' : undefined;
}

/** "elder", "younger": the generation an age comparative before a surname asks for; undefined for any other word. */
export function generationOfComparative(word: string): Generation | undefined {
  return generations().comparatives[word];
}
