import { readFileSync } from 'node:fs';

let patterns: Set<string> | undefined;

/** Named ocean and weather patterns (data/climate-patterns.json): "El Niño" is no person. */
export function isClimatePattern(name: string): boolean {
  patterns ??= new Set((JSON.parse(readFileSync(new URL('../../data/climate-patterns.json', import.meta.url), 'utf8')) as { patterns: string[] }).patterns);
  return patterns.has(name);
}
