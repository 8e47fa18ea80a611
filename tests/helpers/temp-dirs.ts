import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A maker of fresh directories under the system temp folder; every directory it made is removed when the
 * test file that called it ends, so `npm test` leaves nothing behind. Call it at a test file's top level:
 * test files share one module cache (vitest.config.ts), so only a call there registers the file's afterAll.
 */
export function tempDirMaker(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
