import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLI, ROOT } from './paths.js';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the built CLI (npm test builds it first) and wait for it to exit. It runs as a child process the
 * test awaits, never with spawnSync: a synchronous spawn blocks the vitest worker for the whole run, so on
 * a slow machine the worker could not read vitest's own RPC replies (onTaskUpdate times out after a fixed
 * 60 s; see yield-between-tests.ts) and no test timeout could fire while a run hung.
 */
export function quotewire(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', reject);
    // As spawnSync does: a CLI that exits before reading all its input (a usage error) is not a failure of
    // the test's own pipe.
    child.stdin.on('error', (err: NodeJS.ErrnoException) => { if (err.code !== 'EPIPE') reject(err); });
    child.stdin.end(input);
    child.once('close', (code) => resolve({ status: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
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
