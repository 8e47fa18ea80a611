import { readFileSync } from 'node:fs';

let verbs: readonly string[] | undefined;

/**
 * Verbs by which another takes up words already reported ("repeated", "echoed"; data/echoed-claims.json), as written.
 * Not reaction-verbs.ts: that one is a person's reply to the speaker in a clause of its own (", and Ashby backed him").
 */
export function echoedClaimVerbs(): readonly string[] {
  verbs ??= (JSON.parse(readFileSync(new URL('../../data/echoed-claims.json', import.meta.url), 'utf8')) as { verbs: string[] }).verbs;
  return verbs;
}
