import { readFileSync } from 'node:fs';

/**
 * The parsed contents of one word-list file in data/ (by file name, e.g. "occupations.json"). The cast is the
 * caller's promise about the file's shape; tests/lexicon/data-files.test.ts checks the files themselves.
 */
export function readDataFile<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as T;
}

/** The strings under one key of a data/ file, as a set: the shape most word lists have ({ "words": [...] }). */
export function wordSetFrom(name: string, key: string): Set<string> {
  return new Set(readDataFile<Record<string, string[]>>(name)[key]);
}
