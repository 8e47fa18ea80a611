import { readFileSync } from 'node:fs';
import { withoutPossessive } from '../text/possessive.js';

let names: Set<string> | undefined;

/**
 * Well-known companies, institutions and music groups (data/organisations.json) whose names read like a
 * person's ("Nielsen", "Depeche Mode"). Compared case-insensitively without a leading "The".
 */
export function isKnownOrganisation(name: string): boolean {
  if (!names) {
    const data = JSON.parse(readFileSync(new URL('../../data/organisations.json', import.meta.url), 'utf8')) as { organisations: string[]; groups: string[] };
    names = new Set([...data.organisations, ...data.groups].map(fold));
  }
  return names.has(fold(name));
}

/** name.trim().replace(/[’']s$/, '').replace(/^the\s+/i, '').toLowerCase(), each replace run only where it can match. */
function fold(name: string): string {
  let folded = withoutPossessive(name.trim());
  if (folded[0] === 't' || folded[0] === 'T') folded = folded.replace(/^the\s+/i, '');
  return folded.toLowerCase();
}
