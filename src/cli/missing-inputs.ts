import { stat } from 'node:fs/promises';
import { statFailure } from '../ingest/walk.js';

/**
 * Refuses a run none of whose named inputs exists (a typo, a wrong folder): writing a complete-looking
 * empty output folder and exiting 2 hid the mistake. When some exist, the missing ones are rejected
 * inputs as before (exit 2). Only "does not exist" counts: a path that exists but cannot be read is
 * the run's to report.
 */
export async function refuseAllMissing(paths: string[]): Promise<void> {
  const missing: string[] = [];
  for (const path of paths) {
    if (path === '-') return;
    try {
      await stat(path);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return;
      missing.push(`${path}: ${await statFailure(path, error)}`);
    }
  }
  if (missing.length) throw new Error(`no input found, nothing written: ${missing.join('; ')}`);
}
