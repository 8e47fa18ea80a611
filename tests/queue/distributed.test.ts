import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { partialPath, readPartialHeader } from '../../src/queue/partials.js';
import { outputFiles, quotewire, quotewireAsync } from '../helpers/cli.js';
import { CLI, FIXTURES, ROOT } from '../helpers/paths.js';
import { startRedis, type RedisServer } from '../../src/bench/redis-server.js';
import { writeGeneratedCorpus } from './generated-corpus.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

// The distributed mode end to end: real redis-server, real worker processes, real kill -9.
let redis: RedisServer;
let inputs: string[];
let local: string;
const tmp = () => tempDir('qw-queue-');

beforeAll(async () => {
  redis = await startRedis();
  const generated = tmp();
  writeGeneratedCorpus(generated, 300, 20);
  inputs = ['corpus', generated, join(FIXTURES, 'broken')];
  local = tmp();
  expect((await quotewire(['extract', ...inputs, '--out', local, '-q', '--workers', '1'])).status).toBe(2); // the broken fixtures
});

afterAll(async () => {
  await redis?.remove();
});

interface Worker {
  child: ChildProcess;
  pid: number;
  exited: Promise<number | null>;
  /** Resolves with the batch number of the next "started" line. */
  nextStart(): Promise<number>;
  /** Every line the worker logged so far. */
  log: string[];
}

// A short stalled timeout lets the crash test see a dead worker's batch come back quickly; a test that
// needs no recovery passes a longer one, so a loaded machine's late lock renewal does not count as a stall.
function startWorker(job: string, stalledSeconds = 2): Worker {
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', redis.url, '--job', job, '--stalled-timeout', String(stalledSeconds), '--exit-when-done'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const starts: number[] = [];
  const log: string[] = [];
  const waiting: ((n: number) => void)[] = [];
  let buffered = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      log.push(line);
      const m = / batch [\w.-]+\/(\d+) started/.exec(line);
      if (m) (waiting.shift() ?? ((n: number) => starts.push(n)))(Number(m[1]));
    }
  });
  return {
    child,
    pid: child.pid!,
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    log,
    nextStart: () => (starts.length ? Promise.resolve(starts.shift()!) : new Promise((resolve) => waiting.push(resolve))),
  };
}

async function status(job: string) {
  const r = await quotewire(['status', '--job', job, '--redis', redis.url, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { batches: number; waiting: number; active: number; done: number; failed: number; articles: number; badInputs: { path: string; reason: string }[]; damaged: { id: string; path: string; reason: string }[] };
}

function expectSameFiles(dir: string) {
  const a = outputFiles(local);
  const b = outputFiles(dir);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
}

describe('distributed jobs over BullMQ and Redis', () => {
  test('3 workers, one killed with SIGKILL while it holds a batch: the collected files equal a local run', async () => {
    const out = tmp();
    const enqueued = await quotewire(['enqueue', ...inputs, '--job', 'kill', '--redis', redis.url, '--out', out, '--batch-size', '25']);
    expect(enqueued.status, enqueued.stderr).toBe(0);
    const partials = join(out, '.quotewire', 'jobs', 'kill');
    const victim = startWorker('kill');
    // Freeze the victim on a batch it has started and not finished, then kill it.
    let held = -1;
    while (held < 0) {
      const batch = await victim.nextStart();
      process.kill(victim.pid, 'SIGSTOP');
      if (!existsSync(partialPath(partials, batch))) held = batch;
      else process.kill(victim.pid, 'SIGCONT');
    }
    const others = [startWorker('kill'), startWorker('kill')];
    process.kill(victim.pid, 'SIGKILL');
    expect(await victim.exited).toBe(null);
    expect(await Promise.all(others.map((w) => w.exited))).toEqual([0, 0]);

    const s = await status('kill');
    expect(s).toMatchObject({ waiting: 0, active: 0, failed: 0, done: s.batches });
    expect(s.batches).toBeGreaterThan(12);
    expect(s.badInputs).toHaveLength(9); // the broken fixtures, reported as a local run reports them
    expect(s.badInputs.map((e) => e.reason)).toContain('binary file (contains NUL bytes), not text');
    const header = await readPartialHeader(partials, held);
    expect(header.worker).not.toMatch(new RegExp(`:${victim.pid}$`)); // taken over by another worker
    expect(readdirSync(partials).filter((n) => n.endsWith('.jsonl'))).toHaveLength(s.batches); // one partial per batch

    const collected = tmp();
    const r = await quotewire(['collect', '--job', 'kill', '--redis', redis.url, '--out', collected]);
    expect(r.status).toBe(2); // bad inputs, as with extract
    expect(r.stderr).toMatch(/9 inputs rejected/);
    expectSameFiles(collected);
  }, 240_000);

  test('collect --wait started before any worker: it merges beside 2 workers and its files equal a local run', async () => {
    const out = tmp();
    expect((await quotewire(['enqueue', ...inputs, '--job', 'follow', '--redis', redis.url, '--out', out, '--batch-size', '15'])).status).toBe(0);
    const collected = tmp();
    const collector = quotewireAsync(['collect', '--job', 'follow', '--redis', redis.url, '--out', collected, '--wait']);
    let stderr = '';
    collector.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const collectorExit = new Promise<number | null>((resolve) => collector.once('exit', resolve));
    const workers = [startWorker('follow', 30), startWorker('follow', 30)];
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
    expect(await collectorExit).toBe(2); // bad inputs, as with extract
    expect(stderr).toMatch(/9 inputs rejected/);
    expectSameFiles(collected);
  }, 240_000);

  test('Redis stopped mid-job and restarted: workers reconnect and the job completes with the same output', async () => {
    const out = tmp();
    expect((await quotewire(['enqueue', ...inputs, '--job', 'restart', '--redis', redis.url, '--out', out, '--batch-size', '10'])).status).toBe(0);
    const partials = join(out, '.quotewire', 'jobs', 'restart');
    const workers = [startWorker('restart'), startWorker('restart')];
    const total = (await status('restart')).batches;
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(partials) && readdirSync(partials).some((n) => n.endsWith('.jsonl'))) {
          clearInterval(poll);
          resolve();
        }
      }, 10);
    });
    await redis.stop();
    const doneWhileUp = readdirSync(partials).filter((n) => n.endsWith('.jsonl')).length;
    expect(doneWhileUp).toBeLessThan(total); // really mid-job
    await new Promise((r) => setTimeout(r, 1500));
    await redis.start();
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
    expect(await status('restart')).toMatchObject({ batches: total, done: total, failed: 0, waiting: 0, active: 0 });
    const collected = tmp();
    expect((await quotewire(['collect', '--job', 'restart', '--redis', redis.url, '--out', collected, '-q'])).status).toBe(2);
    expectSameFiles(collected);
  }, 240_000);

  test('an article read from a cut-off WARC record: status and collect count and name it as a local run does', async () => {
    const dir = tmp();
    const page = '<html><head><title>Ferry news</title></head><body><article><p>“The ferry sails at dawn,” said captain Oda Perrin on Friday.</p>' +
      '<p>The island council paid for a new engine last winter, and the crossing now takes forty minutes.</p></article>';
    const block = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${page}`, 'utf8');
    const header = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.invalid/ferry\r\nContent-Length: ${block.length + 400}\r\n\r\n`;
    writeFileSync(join(dir, 'cut.warc'), Buffer.concat([Buffer.from(header, 'latin1'), block]));
    writeFileSync(join(dir, 'feed.jsonl'), '{"id":"f1","text":"“The pier is closed,” said warden Ines Holm."}\n{"id":"f2" oops\n');
    const mine = tmp();
    const extracted = await quotewire(['extract', dir, '--out', mine, '--workers', '1']);
    expect(extracted.status).toBe(2);

    const out = tmp();
    expect((await quotewire(['enqueue', dir, '--job', 'cut', '--redis', redis.url, '--out', out])).status).toBe(0);
    const worker = startWorker('cut', 30);
    expect(await worker.exited).toBe(0);
    expect(worker.log.filter((l) => / done: /.test(l)).map((l) => l.replace(/^.* done: /, ''))).toEqual([
      '2 articles, 2 quotes, 1 input rejected, 1 article read from damaged input',
    ]);
    const s = await status('cut');
    expect(s.badInputs.map((e) => e.reason)).toEqual([expect.stringMatching(/^malformed JSON line: /)]);
    expect(s.damaged).toEqual([{ id: expect.stringMatching(/cut\.warc@0$/), path: expect.stringMatching(/cut\.warc$/), offset: 0, reason: expect.stringMatching(/^truncated WARC record: \d+ of \d+ bytes \(file cut off\)$/) }]);
    const text = await quotewire(['status', '--job', 'cut', '--redis', redis.url]);
    const named = (lines: string) => lines.split('\n').filter((l) => / rejected| damaged |^ {2}/.test(l)).map((l) => l.replace(/^quotewire: /, '').replace(dir, 'DIR'));
    const expected = [
      '1 input rejected:',
      expect.stringMatching(/^ {2}DIR\/feed\.jsonl:2: malformed JSON line: /),
      '1 article read from damaged input (what arrived of each is exported):',
      expect.stringMatching(/^ {2}DIR\/cut\.warc@0: truncated WARC record: \d+ of \d+ bytes \(file cut off\)$/),
    ];
    expect(named(text.stdout)).toEqual(expected);
    expect(named(extracted.stderr)).toEqual(expected);
    expect(named(text.stdout)).toEqual(named(extracted.stderr)); // status names them exactly as extract does

    const collected = tmp();
    const r = await quotewire(['collect', '--job', 'cut', '--redis', redis.url, '--out', collected]);
    expect(r.status).toBe(2);
    expect(named(r.stderr)).toEqual(named(extracted.stderr));
    for (const [name, bytes] of outputFiles(mine)) expect(bytes.equals(outputFiles(collected).get(name)!), name).toBe(true);
  }, 60_000);

  test('enqueue is idempotent, a different plan under the same name is refused, collect waits for every batch', async () => {
    const out = tmp();
    const args = ['enqueue', ...inputs, '--job', 'idem', '--redis', redis.url, '--out', out, '--batch-size', '40'];
    expect((await quotewire(args)).status).toBe(0);
    const first = await status('idem');
    const again = await quotewire(args);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/already enqueued \(\d+ batches\); nothing added/);
    expect(await status('idem')).toEqual(first);
    expect(first.waiting).toBe(first.batches);

    const other = await quotewire([...args.slice(0, -1), '20']);
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/job "idem" already exists with other batchSize, batches, fingerprint/);

    const refused = await quotewire(['collect', '--job', 'idem', '--redis', redis.url, '--out', tmp()]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`${first.batches} of ${first.batches} batches have no result yet`));
    const partial = tmp();
    const r = await quotewire(['collect', '--job', 'idem', '--redis', redis.url, '--out', partial, '--partial']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/0 articles, 0 quotes .*\(\d+ batches missing\)/);

    expect((await quotewire(['status', '--job', 'nosuchjob', '--redis', redis.url])).stderr).toMatch(/no job "nosuchjob"/);
    expect((await quotewire(['enqueue', 'corpus', '--job', 'bad:name', '--redis', redis.url])).stderr).toMatch(/not a job name/);
    const unreachable = await quotewire(['status', '--job', 'idem', '--redis', 'redis://127.0.0.1:1']);
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr.trim()).toBe('quotewire: cannot reach Redis at redis://127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1');
  });

  test('SIGTERM: the worker finishes the batch in hand, records it and exits 0', async () => {
    const out = tmp();
    expect((await quotewire(['enqueue', ...inputs, '--job', 'term', '--redis', redis.url, '--out', out, '--batch-size', '40'])).status).toBe(0);
    const worker = startWorker('term', 30);
    const batch = await worker.nextStart();
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(existsSync(partialPath(join(out, '.quotewire', 'jobs', 'term'), batch))).toBe(true);
    const s = await status('term');
    expect(s.active).toBe(0);
    expect(s.done).toBeGreaterThanOrEqual(1);
    expect(s.waiting).toBe(s.batches - s.done);
  });
});
