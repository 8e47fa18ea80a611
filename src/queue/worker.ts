import { Queue, Worker, Redis, type Job } from './clients.js';
import { hostname } from 'node:os';
import { createProcessor } from '../batch/processor.js';
import { loadSettings } from './enqueue.js';
import { batchStats, describeBatch } from './batch-stats.js';
import { keys, type Batch, type JobSettings } from './job.js';
import { writePartial } from './partials.js';
import { processBatch } from './process-batch.js';
import { redisOptions } from './redis.js';

export interface WorkerOptions {
  redis: string;
  /** Batches processed at once by this process. */
  concurrency: number;
  /** Pipeline threads (1: in this thread). */
  workers: number;
  /** A batch whose worker stops renewing its lock for this long is handed to another worker. */
  stalledSeconds: number;
  /** Serve only these jobs; by default every job enqueued in this Redis, including later ones. */
  jobs?: string[];
  /** Stop once every job served has all its batches done or failed (for batch schedulers). */
  exitWhenDone?: boolean;
  log: (line: string) => void;
}

export interface RunningWorker {
  readonly identity: string;
  /** Finish the batches in hand, then disconnect. */
  stop(): Promise<void>;
  /** The batches taken and not yet finished, as "job/index". */
  inHand(): string[];
  /** Whether the worker's Redis connection is up (a stop waits on Redis to finish its batches). */
  redisReady(): boolean;
  /** Settles when the worker has stopped (by stop(), or by itself with exitWhenDone). */
  readonly stopped: Promise<void>;
}

const DISCOVER_MS = 1000;

/**
 * A queue worker: takes batches of every job it serves, runs them through the same pipeline as
 * `extract`, writes each batch's partial under the job's directory and records its statistics.
 * Redis outages are waited out (ioredis reconnects; BullMQ re-delivers a batch whose lock lapsed).
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const identity = `${hostname()}:${process.pid}`;
  const connection = redisOptions(options.redis);
  const redis = new Redis(connection);
  let lastComplaint = 0;
  const complain = (error: Error) => {
    // One line per few seconds while Redis is away, not one per retried command.
    if (Date.now() - lastComplaint < 5000) return;
    lastComplaint = Date.now();
    options.log(`redis: ${error.message} (retrying)`);
  };
  redis.on('error', complain);
  const processor = createProcessor(options.workers);
  const settingsOf = new Map<string, JobSettings>();
  const workers = new Map<string, Worker>();
  let stopping = false;
  // A batch is in hand from its start until BullMQ has recorded it completed or failed in Redis.
  const inHand = new Set<string>();
  const batchLabel = (name: string, batch: Batch) => `${name}/${batch.index}`;

  const handle = async (name: string, job: Job<Batch>) => {
    const batch = job.data;
    inHand.add(batchLabel(name, batch));
    let settings = settingsOf.get(name);
    if (!settings) settingsOf.set(name, (settings = await loadSettings(redis, name)));
    options.log(`batch ${name}/${batch.index} started (attempt ${job.attemptsMade + 1})`);
    const startedAt = Date.now();
    const items = await processBatch(batch, settings.cwd, processor, Math.max(2, options.workers * 2));
    await writePartial(settings.partialsDir, { batch: batch.index, worker: identity }, items);
    const stats = batchStats(items, { startedAt, finishedAt: Date.now(), worker: identity });
    await redis.hset(keys.stats(name), String(batch.index), JSON.stringify(stats));
    options.log(`batch ${name}/${batch.index} done: ${describeBatch(stats)}`);
    return { articles: stats.articles, quotes: stats.quotes };
  };

  const serve = (name: string) => {
    const stalledMs = Math.max(1, options.stalledSeconds) * 1000;
    const worker = new Worker<Batch>(keys.queue(name), (job) => handle(name, job), {
      connection,
      concurrency: options.concurrency,
      lockDuration: stalledMs,
      stalledInterval: stalledMs,
      maxStalledCount: 5,
    });
    worker.on('error', complain);
    worker.on('completed', (job) => inHand.delete(batchLabel(name, job.data)));
    worker.on('failed', (job, error) => {
      if (job) inHand.delete(batchLabel(name, job.data));
      if (job) options.log(`batch ${name}/${job.data.index} failed (attempt ${job.attemptsMade}): ${error.message}`);
    });
    workers.set(name, worker);
  };

  const discover = async () => {
    const names = options.jobs ?? (await redis.smembers(keys.jobs));
    for (const name of names.sort()) if (!stopping && !workers.has(name)) serve(name);
  };

  // A job is done when every batch is completed or failed; batches of a dead worker come back first.
  const queues = new Map<string, Queue>();
  const allDone = async () => {
    if (!workers.size) return false;
    for (const name of workers.keys()) {
      let queue = queues.get(name);
      if (!queue) queues.set(name, (queue = new Queue(keys.queue(name), { connection })));
      let settings = settingsOf.get(name);
      if (!settings) settingsOf.set(name, (settings = await loadSettings(redis, name)));
      const counts = await queue.getJobCounts('completed', 'failed');
      if ((counts.completed ?? 0) + (counts.failed ?? 0) < settings.batches) return false;
    }
    return true;
  };

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  let stopCalled: Promise<void> | null = null;
  const stop = () => {
    stopCalled ??= (async () => {
      stopping = true;
      clearInterval(timer);
      await Promise.all([...workers.values()].map((w) => w.close()));
      await Promise.all([...queues.values()].map((q) => q.close()));
      await processor.close();
      redis.disconnect();
      resolveStopped();
    })();
    return stopCalled;
  };
  const tick = async () => {
    await discover();
    if (options.exitWhenDone && !stopping && (await allDone())) {
      options.log('every batch is done');
      await stop();
    }
  };
  const timer = setInterval(() => tick().catch(complain), options.exitWhenDone ? 100 : DISCOVER_MS);
  await discover().catch(complain);

  return { identity, stop, stopped, inHand: () => [...inHand], redisReady: () => redis.status === 'ready' };
}
