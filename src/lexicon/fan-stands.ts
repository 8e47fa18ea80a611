import { readFileSync } from 'node:fs';

let stands: ReadonlySet<string> | undefined;

/** data/fan-stands.json: the parts of a ground fans fill ("end", "terraces", "kop"), lower case. */
export function fanStands(): ReadonlySet<string> {
  stands ??= new Set((JSON.parse(readFileSync(new URL('../../data/fan-stands.json', import.meta.url), 'utf8')) as { stands: string[] }).stands);
  return stands;
}
