import { readFileSync } from 'node:fs';

let markers: readonly string[] | undefined;

/** Words that introduce an example right before a quotation (data/example-markers.json), lower case. */
export function exampleMarkers(): readonly string[] {
  markers ??= (JSON.parse(readFileSync(new URL('../../data/example-markers.json', import.meta.url), 'utf8')) as { markers: string[] }).markers;
  return markers;
}
