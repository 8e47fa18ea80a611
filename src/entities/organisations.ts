import { readFileSync } from 'node:fs';

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

const fold = (name: string) => name.trim().replace(/[’']s$/, '').replace(/^the\s+/i, '').toLowerCase();
