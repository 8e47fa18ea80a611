import { readFileSync } from 'node:fs';

let kinds: Map<string, readonly string[]> | undefined;

/** The name words that make a body one the noun describes: "airline" → Airways, Airlines, Air (data/body-kind-name-words.json). */
export function bodyKindNameWords(noun: string): readonly string[] {
  kinds ??= new Map(Object.entries((JSON.parse(readFileSync(new URL('../../data/body-kind-name-words.json', import.meta.url), 'utf8')) as { kinds: Record<string, string[]> }).kinds));
  return kinds.get(noun) ?? [];
}

/** Every such name word, of any kind ("Airways", "Bank", "Motors"). */
export function allBodyKindNameWords(): readonly string[] {
  bodyKindNameWords('');
  return [...kinds!.values()].flat();
}
