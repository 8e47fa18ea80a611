// npm run bench [-- CORPUS.jsonl] [--runs N] [--only LIST] [--memory] [--json FILE]
//   --only e,f    only these rows (letters a-f) and the ratios between them; `shapes` adds the article
//                 shapes, and the 2-core ceiling comes with d. Default: everything.
// Measures, in one run and on the same input, the floor (read + regex scan), wink-nlp's readDoc,
// the naive compromise pipeline, and quotewire extract with 1 and 2 workers; prints a Markdown table
// with MB/s, articles/s, peak RSS and the ratios the performance issue sets bars for. Then how the
// time of one article grows with its length, for articles of odd shape (shapes.ts).
import { execFile, execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Measurement } from './measurement.js';
import { hasRedisServer, startRedis } from './redis-server.js';


const probe = fileURLToPath(new URL('./probe.js', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
const jsonFile = option('--json');
const memory = args.includes('--memory');
const SECTIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'shapes'];
const onlyOption = option('--only');
const only = new Set(onlyOption?.split(',').map((s) => s.trim()) ?? SECTIONS);
const unknown = [...only].filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`bench: --only takes any of ${SECTIONS.join(',')}, not ${unknown.join(',')}`);
  process.exit(1);
}
const corpus = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../../shared/eval/polnear_train.jsonl', import.meta.url));
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus}`);
  process.exit(1);
}

// quotewire's rows run with the node flags of the `quotewire` command: those of its shebang line.
const CLI_NODE_FLAGS = cliNodeFlags();

function probeArgs(mode: string, file: string, extra: string[]): string[] {
  const flags = mode === 'extract' || mode === 'queue' ? CLI_NODE_FLAGS : [];
  return [...flags, probe, mode, file, ...extra];
}

const lastLine = (out: string) => JSON.parse(out.trim().split('\n').pop()!) as Measurement;

function measure(mode: string, file: string, extra: string[] = []): Measurement {
  return lastLine(execFileSync(process.execPath, probeArgs(mode, file, extra), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** Two runs at once, each in its own process: what this machine gives two independent processes. */
async function measurePair(mode: string, file: string, extra: string[] = []): Promise<Measurement[]> {
  const one = () => new Promise<Measurement>((resolve, reject) => {
    execFile(process.execPath, probeArgs(mode, file, extra), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, out) => (error ? reject(error) : resolve(lastLine(out))));
  });
  return Promise.all([one(), one()]);
}

/** Bytes per second of a pair: both inputs over the time until the slower one finished. */
const pairMbps = (pair: Measurement[]) => pair.reduce((sum, m) => sum + m.bytes, 0) / 1e6 / Math.max(...pair.map((m) => m.seconds));

/** The median run by time (so its RSS is a real run's, not a mix). */
function median(mode: string, file: string, extra: string[] = [], n = runs): Measurement {
  const results = Array.from({ length: n }, () => measure(mode, file, extra)).sort((a, b) => a.seconds - b.seconds);
  return results[Math.floor(results.length / 2)]!;
}

const mbps = (m: Measurement) => m.bytes / 1e6 / m.seconds;
const aps = (m: Measurement) => m.articles / m.seconds;

const NAIVE_ARTICLES = 60; // compromise runs at ~0.1 MB/s: a sample, scaled per MB
const rows: [string, Measurement][] = [];
const row = (letter: string, name: string, run: () => Measurement) => {
  if (only.has(letter)) rows.push([`(${letter}) ${name}`, run()]);
};
row('a', 'read + regex scan (floor)', () => median('scan', corpus));
row('b', 'wink-nlp readDoc, sentences + POS', () => median('wink', corpus));
row('c', `naive: compromise nlp + quotations + people (first ${NAIVE_ARTICLES} articles)`, () => median('naive', corpus, ['--limit', String(NAIVE_ARTICLES)], 1));
row('d', 'quotewire extract, 1 worker', () => median('extract', corpus, ['--workers', '1']));
row('e', 'quotewire extract, 2 workers', () => median('extract', corpus, ['--workers', '2']));
// The distributed mode against (e): a local redis-server, 2 worker processes, enqueue to collect.
if (only.has('f') && hasRedisServer()) {
  const redis = await startRedis();
  try {
    row('f', 'queue: enqueue + 2 worker processes + collect', () => median('queue', corpus, ['--redis', redis.url, '--workers', '2']));
  } finally {
    await redis.remove();
  }
} else if (only.has('f')) {
  console.error('bench: no redis-server (apt-get install redis-server): the queue row is left out');
}
const get = (prefix: string) => rows.find(([name]) => name.startsWith(prefix))?.[1];
const ratio = (x: Measurement, y: Measurement) => mbps(x) / mbps(y);

const lines: string[] = [];
lines.push(`corpus: ${corpus} (${(statSync(corpus).size / 1e6).toFixed(1)} MB), ${runs} runs each (median), node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'cpu'})`);
lines.push('');
lines.push('| measurement | MB/s | articles/s | peak RSS MB |');
lines.push('|---|---:|---:|---:|');
for (const [name, m] of rows) lines.push(`| ${name} | ${mbps(m).toFixed(2)} | ${aps(m).toFixed(1)} | ${m.maxRssMb.toFixed(0)} |`);
lines.push('');
const checks: [string, number, number][] = [];
const check = (name: string, x: string, y: string, bar: number) => {
  const [mx, my] = [get(x), get(y)];
  if (mx && my) checks.push([name, ratio(mx, my), bar]);
};
check('d/b (quotewire vs wink readDoc)', '(d)', '(b)', 0.8);
check('d/c (quotewire vs naive compromise)', '(d)', '(c)', 20);
check('e/d (2 workers vs 1)', '(e)', '(d)', 1.7);
check('f/e (queue with 2 worker processes vs extract --workers 2)', '(f)', '(e)', 0.9);
lines.push('| ratio | value | bar |');
lines.push('|---|---:|---:|');
for (const [name, value, bar] of checks) lines.push(`| ${name} | ${value.toFixed(2)} | ≥ ${bar} ${value >= bar ? '✓' : '✗'} |`);

// What e/d can reach here at all. Two 1-worker extracts at once show what the machine gives two
// independent processes; d's own CPU shows how much of the second core it already used: V8 optimizes
// code and collects garbage on other threads, which run free beside a lone pipeline thread, but take
// their time from the other worker when two run.
const result: Record<string, unknown> = { corpus, runs, rows: Object.fromEntries(rows.map(([n, m]) => [n, m])), ratios: Object.fromEntries(checks.map(([n, v]) => [n, v])) };
const d = get('(d)');
if (d) {
  const pairs: Measurement[][] = [];
  for (let i = 0; i < runs; i++) pairs.push(await measurePair('extract', corpus, ['--workers', '1']));
  const pair = pairs.sort((x, y) => pairMbps(x) - pairMbps(y))[Math.floor(pairs.length / 2)]!;
  result.pair = pair;
  lines.push('');
  lines.push(`2-core ceiling for e/d: two 1-worker extracts at once made ${pairMbps(pair).toFixed(2)} MB/s together, ${(pairMbps(pair) / mbps(d)).toFixed(2)} × one alone (d).`);
  if (d.cpuSeconds && d.mainThreadCpuSeconds) {
    const share = d.mainThreadCpuSeconds / d.cpuSeconds;
    lines.push(`d's pipeline thread used ${d.mainThreadCpuSeconds.toFixed(1)} of its ${d.cpuSeconds.toFixed(1)} CPU seconds (the rest: V8's compiler and garbage collector on other threads); two workers that used no more CPU in all could reach at most e/d ${(2 * share).toFixed(2)}.`);
  }
}

if (only.has('shapes')) {
  const { timeShapes } = await import('./shapes.js');
  const timings = timeShapes();
  lines.push('', '| article shape | chars | ms | chars | ms | growth (1 linear, 2 quadratic) |', '|---|---:|---:|---:|---:|---:|');
  for (const t of timings) lines.push(`| ${t.shape} | ${t.chars[0]} | ${t.ms[0].toFixed(0)} | ${t.chars[1]} | ${t.ms[1].toFixed(0)} | ${t.exponent.toFixed(2)} ${t.exponent <= 1.3 ? '✓' : '✗'} |`);
  result.shapes = timings;
}

if (memory) {
  // A ≥ 1 GB corpus made on the fly: the input repeated with fresh ids.
  const dir = mkdtempSync(join(tmpdir(), 'qw-bench-mem-'));
  lines.push('', '| input | workers | MB/s | peak RSS MB |', '|---:|---:|---:|---:|');
  try {
    const memoryRows: Record<string, Measurement> = {};
    for (const target of [10e6, 100e6, 1e9]) {
      const file = join(dir, `corpus-${target}.jsonl`);
      await repeatCorpus(corpus, file, target);
      // One worker runs the pipeline in the main thread, beside the writers: its memory must stay flat
      // too (up to 100 MB, where it would already show growth; 1 GB in one thread takes too long).
      for (const workers of target <= 100e6 ? [1, 2] : [2]) {
        const m = measure('extract', file, ['--workers', String(workers)]);
        memoryRows[workers === 2 ? String(target) : `${target}/1`] = m;
        lines.push(`| ${(m.bytes / 1e6).toFixed(0)} MB | ${workers} | ${mbps(m).toFixed(2)} | ${m.maxRssMb.toFixed(0)} |`);
      }
      rmSync(file, { force: true });
    }
    result.memory = memoryRows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(lines.join('\n'));
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(result, null, 2));
console.log(JSON.stringify(result));

/** The options `#!/usr/bin/env -S node …` gives node in the built CLI. */
function cliNodeFlags(): string[] {
  const shebang = readFileSync(fileURLToPath(new URL('../cli/main.js', import.meta.url)), 'utf8').split('\n', 1)[0]!;
  return shebang.split(/\s+/).filter((word) => word.startsWith('--'));
}

async function repeatCorpus(source: string, target: string, bytes: number): Promise<void> {
  const out = createWriteStream(target);
  let written = 0;
  for (let pass = 0; written < bytes; pass++) {
    for await (const line of createInterface({ input: createReadStream(source), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as Record<string, unknown>;
      record.id = `${String(record.id ?? 'a')}~${pass}`;
      const text = JSON.stringify(record) + '\n';
      written += Buffer.byteLength(text);
      if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      if (written >= bytes) break;
    }
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}
