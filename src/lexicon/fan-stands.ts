import { wordSetFrom } from './data-file.js';

let stands: ReadonlySet<string> | undefined;

/** data/fan-stands.json: the parts of a ground fans fill ("end", "terraces", "kop"), lower case. */
export function fanStands(): ReadonlySet<string> {
  stands ??= wordSetFrom('fan-stands.json', 'stands');
  return stands;
}
