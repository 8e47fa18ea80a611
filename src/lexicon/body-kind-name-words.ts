import { readDataFile } from './data-file.js';

let kinds: Map<string, readonly string[]> | undefined;

/** The name words that make a body one the noun describes: "airline" → Airways, Airlines, Air (data/body-kind-name-words.json). */
export function bodyKindNameWords(noun: string): readonly string[] {
  kinds ??= new Map(Object.entries(readDataFile<{ kinds: Record<string, string[]> }>('body-kind-name-words.json').kinds));
  return kinds.get(noun) ?? [];
}

/** Every such name word, of any kind ("Airways", "Bank", "Motors"). */
export function allBodyKindNameWords(): readonly string[] {
  bodyKindNameWords('');
  return [...kinds!.values()].flat();
}
