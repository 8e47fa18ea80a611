import { readDataFile } from './data-file.js';

let markers: readonly string[] | undefined;

/** Words that introduce an example right before a quotation (data/example-markers.json), lower case. */
export function exampleMarkers(): readonly string[] {
  markers ??= readDataFile<{ markers: string[] }>('example-markers.json').markers;
  return markers;
}
