import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLI, ROOT } from './paths.js';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI (npm test builds it first). */
export function quotewire(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function quotewireAsync(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every output file under dir (bookkeeping in .quotewire/ left out) with its bytes. */
export function outputFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== '.quotewire') walk(path);
      } else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}
