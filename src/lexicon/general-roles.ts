import { readFileSync } from 'node:fs';

let covered: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** Each general role noun (data/general-roles.json) and the offices it covers. */
function generalRoles(): ReadonlyMap<string, ReadonlySet<string>> {
  covered ??= new Map(Object.entries((JSON.parse(readFileSync(new URL('../../data/general-roles.json', import.meta.url), 'utf8')) as { roles: Record<string, string[]> }).roles).map(([k, v]) => [k, new Set(v)]));
  return covered;
}

/** The offices a general role noun covers ("executive": "ceo", "chairman", …); undefined for any other word. */
export function officesCoveredBy(word: string): ReadonlySet<string> | undefined {
  return generalRoles().get(word);
}
