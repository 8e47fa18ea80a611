import { readFileSync } from 'node:fs';

let fields: ReadonlySet<string> | undefined;

/**
 * A field a title of office is written with, lower case ("services" in "Director of Parks and Recreation
 * Services", "industry" in "Head of Trade and Industry"; data/office-fields.json): no one's name.
 */
export function isOfficeField(word: string): boolean {
  fields ??= new Set((JSON.parse(readFileSync(new URL('../../data/office-fields.json', import.meta.url), 'utf8')) as { office_fields: string[] }).office_fields);
  return fields.has(word);
}
