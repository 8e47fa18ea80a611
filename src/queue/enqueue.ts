import { Queue, type Redis } from './clients.js';
import { join, resolve } from 'node:path';
import { batchJobId, checkJobName, keys, type Batch, type JobChoices, type JobSettings } from './job.js';
import { planBatches, planHash } from './plan.js';
import { connectOnce, redisOptions } from './redis.js';

export interface EnqueueOptions extends JobChoices {
  redis: string;
  job: string;
  paths: string[];
  outDir: string;
  version: string;
}

export interface EnqueueSummary {
  batches: number;
  units: number;
  /** The job was already enqueued with the same plan: nothing new was added. */
  existing: boolean;
  /** Failed batches put back in the queue by re-enqueueing. */
  retried: number;
  partialsDir: string;
}

/** Batch delivery: retries with exponential back-off; finished batches stay recorded so re-adding is a no-op. */
const JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: false, removeOnFail: false } as const;

/**
 * Plans the job's batches and puts them on its queue. Idempotent: batch ids are fixed by the plan, so
 * enqueueing the same job again adds nothing (and retries its failed batches); a different plan under
 * the same name is refused rather than mixed in.
 */
export async function enqueueJob(options: EnqueueOptions): Promise<EnqueueSummary> {
  const name = checkJobName(options.job);
  const batches: Batch[] = [];
  const hash = planHash();
  for await (const batch of planBatches(options.paths, options)) {
    batches.push(batch);
    hash.add(batch);
  }
  const outDir = resolve(options.outDir);
  const settings: JobSettings = {
    name,
    version: options.version,
    inputs: options.paths,
    cwd: process.cwd(),
    partialsDir: join(outDir, '.quotewire', 'jobs', name),
    formats: options.formats,
    include: options.include,
    exclude: options.exclude,
    formulaSafe: options.formulaSafe,
    emitText: options.emitText,
    pullquotes: options.pullquotes,
    clean: options.clean,
    batchSize: options.batchSize,
    batches: batches.length,
    fingerprint: hash.digest(),
  };
  const redis = await connectOnce(options.redis);
  const queue = new Queue(keys.queue(name), { connection: redisOptions(options.redis) });
  queue.on('error', () => {}); // a lost connection fails the command that needed it
  try {
    const stored = await redis.get(keys.settings(name));
    let existing = false;
    if (stored) {
      const previous = JSON.parse(stored) as JobSettings;
      const differs = (Object.keys(settings) as (keyof JobSettings)[]).filter((k) => JSON.stringify(previous[k]) !== JSON.stringify(settings[k]));
      if (differs.length) {
        throw new Error(`job "${name}" already exists with other ${differs.join(', ')}; give the new job another --job name`);
      }
      existing = true;
    } else {
      await redis.set(keys.settings(name), JSON.stringify(settings));
    }
    await redis.sadd(keys.jobs, name);
    for (let i = 0; i < batches.length; i += 500) {
      const chunk = batches.slice(i, i + 500);
      await queue.addBulk(chunk.map((batch) => ({ name: 'batch', data: batch, opts: { ...JOB_OPTIONS, jobId: batchJobId(name, batch.index) } })));
    }
    let retried = 0;
    if (existing) {
      for (const job of await queue.getFailed()) {
        await job.retry();
        retried++;
      }
    }
    return { batches: batches.length, units: batches.reduce((n, b) => n + b.units.length, 0), existing, retried, partialsDir: settings.partialsDir };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/** The job's settings, or a clear error when no such job was enqueued. */
export async function loadSettings(redis: Redis, job: string): Promise<JobSettings> {
  const stored = await redis.get(keys.settings(checkJobName(job)));
  if (!stored) throw new Error(`no job "${job}" in this Redis (enqueue it first: quotewire enqueue PATH... --job ${job})`);
  return JSON.parse(stored) as JobSettings;
}
