import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What produced a run's results: the package version and a fingerprint of the code and rule data. */
export interface Producer {
  version: string;
  build: string;
}

let cachedBuild: string | undefined;

/**
 * This quotewire's producer record. The version alone is not enough: a change to data/*.json or to the
 * code changes results without a new version number, so the fingerprint hashes the runtime code (dist/,
 * or src/ under the tests) and the rule data. `npm run build` empties dist/ first, so files left behind by
 * moved modules do not make a long-lived checkout differ from a fresh clone. About 1 MB read once per run.
 */
export function currentProducer(version: string): Producer {
  cachedBuild ??= buildFingerprint(
    fileURLToPath(new URL('..', import.meta.url)),
    fileURLToPath(new URL('../../data', import.meta.url)),
  );
  return { version, build: cachedBuild };
}

/** sha1 over the code files under codeDir and the JSON files in dataDir, each with its relative name, in sorted order. */
export function buildFingerprint(codeDir: string, dataDir: string): string {
  const hash = createHash('sha1');
  const add = (root: string, names: string[]) => {
    for (const name of names.sort()) hash.update(name).update('\0').update(readFileSync(join(root, name))).update('\0');
  };
  add(codeDir, filesUnder(codeDir).filter(isRuntimeCode));
  add(dataDir, readdirSync(dataDir).filter((name) => name.endsWith('.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The files that run: .js in dist/ (or .ts in src/ under the tests). Type declarations, source maps and the
 * benchmark do not change results, so they stay out; a checkout built with or without them hashes the same.
 */
export function isRuntimeCode(name: string): boolean {
  return /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts') && !name.startsWith('bench/');
}

function filesUnder(root: string, prefix = ''): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...filesUnder(root, name));
    else if (entry.isFile()) names.push(name);
  }
  return names;
}

export function sameProducer(a: Producer, b: Producer): boolean {
  return a.version === b.version && a.build === b.build;
}

export function describeProducer(p: Producer): string {
  return `quotewire ${p.version} (build ${p.build.slice(0, 8)})`;
}
