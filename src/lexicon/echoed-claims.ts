import { readDataFile } from './data-file.js';

let verbs: readonly string[] | undefined;

/**
 * Verbs by which another takes up words already reported ("repeated", "echoed"; data/echoed-claims.json), as written.
 * Not reaction-verbs.ts: that one is a person's reply to the speaker in a clause of its own (", and Ashby backed him").
 */
export function echoedClaimVerbs(): readonly string[] {
  verbs ??= readDataFile<{ verbs: string[] }>('echoed-claims.json').verbs;
  return verbs;
}
