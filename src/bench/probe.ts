// One measurement in its own process, so its peak RSS is its own. Prints one JSON line.
//   node dist/bench/probe.js scan|wink|naive|extract FILE [--workers N] [--limit N]
//   node dist/bench/probe.js queue FILE --redis URL [--workers N]   (N worker processes, collect --wait beside them)
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Measurement } from './measurement.js';
import { limitOptimizedFunctionSize } from '../batch/compiler-budget.js';
import { mainThreadCpuSeconds } from './thread-cpu.js';


async function* texts(file: string, limit: number): AsyncGenerator<{ text: string; bytes: number }> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    if (n++ >= limit) return;
    const record = JSON.parse(line) as { text?: string; maintext?: string };
    yield { text: record.text ?? record.maintext ?? '', bytes: Buffer.byteLength(line) + 1 };
  }
}

async function main(): Promise<void> {
  const [mode, file, ...rest] = process.argv.slice(2);
  const flag = (name: string, fallback: number) => {
    const i = rest.indexOf(name);
    return i >= 0 ? Number(rest[i + 1]) : fallback;
  };
  const limit = flag('--limit', Infinity);
  if (!mode || !file) throw new Error('usage: probe.js MODE FILE');
  let bytes = 0;
  let articles = 0;
  let started = 0;
  let workerRssMb = 0;
  let workerCpuSeconds = 0; // the queue's worker processes
  if (mode === 'scan') {
    started = performance.now();
    let hits = 0;
    for await (const { text, bytes: b } of texts(file, limit)) {
      hits += (text.match(/[“”"«»„]|\b\p{Lu}\p{Ll}+\b/gu) ?? []).length;
      bytes += b;
      articles++;
    }
    if (hits < 0) console.error(hits);
  } else if (mode === 'wink') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model, ['sbd', 'pos']);
    started = performance.now();
    for await (const { text, bytes: b } of texts(file, limit)) {
      const doc = nlp.readDoc(text);
      doc.sentences().length();
      doc.tokens().out(nlp.its.pos);
      bytes += b;
      articles++;
    }
  } else if (mode === 'naive') {
    const nlp = (await import('compromise')).default;
    started = performance.now();
    for await (const { text, bytes: b } of texts(file, limit)) {
      const doc = nlp(text);
      doc.quotations().json();
      doc.people().json();
      bytes += b;
      articles++;
    }
  } else if (mode === 'extract') {
    // As the `quotewire` command does (cli/main.ts).
    limitOptimizedFunctionSize();
    const { runExtract } = await import('../batch/run.js');
    const out = mkdtempSync(join(tmpdir(), 'qw-bench-'));
    try {
      started = performance.now();
      const summary = await runExtract({
        paths: [file], outDir: out, formats: ['csv', 'json'], workers: flag('--workers', 1), concurrency: 64, quiet: true, version: 'bench',
      });
      articles = summary.articles;
      bytes = statSync(file).size;
    } finally {
      // Also when the run fails: a failing bench must not leave its output folder in /tmp.
      rmSync(out, { recursive: true, force: true });
    }
  } else if (mode === 'queue') {
    // The whole distributed path: enqueue, N worker processes until the job is done, collect.
    const { enqueueJob } = await import('../queue/enqueue.js');
    const { collectJob } = await import('../queue/collect.js');
    const redis = rest[rest.indexOf('--redis') + 1]!;
    const out = mkdtempSync(join(tmpdir(), 'qw-bench-'));
    try {
      const job = `bench-${process.pid}`;
      started = performance.now();
      const enqueued = await enqueueJob({
        redis, job, paths: [file], outDir: out, batchSize: 25, formats: ['csv', 'json'], include: [], exclude: [],
        formulaSafe: true, emitText: false, pullquotes: 3, clean: false, version: 'bench',
      });
      const cli = fileURLToPath(new URL('../cli/main.js', import.meta.url));
      const workers = Array.from({ length: flag('--workers', 2) }, () => runWorker(cli, redis, job));
      // Collected as `quotewire collect --wait` does, beside the workers: each batch merged once it and
      // the ones before it are done (as extract's main thread writes while its pool threads work).
      const { Redis } = await import('../queue/clients.js');
      const { loadSettings } = await import('../queue/enqueue.js');
      const { queueBatchWatch } = await import('../queue/batch-watch.js');
      const { redisOptions } = await import('../queue/redis.js');
      const client = new Redis(redis);
      const settings = await loadSettings(client, job);
      client.disconnect();
      const watch = queueBatchWatch(redisOptions(redis), job);
      const [summary, done] = await Promise.all([collectJob(settings, out, { wait: watch }).finally(() => watch.close()), Promise.all(workers)]);
      articles = summary.articles;
      bytes = statSync(file).size;
      workerRssMb = Math.max(...done.map((w) => w.rssMb));
      workerCpuSeconds = done.reduce((sum, w) => sum + w.cpuSeconds, 0);
      if (enqueued.batches < 2) throw new Error('queue bench: the input made fewer than 2 batches');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage();
  const result: Measurement = {
    mode, bytes, articles, seconds, maxRssMb: Math.max(workerRssMb, process.resourceUsage().maxRSS / 1024),
    cpuSeconds: (cpu.user + cpu.system) / 1e6 + workerCpuSeconds, mainThreadCpuSeconds: mainThreadCpuSeconds(),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

/** A `quotewire worker --exit-when-done` process; resolves with its peak RSS in MB and its CPU seconds (from its last log line). */
function runWorker(cli: string, redis: string, job: string): Promise<{ rssMb: number; cpuSeconds: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, cli, 'worker', '--redis', redis, '--job', job, '--exit-when-done', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with ${code}: ${log}`));
      else resolve({ rssMb: Number(/peak RSS (\d+) MB/.exec(log)?.[1] ?? 0), cpuSeconds: Number(/([\d.]+) CPU seconds/.exec(log)?.[1] ?? 0) });
    });
  });
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
