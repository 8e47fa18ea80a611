import { wordSetFrom } from './data-file.js';

let patterns: Set<string> | undefined;

/** Named ocean and weather patterns (data/climate-patterns.json): "El Niño" is no person. */
export function isClimatePattern(name: string): boolean {
  patterns ??= wordSetFrom('climate-patterns.json', 'patterns');
  return patterns.has(name);
}
