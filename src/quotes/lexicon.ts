import { readFileSync } from 'node:fs';

interface CueData {
  speech: string[];
  weak: string[];
  report: string[];
  phrases: { words: string[]; kind: 'according' | 'medium' }[];
  not_cues_when_followed_by: Record<string, string[]>;
}

export interface CueLexicon {
  speech: Set<string>;
  /** Speech verbs only when the quotation sits inside their clause. */
  weak: Set<string>;
  report: Set<string>;
  phrases: { words: string[]; kind: 'according' | 'medium' }[];
  notCueBefore: Map<string, Set<string>>;
}

let lexicon: CueLexicon | undefined;

/** The cue lexicon (data/cues.json), loaded once. */
export function cueLexicon(): CueLexicon {
  if (lexicon) return lexicon;
  const data = JSON.parse(readFileSync(new URL('../../data/cues.json', import.meta.url), 'utf8')) as CueData;
  lexicon = {
    speech: new Set(data.speech),
    weak: new Set(data.weak),
    report: new Set(data.report),
    phrases: data.phrases,
    notCueBefore: new Map(Object.entries(data.not_cues_when_followed_by).map(([k, v]) => [k, new Set(v)])),
  };
  return lexicon;
}
