import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { quotewire } from '../helpers/cli.js';
import { CLI, ROOT } from '../helpers/paths.js';
import { startRedis, type RedisServer } from '../../src/bench/redis-server.js';
import { writeGeneratedCorpus } from './generated-corpus.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

// A worker told to stop after Redis has gone away cannot record the batch in hand: it must give up
// after its grace period, not wait for ever. Real redis-server, really killed.
let redis: RedisServer;

beforeAll(async () => {
  redis = await startRedis();
}, 120_000);

afterAll(async () => {
  await redis?.remove();
}, 120_000);

/** A worker on one job, and its stderr so far; `started` resolves with the first batch it takes. */
function startWorker(job: string, grace: number) {
  // Two pipeline threads keep the main thread free to keep time (with one, the batch's work comes first).
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', redis.url, '--job', job, '--workers', '2', '--redis-grace', String(grace)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const log = { stderr: '' };
  const started = new Promise<string>((resolve) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      log.stderr += chunk.toString();
      const m = new RegExp(` batch (${job}/\\d+) started`).exec(log.stderr);
      if (m) resolve(m[1]!);
    });
  });
  return { child, exited, started, log };
}

async function enqueue(job: string, articles: number): Promise<void> {
  const corpus = tempDir('qw-gone-');
  writeGeneratedCorpus(corpus, articles, 0);
  const enqueued = await quotewire(['enqueue', corpus, '--job', job, '--redis', redis.url, '--out', tempDir('qw-gone-out-'), '--batch-size', '20']);
  expect(enqueued.status, enqueued.stderr).toBe(0);
}

test('SIGTERM with Redis up: the batch in hand is finished however long it takes, exit 0', async () => {
  await enqueue('up', 40);
  const { child, exited, started, log } = startWorker('up', 1);
  const batch = await started;
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(log.stderr).toContain(`batch ${batch} done`);
  expect(log.stderr).not.toContain('gave up');
}, 120_000);

test('SIGTERM with Redis gone: the worker gives up after --redis-grace, exits 1 and names the unfinished batch', async () => {
  await enqueue('gone', 40);
  const grace = 2;
  const { child, exited, started, log } = startWorker('gone', grace);
  const batch = await started;
  // Hold the worker while Redis goes away, so the batch it just started cannot be recorded.
  process.kill(child.pid!, 'SIGSTOP');
  await redis.stop();
  process.kill(child.pid!, 'SIGCONT');
  const signalled = Date.now();
  child.kill('SIGTERM');

  const code = await exited;
  const seconds = (Date.now() - signalled) / 1000;
  expect(code).toBe(1);
  expect(seconds).toBeGreaterThanOrEqual(grace);
  expect(seconds).toBeLessThan(grace + 8); // the grace, plus a loaded machine's slack
  expect(log.stderr).toContain(`quotewire worker: SIGTERM: gave up after Redis was unreachable for ${grace} s; unfinished batches: ${batch}\n`);
  expect(log.stderr).not.toContain('stopped (peak RSS'); // it did not stop cleanly, and does not say so
}, 120_000);
