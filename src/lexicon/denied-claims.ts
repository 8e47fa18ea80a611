import { readDataFile } from './data-file.js';

export interface DeniedClaims { piece_nouns: string[]; verbs: string[]; afterVerb: string[]; continuations: string[] }

let claims: DeniedClaims | undefined;

/** The words of ", a claim the whip denied": the claim's nouns, the verbs denying it, what follows them (data/denied-claims.json). */
export function deniedClaims(): DeniedClaims {
  claims ??= readDataFile<DeniedClaims>('denied-claims.json');
  return claims;
}
