import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * mkdir -p that fails cleanly. Node 20's mkdir({ recursive: true }) spins forever under /proc,
 * so walk up to the first existing ancestor and create each level ourselves.
 */
export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    try {
      const info = await stat(current);
      if (!info.isDirectory()) throw new Error(`${current} is not a directory`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(current);
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
