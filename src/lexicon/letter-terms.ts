import { readDataFile } from './data-file.js';
import type { Token } from '../types.js';

interface LetterTermData {
  terms: string[];
  reachVerbs: string[];
  timePrepositions: string[];
  designatorNouns: string[];
  designatorOpeners: string[];
  surnameGroupNouns: string[];
}

let data: { terms: Set<string>; reachVerbs: Set<string>; timePrepositions: Set<string>; designatorNouns: Set<string>; designatorOpeners: Set<string>; surnameGroupNouns: Set<string> } | undefined;

function load() {
  if (data) return data;
  const raw = readDataFile<LetterTermData>('letter-terms.json');
  data = { terms: new Set(raw.terms), reachVerbs: new Set(raw.reachVerbs), timePrepositions: new Set(raw.timePrepositions), designatorNouns: new Set(raw.designatorNouns), designatorOpeners: new Set(raw.designatorOpeners), surnameGroupNouns: new Set(raw.surnameGroupNouns) };
  return data;
}

/** Whether a word and a lone capital are a known term ("Max Q", "Plan B"), as written (data/letter-terms.json). */
export function isLetterTerm(name: string): boolean {
  return load().terms.has(name);
}

/**
 * Whether tokens[s - 1] makes the name at s a stage or point, no person: a verb of reaching or passing ("reached
 * Max Q") or a word of time or place ("just after Max Q"). Not "cheered for", "met", "features" (a stage name).
 */
export function reachedAsAPoint(tokens: readonly Token[], s: number): boolean {
  const before = tokens[s - 1];
  if (!before) return false;
  const { reachVerbs, timePrepositions } = load();
  return timePrepositions.has(before.normal) || (before.pos === 'VERB' && reachVerbs.has(before.lemma));
}

/** Whether a word is a common noun that a lone capital names one of ("Vitamin D", "Plan B"; data/letter-terms.json). */
export function isDesignatorNoun(word: string): boolean {
  return load().designatorNouns.has(word.toLowerCase());
}

/** Whether a word before a designator noun makes it a common noun, no given name ("the Vitamin D", "on Plan B"). */
export function isDesignatorOpener(word: string): boolean {
  return load().designatorOpeners.has(word.toLowerCase());
}

/** Whether a plural noun for a group of people is also a surname ("Banks", "Sellers"; data/letter-terms.json). */
export function isSurnameGroupNoun(word: string): boolean {
  return load().surnameGroupNouns.has(word.toLowerCase());
}
